// Journey: An Peeters gives the Chiro's representatives list her own e-mail address, reserves a tent that the agency
// then holds, and receives the "Actie nodig" mail in the test run's smtp4dev (its API, SMTP4DEV). In a fresh browser,
// not signed in, she follows the mail's link: she signs in at the provider's persona picker and lands in that very
// dossier, where she can confirm. Needs a freshly started demo host and SMTP4DEV (see web/e2e/README.md).
import { start, check, tekst, naarTab, meldAan, rustig, AANBIEDER_MS } from './lib/browser.mjs';

const SMTP4DEV = process.env.SMTP4DEV;
check(!!SMTP4DEV, 'de reis kent het webadres van smtp4dev (SMTP4DEV)');
const reis = await start('maillink');
const { page } = reis;
const dag = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
const adres = `an-${Date.now()}@chirosintjan.be`;

await meldAan(page, 'An');
await page.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await naarTab(page, 'Gegevens');
await page.getByRole('button', { name: 'An Peeters wijzigen' }).click();
const form = page.locator('.formulier-kader');
await form.getByLabel('E-mailadres').fill(adres);
await form.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
await page.getByRole('status').filter({ hasText: 'bewaard' }).waitFor();
check((await tekst(page)).includes(adres), 'An heeft haar eigen e-mailadres voor meldingen');

// A tent reservation that the agency holds: it must be confirmed, so the loket mails "Actie nodig".
await naarTab(page, 'Reservaties');
const nakijken = page.getByRole('form', { name: 'Beschikbaarheid nakijken' });
const dienst = nakijken.getByLabel('Uitleendienst');
const opties = await dienst.locator('option').allTextContents();
await dienst.selectOption({ label: opties.find((o) => o.includes('Stad Gent')) });
await nakijken.getByLabel('Materiaal').fill('tent');
await nakijken.getByLabel('Van').fill(dag(12));
await nakijken.getByLabel('Tot en met').fill(dag(13));
await nakijken.getByRole('button', { name: 'Beschikbaarheid nakijken' }).click();
await page.getByText(/Vrij bij Stad Gent: \d+ × tent/).waitFor();
await page.getByRole('button', { name: 'Reserveren' }).click();
const aanvraag = page.locator('form.formulier-kader');
await aanvraag.getByRole('heading', { level: 4 }).waitFor();
await aanvraag.getByLabel('Voor welke activiteit?').fill('Zomerfeest');
await aanvraag.getByRole('button', { name: 'Aanvraag indienen' }).click();
await page.getByRole('button', { name: /^Bevestigen/ }).first().waitFor({ timeout: 60000 });

// The mail, as smtp4dev received it.
const mail = await wachtOpMail(adres, 'Actie nodig: bevestig je reservatie');
const link = (mail.tekst.match(/Bekijk het in het Verenigingsloket: (\S+)/) ?? [])[1] ?? '';
const pad = new URL(link).hash;
check(/^#\/verenigingen\/V\d+\/dossiers\/[\w-]+$/.test(pad), `de mail linkt naar een dossier (${pad})`);
check(link.startsWith(process.env.BASE), 'de link wijst naar het loket zelf');

// Following the link in a browser that is not signed in: the deep link survives the trip to the provider.
const lezer = await reis.nieuweContext();
await lezer.goto(link);
await lezer.getByRole('button', { name: 'Aanmelden', exact: true }).click();
const kies = lezer.getByRole('button', { name: /^Aanmelden als An\b/ });
await kies.waitFor({ timeout: AANBIEDER_MS });
await kies.click();
await lezer.waitForFunction((p) => location.hash === p, pad, { timeout: AANBIEDER_MS });
await lezer.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Aanmelden' }).waitFor({ timeout: AANBIEDER_MS });
await rustig(lezer);
check(new URL(lezer.url()).hash === pad, 'na het aanmelden staat An in het dossier uit de mail');
const dossier = await tekst(lezer);
check(dossier.includes('Zomerfeest') && dossier.includes('Stad Gent'), 'het is haar reservatie voor het zomerfeest bij Stad Gent');
check(await lezer.getByRole('button', { name: 'Reservatie bevestigen' }).isVisible(), 'en ze kan ze daar meteen bevestigen');
await reis.scherm('maillink-dossier', lezer);

await reis.einde();

async function wachtOpMail(aan, onderwerp) {
  const einde = Date.now() + 60000;
  while (Date.now() < einde) {
    const lijst = await (await fetch(new URL('api/messages?pageSize=500', SMTP4DEV))).json();
    const m = lijst.results.find((x) => x.subject === onderwerp && x.to.some((t) => t.toLowerCase() === aan));
    if (m) {
      const tekst = await (await fetch(new URL(`api/messages/${m.id}/plaintext`, SMTP4DEV))).text();
      check(true, `de mail "${onderwerp}" kwam aan bij ${aan}`);
      return { tekst };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  check(false, `geen mail "${onderwerp}" voor ${aan} binnen een minuut`);
}

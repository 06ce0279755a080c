// Journey: An Peeters checks whether Stad Gent's lending service has a tent free, reserves it through the service's
// own form, follows it until the agency holds it, and confirms it before the deadline. Needs a freshly started demo
// host (see web/e2e/README.md).
import { start, check, meldAan, tekst, foutBij, naarTab } from './lib/browser.mjs';

const reis = await start('reservaties');
const { page } = reis;
const dag = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);

await meldAan(page, 'An');
await page.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await naarTab(page, 'Reservaties');
await page.getByRole('heading', { level: 2, name: 'Reservaties' }).waitFor();
await page.getByText('Jullie hebben nog geen reservaties').waitFor();
check((await tekst(page)).includes('Kijk hieronder wat een uitleendienst vrij heeft'), 'zonder reservaties zegt het scherm wat je kan doen');

// Checking availability: the API's Dutch messages stand next to the fields.
const nakijken = page.getByRole('form', { name: 'Beschikbaarheid nakijken' });
await nakijken.getByLabel('Van').fill(dag(12));
await nakijken.getByLabel('Tot en met').fill(dag(10));
await nakijken.getByRole('button', { name: 'Beschikbaarheid nakijken' }).click();
const tot = nakijken.getByLabel('Tot en met');
await page.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await tot.elementHandle());
check(/begindatum/.test(await foutBij(tot)), `fout bij de einddatum: "${await foutBij(tot)}"`);

const dienst = nakijken.getByLabel('Uitleendienst');
const opties = await dienst.locator('option').allTextContents();
await dienst.selectOption({ label: opties.find((o) => o.includes('Stad Gent')) });
await nakijken.getByLabel('Materiaal').fill('tent');
await tot.fill(dag(13));
await nakijken.getByRole('button', { name: 'Beschikbaarheid nakijken' }).click();
await page.getByText(/Vrij bij Stad Gent: \d+ × tent/).waitFor();
await reis.scherm('reservaties-beschikbaarheid');

// Reserving opens the service's form with what was checked; the loket follows it until the agency holds the tent.
await page.getByRole('button', { name: 'Reserveren' }).click();
const form = page.locator('form.formulier-kader');
await form.getByRole('heading', { level: 4 }).waitFor();
check(await form.getByLabel('Welk materiaal wil je lenen, en hoeveel?').inputValue() === 'tent', 'het materiaal is al ingevuld');
check(await form.getByLabel('Ophaaldatum').inputValue() === dag(12), 'de ophaaldatum is al ingevuld');
await form.getByLabel('Voor welke activiteit?').fill('Zomerfeest');
const email = form.getByLabel('E-mailadres voor vragen over deze aanvraag');
if (await email.isEditable()) await email.fill('an@chirosintjan.be');
await form.getByRole('button', { name: 'Aanvraag indienen' }).click();
const bevestigen = page.getByRole('button', { name: /^Bevestigen/ });
await bevestigen.waitFor({ timeout: 60000 });
await reis.scherm('reservatie-vastgehouden');
check((await tekst(page)).includes('Bevestig je reservatie vóór'), 'de termijn om te bevestigen staat bij de reservatie');

await bevestigen.click();
await page.getByRole('status').filter({ hasText: 'Je reservatie is bevestigd' }).waitFor({ timeout: 60000 });
await page.getByRole('heading', { name: 'Afgelopen reservaties' }).waitFor();
await reis.scherm('reservatie-bevestigd');
check((await tekst(page)).includes('Reservatie bevestigd'), 'de bevestigde reservatie staat bij de afgelopen');

await reis.einde();

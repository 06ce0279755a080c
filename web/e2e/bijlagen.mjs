// Journey: An Peeters starts Stad Gent's youth camp subsidy, saves it half-filled as a draft, comes back to it through
// the dossiers, uploads the participants' list (with a progress bar) after a program renamed .pdf is refused next to
// the field, submits, and sees the approval with both the attachment and the decision in the dossier. Needs a freshly
// started demo host (see web/e2e/README.md).
import { start, check, meldAan, tekst, foutBij, naarTab, api, tokenVoor } from './lib/browser.mjs';

const reis = await start('bijlagen');
const { page } = reis;
const kampDienst = 'Subsidie voor jeugdkampen (Stad Gent)';
const dag = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);

await meldAan(page, 'An');
await page.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await page.getByRole('heading', { level: 1, name: 'Chiro Sint-Jan Gent' }).waitFor();

// Start the camp subsidy and fill in what she knows now.
await naarTab(page, 'Aanbod');
const kamp = page.locator('article, li, section').filter({ has: page.getByRole('heading', { name: kampDienst, exact: true }) }).last();
await kamp.getByRole('button', { name: 'Aanvragen' }).click();
const form = kamp.locator('form');
await form.getByText('Ingevuld door het loket').first().waitFor();
await form.getByLabel('Kampplaats (gemeente)').fill('Oostduinkerke');
await form.getByLabel('Eerste kampdag').fill(dag(200));
check((await form.getByLabel('Aantal deelnemers').evaluate((el) => document.getElementById(el.getAttribute('aria-describedby'))?.textContent ?? ''))
  .includes('hoogstens 500'), 'het getal toont zijn grenzen');

// The budget must still be looked up: she saves it as a draft.
await form.getByRole('button', { name: 'Bewaren als concept' }).click();
await page.waitForURL(/#\/verenigingen\/V0001001\/dossiers\/D/);
await page.getByRole('heading', { name: 'Verder invullen' }).waitFor();
await reis.scherm('concept-bewaard');
check((await tekst(page)).includes('Concept'), 'het dossier is een concept');

// She comes back later: the draft waits among the dossiers, and opens with what she typed.
await naarTab(page, 'Dossiers');
await page.getByLabel('Toon').selectOption('concept');
await page.getByRole('link', { name: kampDienst }).first().click();
const verder = page.getByRole('form', { name: `Aanvraag ${kampDienst}` });
await verder.waitFor();
check(await verder.getByLabel('Kampplaats (gemeente)').inputValue() === 'Oostduinkerke', 'het concept opent met wat ze al invulde');

// Meanwhile the draft is saved elsewhere (another representative, or An in another window). Her save on the version she
// opened would erase that: it is refused with the reason, and what she typed stays in the form.
const conceptId = page.url().match(/dossiers\/(D[0-9a-f]{32})/)[1];
const elders = await api(`verenigingen/V0001001/concepten/${conceptId}`,
  { methode: 'PUT', token: await tokenVoor('78041212319', 'An'), body: { antwoorden: { kampplaats: 'Oostduinkerke', begindatum: dag(200) } } });
check(elders.ok, `het concept wordt elders bewaard (${elders.status})`);
await verder.getByLabel('Kampplaats (gemeente)').fill('Oostduinkerke-Bad');
await verder.getByRole('button', { name: 'Bewaren als concept' }).click();
await page.getByText('bewaarde dit concept intussen', { exact: false }).first().waitFor();
check(await verder.getByLabel('Kampplaats (gemeente)').inputValue() === 'Oostduinkerke-Bad', 'wat ze typte, blijft in het formulier staan');

// A program renamed .pdf is refused, next to the field; the real list uploads with a progress bar.
await page.evaluate(() => {
  window.voortgang = [];
  new MutationObserver((mutaties) => {
    for (const m of mutaties) if (m.target.matches?.('progress.voortgang') && !m.target.hidden) window.voortgang.push(Number(m.target.value));
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['value', 'hidden'] });
});
const lijst = verder.getByLabel(/^Deelnemerslijst/);
await lijst.setInputFiles({ name: 'deelnemerslijst.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 This program cannot be run in DOS mode.') });
await page.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await lijst.elementHandle());
const geweigerd = await foutBij(lijst);
check(/geen PDF/.test(geweigerd), `het programma met de naam .pdf wordt geweigerd naast het veld: "${geweigerd}"`);
await reis.scherm('bijlage-geweigerd');

const pdf = Buffer.from(`%PDF-1.4\n% Deelnemerslijst kamp\n${'1 0 obj << /Naam (Deelnemer) >> endobj\n'.repeat(4000)}trailer << >>\n%%EOF\n`);
await lijst.setInputFiles({ name: 'deelnemerslijst.pdf', mimeType: 'application/pdf', buffer: pdf });
await verder.getByText('Opgeladen: deelnemerslijst.pdf').waitFor();
const stappen = await page.evaluate(() => window.voortgang);
check(stappen.length > 0 && stappen.at(-1) === 100, `een voortgangsbalk toont het opladen (${stappen.join(', ')} %)`);
check(await foutBij(lijst) === '', 'na een geldig bestand staat er geen fout meer bij het veld');
check((await verder.innerText()).includes('kB'), 'naam en grootte van het bestand staan bij de vraag');
check(await verder.getByRole('button', { name: /Ander bestand kiezen/ }).isVisible(), 'het bestand kan nog vervangen worden');

// The rest, and submit.
await verder.getByLabel('Laatste kampdag').fill(dag(207));
await verder.getByLabel('Aantal deelnemers').fill('600');
await verder.getByRole('button', { name: 'Aanvraag indienen' }).click();
const aantal = verder.getByLabel('Aantal deelnemers');
await page.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await aantal.elementHandle());
check(await foutBij(aantal) === 'Vul een getal in tussen 1 en 500.', `de grens staat in het Nederlands bij het veld: "${await foutBij(aantal)}"`);
await aantal.fill('42');
const email = verder.getByLabel('E-mailadres voor vragen over deze aanvraag');
if (await email.count() && await email.isEditable()) await email.fill('an@chirosintjan.be');
await verder.getByLabel('Demoscenario', { exact: false }).selectOption('goedkeuren');
await reis.scherm('concept-ingevuld');
await verder.getByRole('button', { name: 'Aanvraag indienen' }).click();

// Approved: the dossier holds the list, marked as sent with the application, and the decision.
await page.getByText('Goedgekeurd', { exact: true }).first().waitFor({ timeout: 90000 });
await page.getByRole('button', { name: /Beslissing.*downloaden|downloaden/ }).nth(1).waitFor();
await reis.scherm('dossier-met-bijlage-en-beslissing');
const dossier = await tekst(page);
check(dossier.includes('deelnemerslijst.pdf downloaden') && dossier.includes('Meegestuurd met de aanvraag'), 'de deelnemerslijst staat bij de documenten, gemarkeerd als meegestuurd');
check(dossier.includes('Beslissing'), 'de beslissing staat bij de documenten');
check(dossier.includes('Oostduinkerke') && dossier.includes('42'), 'de antwoorden staan in het dossier');

await reis.einde();

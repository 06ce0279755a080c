// Journey: An Peeters looks at the services that apply to the Chiro, applies for an event permit through the loket,
// follows it until the agency approves it and downloads the decision; then applies again, the agency asks a
// question, she answers it and the dossier is approved. Needs a freshly started demo host (see web/e2e/README.md).
import { readFile } from 'node:fs/promises';
import { start, check, meldAan, tekst, foutBij, naarTab } from './lib/browser.mjs';

const reis = await start('aanvragen');
const { page } = reis;

await meldAan(page, 'An');
await page.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await page.getByRole('heading', { level: 1, name: 'Chiro Sint-Jan Gent' }).waitFor();

// The tailored services, with reasons and filters.
await naarTab(page, 'Aanbod');
const vergunning = page.locator('article, li, section').filter({ has: page.getByRole('heading', { name: 'Evenementenvergunning (Stad Gent)', exact: true }) }).last();
await vergunning.waitFor();
await reis.scherm('aanbod');
const aanbod = await tekst(page);
check(/Waarom voor jullie/i.test(aanbod), 'elke dienst zegt waarom ze voor jullie geldt');
check(/Verplichting/.test(aanbod), 'wettelijke verplichtingen staan in het aanbod');
const allesAantal = await diensten();
const soorten = await page.getByLabel('Soort').locator('option').allTextContents();
await page.getByLabel('Soort').selectOption({ label: soorten.find((o) => /vergunning/i.test(o)) });
await page.waitForFunction((n) => document.querySelectorAll('main h3').length < n, allesAantal);
const gefilterd = await diensten();
check(gefilterd > 0 && gefilterd < allesAantal, `de filter op soort toont minder diensten (${gefilterd} van ${allesAantal})`);
check(await vergunning.isVisible(), 'de evenementenvergunning blijft bij toelatingen');

// No wrong door: a service the agency handles in its own application opens there, in a new tab, signed in through a
// short-lived signed token posted along (the agency's site is stood in for here: this machine has no internet).
await page.getByLabel('Soort').selectOption('');
const ontvangen = [];
await page.context().route(/^https:\/\/www\.unisono\.be\//, (route) => {
  ontvangen.push({ methode: route.request().method(), url: route.request().url(), body: route.request().postData() ?? '' });
  return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="nl"><title>Unisono</title><h1>Unisono</h1></html>' });
});
const sabam = page.locator('article, li, section').filter({ has: page.getByRole('heading', { name: /Auteursrechten voor muziek/ }) }).last();
const [tabblad] = await Promise.all([
  page.context().waitForEvent('page'),
  sabam.getByRole('button', { name: /^Naar de toepassing van/ }).click(),
]);
// The tab opens blank inside the click; the form is posted into it once the loket gave the token.
await tabblad.waitForURL(/unisono\.be/);
const overdracht = new URLSearchParams(ontvangen[0]?.body ?? '').get('vl_overdracht') ?? '';
check(ontvangen[0]?.methode === 'POST' && overdracht.split('.').length === 3, 'de doorverwijzing post een ondertekend token naar de toepassing van de instantie');
const claims = JSON.parse(Buffer.from(overdracht.split('.')[1], 'base64url').toString());
check(claims.vCode === 'V0001001' && claims.given_name === 'An', 'het token zegt wie het is en voor welke vereniging');
check(!ontvangen[0].url.includes(claims.insz), 'het INSZ staat niet in de URL, alleen in het ondertekende token in de POST');
await tabblad.close();

// Apply: the form is built from the service's questions, known answers are filled in and marked with their source.
await vergunning.getByRole('button', { name: 'Aanvragen' }).click();
const form = vergunning.locator('form');
await form.getByText('Ingevuld door het loket').first().waitFor();
await reis.scherm('aanvraagformulier');
check((await form.innerText()).includes('Verenigingsregister'), 'vooraf ingevulde antwoorden noemen hun bron');

// Sending it half-filled: the Dutch message stands next to the field it concerns.
await form.getByRole('button', { name: 'Aanvraag indienen' }).click();
const naamEvenement = form.getByLabel('Naam van het evenement');
await page.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await naamEvenement.elementHandle());
check(await foutBij(naamEvenement) !== '', `fout naast het veld: "${await foutBij(naamEvenement)}"`);

await vulVergunningIn(form, 'Buurtfeest Sint-Jan', 'goedkeuren');
await form.getByRole('button', { name: 'Aanvraag indienen' }).click();

// The long action shows progress until the workflow answers, then the approval and the decision.
await page.waitForURL(/#\/verenigingen\/V0001001\/dossiers\/D/);
await page.getByText('Goedgekeurd', { exact: true }).first().waitFor({ timeout: 60000 });
await reis.scherm('dossier-goedgekeurd');
const dossier = await tekst(page);
check(dossier.includes('Evenementenvergunning (Stad Gent)') && dossier.includes('Buurtfeest Sint-Jan'), 'het dossier toont de dienst en de antwoorden');

const [download] = await Promise.all([
  page.waitForEvent('download'),
  page.getByRole('button', { name: /downloaden$/ }).first().click(),
]);
const beslissing = await readFile(await download.path());
check(beslissing.length > 100, `de beslissing is gedownload (${download.suggestedFilename()}, ${beslissing.length} bytes)`);

// Second application: the agency asks for more information; the dossier says what to do, she answers.
await naarTab(page, 'Aanbod');
await vergunning.getByRole('button', { name: 'Aanvragen' }).click();
await form.getByText('Ingevuld door het loket').first().waitFor();
await vulVergunningIn(form, 'Kampvuur op het plein', 'aanvullen');
await form.getByRole('button', { name: 'Aanvraag indienen' }).click();
await page.waitForURL(/#\/verenigingen\/V0001001\/dossiers\/D/);
const antwoordVeld = page.getByLabel('Je antwoord');
await antwoordVeld.waitFor({ timeout: 60000 });
const dossierAdres = page.url();

// The association's overview puts the question on top, and leads straight to the dossier.
await naarTab(page, 'Overzicht');
const actieNodig = page.getByRole('region', { name: /Actie nodig/ });
await actieNodig.getByText('Evenementenvergunning (Stad Gent)').first().waitFor();
await reis.scherm('overzicht-actie-nodig');
check((await actieNodig.innerText()).includes('Bezorg de begroting'), 'het overzicht toont bovenaan wat de instantie vraagt');
await actieNodig.getByRole('link', { name: /dossier/i }).or(actieNodig.getByRole('button', { name: /dossier/i })).first().click();
await page.waitForURL(dossierAdres);
await antwoordVeld.waitFor();
await reis.scherm('dossier-vraag-van-instantie');
check((await tekst(page)).includes('Actie nodig'), 'het dossier zegt dat er actie nodig is');

await page.getByRole('button', { name: 'Antwoord versturen' }).click();
check(await foutBij(antwoordVeld) !== '', 'een leeg antwoord geeft een fout naast het veld');
await antwoordVeld.fill('Het kampvuur is om 23 uur gedoofd; de brandweer is verwittigd.');
await page.getByRole('button', { name: 'Antwoord versturen' }).click();
await page.getByText('Goedgekeurd', { exact: true }).first().waitFor({ timeout: 60000 });
check((await tekst(page)).includes('brandweer is verwittigd'), 'het antwoord staat in het dossier');

// The list: open and closed dossiers.
await page.getByRole('link', { name: '‹ Alle dossiers' }).click();
await page.getByRole('heading', { name: 'Dossiers', level: 2 }).waitFor();
await reis.scherm('dossiers');
await page.getByLabel('Toon').selectOption('afgesloten');
await page.waitForFunction(() => document.querySelector('main').innerText.includes('Evenementenvergunning'));
check((await tekst(page)).includes('Goedgekeurd'), 'afgesloten dossiers tonen hun uitkomst');

await reis.einde();

async function diensten() {
  return page.locator('main h3').count();
}

async function vulVergunningIn(f, naam, scenario) {
  const volgendeMaand = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
  await f.getByLabel('Naam van het evenement').fill(naam);
  await f.getByLabel('Datum', { exact: false }).first().fill(volgendeMaand);
  await f.getByLabel('Waar vindt het plaats?').fill('Sint-Jansvest 12, Gent');
  await f.getByLabel('Verwacht aantal bezoekers').fill('150');
  await kiesJaNee(f, 'Is er versterkte muziek?', 'Nee');
  await kiesJaNee(f, 'Schenk je alcohol?', 'Nee');
  const email = f.getByLabel('E-mailadres voor vragen over deze aanvraag');
  if (await email.isEditable()) await email.fill('an@chirosintjan.be');
  await f.getByLabel('Demoscenario', { exact: false }).selectOption(scenario);
}

async function kiesJaNee(f, vraag, keuze) {
  const groep = f.getByRole('group', { name: vraag });
  if (await groep.count()) await groep.getByLabel(keuze, { exact: true }).check();
  else await f.getByLabel(vraag).selectOption({ label: keuze });
}



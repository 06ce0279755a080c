// Journey: An Peeters corrects the Chiro's e-mail address once; the loket passes it on to the agencies whose legal
// basis covers e-mail, and the data-sharing log shows it. Meanwhile Karim, the treasurer, edits the same address in
// his own browser: whoever saves second sees the newer data instead of overwriting it. Also the known data from the
// sources and the history. Needs a freshly started demo host (see web/e2e/README.md).
import { start, check, meldAan, tekst, naarTab } from './lib/browser.mjs';

const reis = await start('gegevens');
const an = reis.page;

await meldAan(an, 'An');
await reis.scherm('mijn-verenigingen');
await an.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await an.getByRole('heading', { level: 1, name: 'Chiro Sint-Jan Gent' }).waitFor();
await naarTab(an, 'Gegevens');
await an.getByRole('heading', { name: 'Contactgegevens' }).waitFor();
await reis.scherm('gegevens');

// Known data from the sources, each with its source.
await naarTab(an, 'Gekende gegevens');
await an.getByText('Jeugdadministratie', { exact: false }).first().waitFor();
await reis.scherm('gekende-gegevens');
check((await tekst(an)).includes('Bron'), 'gekende gegevens noemen hun bron');

// Karim opens the same e-mail address in his own browser.
const karim = await reis.nieuweContext();
await meldAan(karim, 'Karim');
await karim.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await naarTab(karim, 'Gegevens');
await karim.getByRole('heading', { name: 'Contactgegevens' }).waitFor();

await naarTab(an, 'Gegevens');
await an.getByRole('button', { name: 'leiding@chirosintjan.be wijzigen' }).click();
const anForm = an.locator('.formulier-kader');
await anForm.getByLabel('E-mailadres').fill('info@chirosintjan.be');

await karim.getByRole('button', { name: 'leiding@chirosintjan.be wijzigen' }).click();
const karimForm = karim.locator('.formulier-kader');
await karimForm.getByLabel('Omschrijving').fill('Leidingsploeg');
await karimForm.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
await karim.getByRole('status').filter({ hasText: 'bewaard' }).waitFor();

// An saves second: the loket refuses to overwrite, keeps her input and shows what Karim saved.
await anForm.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
await anForm.getByText('Iemand anders heeft deze gegevens intussen gewijzigd').waitFor();
await reis.scherm('gegevens-conflict');
check(await anForm.getByLabel('E-mailadres').inputValue() === 'info@chirosintjan.be', 'wat An typte, blijft staan');
check((await tekst(an)).includes('Leidingsploeg'), 'An ziet de nieuwere gegevens van Karim');
await anForm.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
await an.getByRole('status').filter({ hasText: 'bewaard' }).waitFor();
const naBewaren = await tekst(an);
check(naBewaren.includes('info@chirosintjan.be'), 'de tweede poging bewaart het nieuwe e-mailadres');
check(naBewaren.includes('Leidingsploeg'), 'en laat de omschrijving van Karim staan: niemand overschrijft de ander');

// Once only: the new address reaches the agencies entitled to it, and the log says so.
await naarTab(an, 'Gedeelde gegevens');
const logboek = an.getByRole('table', { name: 'Gegevens doorgegeven aan instanties' });
for (let i = 0; i < 30 && !(await logboek.count() && (await logboek.innerText()).includes('Bezorgd')); i++) {
  await an.waitForTimeout(1000);
  await an.reload();
  await an.getByRole('heading', { name: 'Gedeelde gegevens' }).waitFor();
}
const regels = await logboek.innerText();
check(/e-mail/i.test(regels) && regels.includes('Bezorgd'), 'het logboek toont het bezorgde e-mailadres');
check(regels.includes('Departement Cultuur, Jeugd en Media'), 'met de instantie die het kreeg');
await reis.scherm('gedeelde-gegevens');

// The history, with the change and the export of everything the loket keeps.
await naarTab(an, 'Historiek');
await an.getByText('info@chirosintjan.be', { exact: false }).first().waitFor();
await reis.scherm('historiek');
const [download] = await Promise.all([
  an.waitForEvent('download'),
  an.getByRole('button', { name: /Download alle gegevens/ }).click(),
]);
check(download.suggestedFilename().startsWith('vloket-V0001001'), `alle gegevens gedownload (${download.suggestedFilename()})`);

await reis.einde();

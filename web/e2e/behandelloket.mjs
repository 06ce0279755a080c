// Journey: the behandelloket. Stad Gent handles its camp subsidy in the loket (demo configuration). An applies for
// the Chiro; Griet, a Gent case worker, finds it in her inbox with the keyboard, takes it and asks for the budget; An
// sees the question under "Actie nodig" and answers; Griet approves with a motivation; An sees the decision and, in
// the shared data, that Griet read the application. Lies, a team lead, reopens the decision and An sees that. A case worker of another agency cannot open it.
// Needs a freshly started demo host (see web/e2e/README.md).
import { start, check, meldAan, tekst, naarTab, api, tokenVoor, BASE } from './lib/browser.mjs';

const reis = await start('behandelloket');
const griet = reis.page;

// An applies for the camp subsidy (the form itself is covered by the applications journey).
const anToken = await tokenVoor('78041212319', 'An');
const kampdag = new Date(Date.now() + 40 * 86400000).toISOString().slice(0, 10);
// The participants' list is a file question: upload it first and answer with its id.
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
const lijst = await api('verenigingen/V0001001/bijlagen', {
  methode: 'POST',
  token: anToken,
  body: { naam: 'deelnemers.pdf', contentType: 'application/pdf', inhoudBase64: pdf },
});
check(lijst.status === 201 || lijst.status === 200, `An laadt de deelnemerslijst op (${lijst.status})`);
const { bijlageId } = await lijst.json();
const aanvraag = await api('verenigingen/V0001001/aanvragen', {
  methode: 'POST',
  token: anToken,
  body: { productnummer: '4003', antwoorden: { kampplaats: 'Bouillon', begindatum: kampdag, einddatum: kampdag, deelnemers: 32, deelnemerslijst: bijlageId, email: 'an@chirosintjan.be' } },
});
check(aanvraag.status === 202, `An dient de aanvraag voor de kampsubsidie in (${aanvraag.status} ${aanvraag.status === 202 ? '' : await aanvraag.clone().text()})`);
const { dossierId } = await aanvraag.json();

// Griet signs in and lands in Stad Gent's inbox.
await meldAan(griet, 'Griet');
await griet.getByRole('heading', { level: 1, name: /Inbox Stad Gent/ }).waitFor();
const rij = griet.locator(`tr[data-dossier-id="${dossierId}"]`);
for (let i = 0; i < 60 && !(await rij.count()); i++) {
  await griet.waitForTimeout(500);
  await griet.getByRole('button', { name: 'Filteren' }).click();
}
await rij.waitFor();
await reis.scherm('inbox');
check((await rij.innerText()).includes('Chiro Sint-Jan Gent') && (await rij.innerText()).includes('Nieuw'), 'de aanvraag staat als nieuw in de inbox');

// Keyboard: j moves to the first application, n takes it and opens it.
await griet.locator('main h1').click();
for (let i = 0; i < 20; i++) {
  await griet.keyboard.press('j');
  if (await griet.evaluate((id) => document.activeElement?.closest('tr')?.dataset.dossierId === id, dossierId)) break;
}
check(await griet.evaluate((id) => document.activeElement?.closest('tr')?.dataset.dossierId === id, dossierId), 'met j loopt Griet naar de aanvraag');
await griet.keyboard.press('n');
await griet.waitForURL(new RegExp(`#/behandeling/OVO004021/zaken/${dossierId}$`));
await griet.getByText('Behandelaar: Griet De Smet').waitFor();
await reis.scherm('aanvraag-genomen');
const zaak = await tekst(griet);
check(zaak.includes('Bouillon') && zaak.includes('Op grond van: Reglement betreffende subsidies voor jeugdkampen'), 'de aanvraag toont de antwoorden en de rechtsgrond');
check(zaak.includes('BE68 5390 0754 7034') && zaak.includes('bron: Verenigingsregister'), 'gekende gegevens staan er met hun bron');

// She asks for the budget.
await griet.getByLabel('Je vraag').fill('Wat is het budget van het kamp?');
await griet.getByRole('button', { name: 'Vraag versturen' }).click();
await griet.getByText('Wacht op de vereniging').first().waitFor();
// The pressed button is gone after the redraw: a keyboard user goes on from the case's heading, not from the page's top.
check(await griet.evaluate(() => document.activeElement?.tagName) === 'H1', 'na een actie staat de focus op de kop van de zaak');

// An sees the question under "Actie nodig" and answers it in the dossier.
const an = await reis.nieuweContext();
await meldAan(an, 'An');
await an.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
const actieNodig = an.getByRole('region', { name: /Actie nodig/ });
await actieNodig.getByText('Wat is het budget van het kamp?').first().waitFor({ timeout: 60000 });
await reis.scherm('vereniging-actie-nodig', an);
await an.goto(`${BASE}#/verenigingen/V0001001/dossiers/${dossierId}`);
await an.getByLabel('Je antwoord').fill('Het budget is 1200 euro.');
await an.getByRole('button', { name: 'Antwoord versturen' }).click();
await an.getByText('In behandeling', { exact: false }).first().waitFor({ timeout: 60000 });

// Griet sees the answer and approves.
for (let i = 0; i < 60 && !(await tekst(griet)).includes('Het budget is 1200 euro.'); i++) {
  await griet.waitForTimeout(500);
  await griet.reload();
  await griet.getByRole('heading', { level: 1 }).waitFor();
}
check((await tekst(griet)).includes('Het budget is 1200 euro.'), 'Griet ziet het antwoord van de vereniging');
await griet.getByRole('radio', { name: 'Goedkeuren' }).check();
await griet.getByLabel('Motivering').fill('Het kamp voldoet aan het reglement; het budget is redelijk.');
// A document of her own and one made by the loket at once is refused: Griet reads why (the field's own message, not
// only "verbeter de gemarkeerde velden" with nothing marked), and what she typed stays.
const eigenDocument = griet.getByLabel('Beslissingsdocument (pdf, niet verplicht)');
const maken = griet.getByLabel('Of laat het loket een beslissingsdocument (pdf) maken', { exact: false });
await eigenDocument.setInputFiles({ name: 'besluit.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf, 'base64') });
await maken.check();
await griet.getByRole('button', { name: 'Beslissing versturen' }).click();
await griet.getByText('niet allebei', { exact: false }).first().waitFor({ timeout: 30000 });
check((await griet.getByLabel('Motivering').inputValue()).includes('het budget is redelijk'), 'de motivering blijft staan na een weigering');
await eigenDocument.setInputFiles([]);
await maken.uncheck();
await griet.getByRole('button', { name: 'Beslissing versturen' }).click();
await griet.getByRole('heading', { name: 'Beslissing' }).waitFor();
await reis.scherm('aanvraag-beslist');

// An sees the decision with its motivation, and who read the application.
await an.reload();
await an.getByText('Goedgekeurd', { exact: true }).first().waitFor({ timeout: 60000 });
await an.getByText('het budget is redelijk', { exact: false }).first().waitFor();
await reis.scherm('vereniging-goedgekeurd', an);
await an.goto(`${BASE}#/verenigingen/V0001001`);
await naarTab(an, 'Gedeelde gegevens');
await an.getByText('door Griet De Smet', { exact: false }).first().waitFor();
await reis.scherm('vereniging-inzage-gelogd', an);
check((await tekst(an)).includes('Ingezien'), 'het gegevensdelingslog toont dat Griet de aanvraag inkeek');

// Griet is no team lead: she cannot reopen. Lies, Gent's team lead, can within 24 hours; An sees it handled again.
check(!(await griet.getByRole('button', { name: 'Beslissing heropenen' }).count()), 'een behandelaar ziet geen knop om te heropenen');
const liesToken = await tokenVoor('90020212372', 'Lies', ['teamverantwoordelijke:OVO004021']);
const lies = await reis.nieuweContext();
await lies.goto(BASE);
await lies.evaluate((t) => sessionStorage.setItem('vloket.sessie', JSON.stringify({ token: t, naam: 'Lies Demo', demo: true })), liesToken);
await lies.goto(`${BASE}#/behandeling/OVO004021/zaken/${dossierId}`);
await lies.getByRole('button', { name: 'Beslissing heropenen' }).click();
await lies.getByText('De beslissing is heropend', { exact: false }).first().waitFor();
await reis.scherm('beslissing-heropend', lies);
await an.goto(`${BASE}#/verenigingen/V0001001/dossiers/${dossierId}`);
for (let i = 0; i < 60 && !(await tekst(an)).includes('heropende de beslissing'); i++) {
  await an.waitForTimeout(500);
  await an.reload();
}
check((await tekst(an)).includes('heropende de beslissing'), 'de vereniging ziet dat de beslissing heropend is');
await reis.scherm('vereniging-heropend', an);

// A case worker of another agency cannot open it: not by the API, not in the browser.
const aalstToken = await tokenVoor('88031512335', 'Arne', ['behandelaar:OVO004022', 'behandelaar:OVO002949']);
const direct = await api(`behandeling/OVO004021/zaken/${dossierId}`, { token: aalstToken });
check(direct.status === 404, `een behandelaar van een andere instantie krijgt 404 (${direct.status})`);
const arne = await reis.nieuweContext();
await arne.goto(BASE);
await arne.evaluate((t) => sessionStorage.setItem('vloket.sessie', JSON.stringify({ token: t, naam: 'Arne Demo', demo: true })), aalstToken);
await arne.goto(`${BASE}#/behandeling/OVO004021/zaken/${dossierId}`);
await arne.getByText('Deze aanvraag bestaat niet.').waitFor();
check(!(await tekst(arne)).includes('Chiro Sint-Jan Gent'), 'de andere behandelaar ziet niets van de aanvraag');
await reis.scherm('andere-instantie', arne);

await reis.einde();

// Journey: Stad Gent's lending service in the behandelloket (the demo's configuration). Griet, a Gent case worker,
// fills the stock: the API's field errors stand next to the fields, she adds a tent, changes its quantity and its
// unavailable periods, and adds a room that needs approval. An reserves the tent and the room through the association's
// own Reservaties tab. Griet sees the holds in the calendar (keyboard: n and v move a week), approves the room and
// refuses a second request with a motivation; An confirms the approved room. Needs a freshly started demo host.
import { start, check, meldAan, tekst, foutBij, naarTab, api, tokenVoor } from './lib/browser.mjs';

const reis = await start('uitleendienst');
const griet = reis.page;
// Everything happens in one calendar week, a Monday at least two weeks ahead: op(0) is that Monday.
const plus = (dag, n) => new Date(Date.parse(`${dag}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const over14 = new Date(Date.now() + 14 * 86400000);
const maandag = plus(over14.toISOString().slice(0, 10), (8 - over14.getUTCDay()) % 7);
const op = (n) => plus(maandag, n);
const voluit = (dag) => new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${dag}T00:00:00Z`));

// Griet signs in, lands in Stad Gent's inbox and opens the stock.
await meldAan(griet, 'Griet');
await griet.getByRole('heading', { level: 1, name: /Inbox Stad Gent/ }).waitFor();
const menu = griet.getByRole('navigation', { name: 'Onderdelen van het behandelloket' });
await menu.getByRole('link', { name: 'Voorraad' }).click();
await griet.getByRole('heading', { level: 1, name: /^Voorraad Stad Gent/ }).waitFor();
await griet.getByText('Er staat nog niets in de voorraad.').waitFor();
await reis.scherm('voorraad-leeg');

// Wrong input: the loket's Dutch messages stand next to the fields, the period's next to its own "Tot en met".
const toevoegen = griet.getByRole('form', { name: 'Materiaal of lokaal toevoegen' });
await toevoegen.getByLabel('Code').fill('Tent!');
await toevoegen.getByLabel('Aantal').fill('-1');
await toevoegen.getByRole('button', { name: 'Periode toevoegen' }).click();
let periode = toevoegen.getByRole('group', { name: 'Periode 1' });
await periode.getByLabel('Van').fill(op(9));
await periode.getByLabel('Tot en met').fill(op(8));
await toevoegen.getByRole('button', { name: 'Toevoegen', exact: true }).click();
const code = toevoegen.getByLabel('Code');
await griet.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await code.elementHandle());
check(/kleine letters/.test(await foutBij(code)), `fout bij de code: "${await foutBij(code)}"`);
check(/aantal van 0 tot/.test(await foutBij(toevoegen.getByLabel('Aantal'))), 'fout bij het aantal');
check((await foutBij(toevoegen.getByLabel('Naam'))).length > 0, 'fout bij de lege naam');
check(/einde ligt voor het begin/.test(await foutBij(periode.getByLabel('Tot en met'))), 'fout bij het einde van de periode');
check((await toevoegen.locator('.foutoverzicht').innerText()).includes('Kijk deze 4 punten na'), 'het foutoverzicht somt de vier punten op');
await reis.scherm('voorraad-fouten');
check(!(await griet.locator('table.voorraad').count()), 'foute invoer bewaart niets');

// Right input: the tent is added and focus lands on its row.
await code.fill('tent');
await toevoegen.getByLabel('Naam').fill('Tent 6 x 3 m');
await toevoegen.getByLabel('Aantal').fill('1');
await periode.getByLabel('Van').fill(op(8));
await periode.getByLabel('Tot en met').fill(op(9));
await periode.getByLabel('Reden').fill('Onderhoud');
await toevoegen.getByRole('button', { name: 'Toevoegen', exact: true }).click();
await griet.getByRole('status').filter({ hasText: 'Tent 6 x 3 m is bewaard' }).waitFor();
check(await griet.evaluate(() => document.activeElement?.closest('tr')?.dataset.code === 'tent'), 'na het toevoegen staat de focus op de nieuwe rij');

// Change: two tents, the maintenance becomes a repair on Friday, and a period added and removed again.
await griet.getByRole('button', { name: /^Wijzigen ?: Tent 6 x 3 m$/ }).click();
check(await griet.evaluate(() => document.activeElement?.textContent === 'Tent 6 x 3 m wijzigen'), 'het wijzigformulier krijgt de focus');
let wijzig = griet.getByRole('form', { name: 'Tent 6 x 3 m wijzigen' });
await wijzig.getByLabel('Aantal').fill('2');
periode = wijzig.getByRole('group', { name: 'Periode 1' });
await periode.getByLabel('Van').fill(op(4));
await periode.getByLabel('Tot en met').fill(op(4));
await periode.getByLabel('Reden').fill('Herstelling');
await wijzig.getByRole('button', { name: 'Periode toevoegen' }).click();
const tweede = wijzig.getByRole('group', { name: 'Periode 2' });
await tweede.getByLabel('Van').fill(op(20));
await tweede.getByLabel('Tot en met').fill(op(21));
await tweede.getByLabel('Reden').fill('Eigen gebruik');
await wijzig.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
await griet.getByRole('status').filter({ hasText: '2 in de voorraad' }).waitFor();
let rij = await griet.locator('tr[data-code="tent"]').innerText();
check(rij.includes('Herstelling') && rij.includes('Eigen gebruik') && !rij.includes('Onderhoud'), `de periodes zijn gewijzigd (${rij.replace(/\s+/g, ' ')})`);
await griet.getByRole('button', { name: /^Wijzigen ?: Tent 6 x 3 m$/ }).click();
wijzig = griet.getByRole('form', { name: 'Tent 6 x 3 m wijzigen' });
await wijzig.getByRole('button', { name: 'Periode 2 weghalen' }).click();
await wijzig.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
await griet.locator('tr[data-code="tent"]').filter({ hasNotText: 'Eigen gebruik' }).waitFor();
rij = await griet.locator('tr[data-code="tent"]').innerText();
const aantal = await griet.locator('tr[data-code="tent"] td').nth(3).innerText();
check(aantal.trim() === '2' && rij.includes('Herstelling') && !rij.includes('Eigen gebruik'), `twee tenten, de herstelling blijft en de weggehaalde periode is weg (${aantal})`);

// A room that needs approval.
await toevoegen.getByLabel('Code').fill('zaal');
await toevoegen.getByLabel('Naam').fill('Feestzaal De Centrale');
await toevoegen.getByLabel('Soort').selectOption('lokaal');
await toevoegen.getByLabel('Aantal').fill('1');
await toevoegen.getByLabel('Elke reservatie vereist goedkeuring').check();
await toevoegen.getByRole('button', { name: 'Toevoegen', exact: true }).click();
await griet.locator('tr[data-code="zaal"]').filter({ hasText: 'Vereist' }).waitFor();
await reis.scherm('voorraad');

// An reserves a tent and the room in the Chiro's Reservaties tab, as any volunteer does.
const an = await reis.nieuweContext();
await meldAan(an, 'An');
await an.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await naarTab(an, 'Reservaties');
const nakijken = an.getByRole('form', { name: 'Beschikbaarheid nakijken' });
const dienst = nakijken.getByLabel('Uitleendienst');
const opties = await dienst.locator('option').allTextContents();
await dienst.selectOption({ label: opties.find((o) => o.includes('Stad Gent')) });

async function reserveer(materiaal, van, tot, vrij) {
  await nakijken.getByLabel('Materiaal').fill(materiaal);
  await nakijken.getByLabel('Van').fill(van);
  await nakijken.getByLabel('Tot en met').fill(tot);
  await nakijken.getByRole('button', { name: 'Beschikbaarheid nakijken' }).click();
  await an.getByText(`Vrij bij Stad Gent: ${vrij} × ${materiaal}`).waitFor();
  await an.getByRole('button', { name: 'Reserveren' }).click();
  const form = an.locator('form.formulier-kader');
  await form.getByLabel('Voor welke activiteit?').fill('Zomerfeest');
  const email = form.getByLabel('E-mailadres voor vragen over deze aanvraag');
  if (await email.isEditable()) await email.fill('an@chirosintjan.be');
  await form.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await an.getByRole('button', { name: new RegExp(`^Bevestigen ?: 1 × ${materiaal}, van ${voluit(van)}`) }).waitFor({ timeout: 60000 });
}
await reserveer('tent', op(1), op(2), 2);
await reserveer('zaal', op(3), op(3), 1);
check((await tekst(an)).includes('Bevestig je reservatie vóór'), 'An ziet beide reservaties vastgehouden');

// A second request for the room, on Saturday (the API, as the form would send it).
const anToken = await tokenVoor('78041212319', 'An');
const tweedeZaal = await api('verenigingen/V0001001/aanvragen', {
  methode: 'POST',
  token: anToken,
  body: { productnummer: '4005', antwoorden: { materiaal: 'zaal', activiteit: 'Quiz', ophaaldatum: op(5), terugbrengdatum: op(5), email: 'an@chirosintjan.be' } },
});
check(tweedeZaal.status === 202, `An vraagt de zaal ook voor zaterdag aan (${tweedeZaal.status})`);

// Griet's calendar: the week of the reservations, chosen with the date field; n and v move a week.
await menu.getByRole('link', { name: 'Kalender' }).click();
await griet.getByRole('heading', { level: 1, name: /^Kalender Stad Gent/ }).waitFor();
await griet.getByLabel('Week van', { exact: true }).fill(op(2));
await griet.getByRole('button', { name: 'Tonen' }).click();
await griet.waitForURL(new RegExp(`kalender/${maandag}$`));
const week = griet.getByRole('table', { name: `Week van ${voluit(op(0))} tot en met ${voluit(op(6))}` });
for (let i = 0; i < 60 && !(await tekst(griet)).includes('Wacht op goedkeuring'); i++) {
  await griet.waitForTimeout(500);
  await griet.reload();
  await week.waitFor();
}
const tentRij = week.getByRole('row', { name: /Tent 6 x 3 m/ });
const cellen = await tentRij.getByRole('cell').allInnerTexts();
check(cellen[1].includes('1 van 2 in gebruik') && cellen[1].includes('V0001001: 1 × vastgehouden'), `dinsdag: An houdt een tent vast (${cellen[1].replace(/\s+/g, ' ')})`);
check(cellen[4].includes('Niet beschikbaar') && cellen[4].includes('Herstelling'), 'vrijdag is de tent niet beschikbaar');
check(cellen[0].includes('vrij'), 'maandag is de tent vrij');
const lijst = await tekst(griet, 'section:has(#kop-reservaties)');
check(lijst.includes('Vastgehouden') && lijst.includes('Wacht op goedkeuring') && lijst.includes('V0001001'), 'de lijst toont de vastgehouden tent en de zaal die op goedkeuring wacht');
await reis.scherm('kalender');
await griet.locator('main h1').click();
await griet.keyboard.press('n');
await griet.waitForURL(new RegExp(`kalender/${op(7)}$`));
// As a person does: the next week is on screen before the next key (until then the old week's keys still count).
await griet.getByRole('table', { name: `Week van ${voluit(op(7))} tot en met ${voluit(op(13))}` }).waitFor();
await griet.keyboard.press('v');
await griet.waitForURL(new RegExp(`kalender/${maandag}$`));
await week.waitFor();
check(true, 'met n en v gaat Griet een week vooruit en terug');
// Two keys in one go, before the next week is drawn: the second must not act on the week being left (it went two weeks
// back from there, to the week before, when the old page still listened until the browser's hashchange).
const naTweeToetsen = await griet.evaluate(() => {
  for (const key of ['n', 'v']) document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  return location.hash;
});
check(naTweeToetsen.endsWith(`kalender/${op(7)}`), `een toets voor de volgende week er staat, werkt niet op de vorige (${naTweeToetsen})`);
await griet.getByRole('table', { name: `Week van ${voluit(op(7))} tot en met ${voluit(op(13))}` }).waitFor();
await griet.keyboard.press('v');
await week.waitFor();

// Approvals: the room on Thursday is approved, the one on Saturday refused with a motivation.
await menu.getByRole('link', { name: 'Goedkeuringen' }).click();
await griet.getByRole('heading', { level: 1, name: 'Reservaties die op goedkeuring wachten' }).waitFor();
// A visually hidden part of a button's name counts as a block, so the name may have a space before its colon.
const goedkeuren = griet.getByRole('button', { name: /^Goedkeuren ?: reservatie Feestzaal De Centrale voor V0001001$/ });
for (let i = 0; i < 60 && (await goedkeuren.count()) < 2; i++) {
  await griet.waitForTimeout(500);
  await griet.reload();
  await griet.getByRole('heading', { level: 1 }).waitFor();
}
check((await goedkeuren.count()) === 2, 'twee aanvragen voor de zaal wachten op goedkeuring');
await reis.scherm('goedkeuringen');
await griet.locator('main h1').click();
await griet.keyboard.press('j');
check(await griet.evaluate(() => document.activeElement?.textContent.startsWith('Goedkeuren')), 'met j staat de focus op de eerste aanvraag');
await goedkeuren.first().click();
await griet.getByRole('status').filter({ hasText: 'is goedgekeurd' }).waitFor();
await goedkeuren.nth(1).waitFor({ state: 'detached' });
check((await goedkeuren.count()) === 1, 'de goedgekeurde aanvraag verdwijnt uit de lijst');
check(await griet.evaluate(() => document.activeElement?.textContent.startsWith('Goedkeuren')), 'de focus gaat naar de volgende aanvraag');

await griet.getByRole('button', { name: /^Weigeren ?: reservatie Feestzaal De Centrale voor V0001001$/ }).click();
const dialoog = griet.getByRole('dialog', { name: /weigeren/ });
await dialoog.getByRole('button', { name: 'Weigeren' }).click();
check((await foutBij(dialoog.getByLabel('Motivering'))) === 'Geef een motivering.', 'weigeren vraagt een motivering');
await dialoog.getByLabel('Motivering').fill('De zaal is die zaterdag nodig voor de stedelijke jobbeurs.');
await reis.scherm('weigeren-dialoog');
await dialoog.getByRole('button', { name: 'Weigeren' }).click();
await griet.getByRole('status').filter({ hasText: 'is geweigerd' }).waitFor();
await griet.getByText('Er wacht niets op goedkeuring.').waitFor();
check(await griet.evaluate(() => document.activeElement?.tagName === 'H1'), 'zonder aanvragen staat de focus op de titel');
const vrij = await (await api(`verenigingen/V0001001/beschikbaarheid?productnummer=4005&materiaal=zaal&van=${op(5)}&tot=${op(5)}`, { token: anToken })).json();
check(vrij.beschikbaar === 1, `na het weigeren is de zaal op zaterdag weer vrij (${vrij.beschikbaar})`);

// An confirms the approved room; the calendar shows it confirmed.
await an.reload();
await an.getByRole('button', { name: new RegExp(`^Bevestigen ?: 1 × zaal, van ${voluit(op(3))}`) }).click();
await an.getByRole('status').filter({ hasText: 'Je reservatie is bevestigd' }).waitFor({ timeout: 60000 });
await menu.getByRole('link', { name: 'Kalender' }).click();
await griet.getByLabel('Week van', { exact: true }).fill(op(3));
await griet.getByRole('button', { name: 'Tonen' }).click();
const zaalRij = week.getByRole('row', { name: /Feestzaal De Centrale/ });
await zaalRij.waitFor();
check((await zaalRij.getByRole('cell').nth(3).innerText()).includes('bevestigd'), 'donderdag staat de zaal bevestigd in de kalender');
await reis.scherm('kalender-bevestigd');

await reis.einde();

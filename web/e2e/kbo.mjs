// Journey: adding a vzw from KBO takes a function there. An holds none at the Leuvense Atletiekclub: the loket refuses
// (403) and says in Dutch who can. Lotte, a bestuurder there, adds it and refreshes the functions from KBO; Karim,
// also a bestuurder, claims it next and joins as a representative: the first claim does not lock the vzw.
import { start, check, meldAan, tekst } from './lib/browser.mjs';

const LAC = '0876543270';
const reis = await start('kbo');
const an = reis.page;

async function claim(page, nummer) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'vzw toevoegen via KBO' }).click();
  await page.getByLabel('Ondernemingsnummer').fill(nummer);
  await page.getByRole('button', { name: 'Vereniging opzoeken en toevoegen' }).click();
}

await meldAan(an, 'An');
await claim(an, LAC);
const geweigerd = an.locator('section.resultaat');
await geweigerd.getByRole('heading', { name: 'Je kan deze vereniging niet toevoegen.' }).waitFor();
const uitleg = await geweigerd.innerText();
check(/KBO/.test(uitleg) && /bestuurder|functie/i.test(uitleg), `An krijgt de Nederlandse uitleg wie het kan: "${uitleg.replace(/\s+/g, ' ').trim()}"`);
check(!(await tekst(an)).includes('V0'), 'An leert er geen V-code uit');
await reis.scherm('kbo-geweigerd');

const lotte = await reis.nieuweContext();
await meldAan(lotte, 'Lotte');
await claim(lotte, LAC);
await lotte.getByRole('status').filter({ hasText: 'is toegevoegd vanuit de KBO' }).waitFor();
await lotte.getByRole('heading', { level: 1, name: 'Leuvense Atletiekclub' }).waitFor();
check(true, 'Lotte, bestuurder volgens de KBO, voegt de vzw toe');
await lotte.getByRole('button', { name: 'Vernieuwen uit KBO' }).click();
await lotte.getByRole('status').filter({ hasText: 'vernieuwd uit de KBO' }).waitFor();
check(true, 'Lotte vernieuwt de functies uit de KBO');
await reis.scherm('kbo-toegevoegd', lotte);

const karim = await reis.nieuweContext();
await meldAan(karim, 'Karim');
await claim(karim, LAC);
await karim.getByRole('status').filter({ hasText: 'stond al in het loket' }).waitFor();
check((await tekst(karim)).includes('Leuvense Atletiekclub'), 'Karim, ook bestuurder, wordt mee vertegenwoordiger');
await reis.scherm('kbo-mee-vertegenwoordiger', karim);

await reis.einde();

// Journey: Lotte Janssens, new to the loket, signs in and registers her association. The name looks like the Chiro
// that already exists in Gent, so the loket warns her; she says explicitly that it is another association and gets
// her own vCode. Needs a freshly started demo host (see web/e2e/README.md).
import { start, check, tekst, foutBij, BASE, AANBIEDER_MS } from './lib/browser.mjs';

const reis = await start('registreren');
const { page } = reis;

// Sign-in through OpenID Connect: locally the provider's login page is a choice of demo personas.
await page.goto(BASE);
await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
await reis.scherm('aanmelden');
await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
await page.getByRole('button', { name: /^Aanmelden als Lotte\b/ }).click({ timeout: AANBIEDER_MS });

// My associations: none yet, and the page says what to do next.
await page.getByRole('heading', { level: 1 }).filter({ hasText: 'verenigingen' }).waitFor({ timeout: AANBIEDER_MS });
await reis.scherm('mijn-verenigingen-leeg');
check((await tekst(page)).includes('Nieuwe feitelijke vereniging registreren'), 'de lege lijst wijst de weg naar registreren');
check(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), 'het hoofdmenu is er na het aanmelden');

await page.getByRole('link', { name: 'Nieuwe feitelijke vereniging registreren' }).or(page.getByRole('button', { name: 'Nieuwe feitelijke vereniging registreren' })).first().click();
await page.getByRole('heading', { level: 1, name: /registreren/ }).waitFor();
await reis.scherm('registreren');

// Nothing filled in: the Dutch message stands next to the name field, and the summary links to it.
await page.getByRole('button', { name: 'Vereniging registreren' }).click();
const naam = page.getByLabel('Naam van de vereniging');
await page.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await naam.elementHandle());
const fout = await foutBij(naam);
check(/verplicht/i.test(fout), `de fout staat bij het veld: "${fout.trim()}"`);
await page.locator('.foutoverzicht a').first().click();
check(await naam.evaluate((el) => el === document.activeElement), 'de link in het foutoverzicht zet de focus op het veld');

// A name close to an existing association in the same municipality.
await naam.fill('Chiro Sint Jan Gent');
const locatie = page.getByRole('group', { name: /Locatie 1/ });
await locatie.getByLabel('Straat').fill('Sint-Jansvest');
await locatie.getByLabel('Huisnummer').fill('14');
await locatie.getByLabel('Postcode').fill('9999');
await locatie.getByLabel('Gemeente').fill('Gent');

// The API knows the Flemish postcodes: its Dutch message lands next to the postcode, and nothing is registered.
const [weigering] = await Promise.all([
  page.waitForResponse((r) => r.url().endsWith('/api/verenigingen') && r.request().method() === 'POST'),
  page.getByRole('button', { name: 'Vereniging registreren' }).click(),
]);
const probleem = await weigering.json();
check(weigering.status() === 400 && weigering.headers()['content-type'].startsWith('application/problem+json'), 'de API weigert met problem+json');
const postcode = locatie.getByLabel('Postcode');
await page.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await postcode.elementHandle());
const bijPostcode = await foutBij(postcode);
const melding = probleem.fouten?.find((f) => /postcode/.test(f.veld))?.melding ?? '';
check(melding && bijPostcode.includes(melding), `de Nederlandse melding van de API staat bij de postcode: "${melding}"`);
await reis.scherm('registreren-fout-van-de-api');

// Leaving now would lose what she typed (the loket refused it): the browser asks first, and staying keeps it all.
const gevraagd = new Promise((klaar) => {
  page.once('dialog', async (d) => {
    const vraag = d.message();
    await d.dismiss();
    klaar(vraag);
  });
  setTimeout(() => klaar('(geen vraag binnen 5 s)'), 5000);
});
await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn verenigingen' }).click();
const vraag = await gevraagd;
check(vraag.includes('nog niet verstuurd'), `wie een pagina met getypte invoer verlaat, krijgt eerst een vraag: ${vraag}`);
await page.waitForTimeout(200);
check(page.url().endsWith('#/registreren') && await naam.inputValue() === 'Chiro Sint Jan Gent' && await postcode.inputValue() === '9999',
  'wie blijft, houdt het formulier en wat er getypt is');
await postcode.fill('9000');
await page.getByRole('button', { name: 'Vereniging registreren' }).click();

const dubbel = page.getByRole('region', { name: 'Bestaat je vereniging al?' });
await dubbel.waitFor();
await reis.scherm('registreren-mogelijk-dubbel');
const kandidaten = await dubbel.innerText();
check(kandidaten.includes('Chiro Sint-Jan Gent') && kandidaten.includes('V0001001'), 'de waarschuwing toont de gelijkaardige vereniging met haar V-code');
check(await page.locator('form').filter({ has: naam }).isHidden(), 'het formulier wacht tot ze kiest');

// Back to the form keeps her input; registering again warns again; only an explicit "it is another one" registers.
await dubbel.getByRole('button', { name: 'Terug naar het formulier' }).click();
check(await naam.inputValue() === 'Chiro Sint Jan Gent', 'terug naar het formulier houdt wat ze typte');
await page.getByRole('button', { name: 'Vereniging registreren' }).click();
await dubbel.waitFor();
await dubbel.getByRole('button', { name: 'Het is toch een andere vereniging' }).click();

await page.getByRole('heading', { level: 1, name: 'Chiro Sint Jan Gent' }).waitFor();
const status = await page.getByRole('status').first().innerText();
const vCode = status.match(/V-code (V\d+)/)?.[1];
check(vCode && vCode !== 'V0001001', `geregistreerd met een eigen V-code (${vCode})`);
await reis.scherm('vereniging-nieuw');

// It is in her list now.
await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn verenigingen' }).click();
await page.getByRole('link', { name: 'Chiro Sint Jan Gent' }).first().waitFor();
await reis.scherm('mijn-verenigingen');
check((await tekst(page)).includes(vCode), 'de nieuwe vereniging staat in Mijn verenigingen');

// Signing out (at the provider too) brings her back to sign-in, and a deep link asks to sign in first.
await page.getByRole('button', { name: 'Afmelden' }).click();
await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
await page.getByRole('status').filter({ hasText: 'Je bent afgemeld' }).waitFor({ timeout: AANBIEDER_MS });
await page.goto(`${BASE}#/verenigingen/${vCode}`);
await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
check(true, 'na afmelden vraagt een diepe link eerst om aan te melden');

await reis.einde();

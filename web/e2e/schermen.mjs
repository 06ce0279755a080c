// Journey: every main screen on a 360 px wide phone, by keyboard where it matters. Each screen is saved and checked
// with axe; none may scroll sideways. Needs a freshly started demo host (see web/e2e/README.md).
import { start, check, meldAan, BASE, GSM, AANBIEDER_MS } from './lib/browser.mjs';

const reis = await start('gsm', { viewport: GSM });
const { page } = reis;

// Keyboard: the first Tab reaches the skip link, which is visible when focused and moves focus to the content.
await page.goto(BASE);
await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
await page.keyboard.press('Tab');
const eerste = await page.evaluate(() => document.activeElement?.textContent?.trim());
check(eerste === 'Naar de inhoud', `de eerste Tab gaat naar "Naar de inhoud" (${eerste})`);
check(await zichtbareFocus(), 'de focus is zichtbaar');
await page.keyboard.press('Enter');
check(await page.evaluate(() => document.activeElement?.id) === 'inhoud', 'de link zet de focus op de inhoud');
await reis.scherm('aanmelden');

// Signing in by keyboard only: the loket's button, then a persona on the provider's login page.
const knop = page.getByRole('button', { name: 'Aanmelden', exact: true });
await knop.focus();
check(await zichtbareFocus(), 'een knop toont zichtbaar dat ze de focus heeft');
await page.keyboard.press('Enter');
const persona = page.getByRole('button', { name: /^Aanmelden als An\b/ });
await persona.waitFor({ timeout: AANBIEDER_MS });
await persona.focus();
check(await zichtbareFocus(), 'ook op de aanmeldpagina van de aanbieder is de focus zichtbaar');
await reis.scherm('aanmeldpagina-aanbieder');
await page.keyboard.press('Enter');
await page.getByRole('heading', { level: 1, name: /verenigingen/i }).waitFor({ timeout: AANBIEDER_MS });
const titelHeeftFocus = await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 }).then(() => true, () => false);
check(titelHeeftFocus, 'na een paginawissel staat de focus op de titel');
await reis.scherm('mijn-verenigingen');

// Every part of the association, as the tab bar offers them.
await page.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await page.getByRole('heading', { level: 1, name: 'Chiro Sint-Jan Gent' }).waitFor();
const tabs = page.getByRole('navigation', { name: 'Onderdelen van de vereniging' }).getByRole('link');
const namen = await tabs.allInnerTexts();
check(namen.length >= 6, `de vereniging heeft ${namen.length} onderdelen: ${namen.join(', ')}`);
for (const naam of namen) {
  await tabs.filter({ hasText: naam }).first().click();
  await page.waitForFunction((n) => document.querySelector('nav.tabs [aria-current="page"]')?.textContent.trim() === n, naam.trim());
  await reis.scherm(`vereniging-${slug(naam)}`);
}

// An application form on the phone.
await tabs.filter({ hasText: 'Aanbod' }).first().click();
const dienst = page.locator('li, article, section').filter({ has: page.getByRole('heading', { name: 'Evenementenvergunning (Stad Gent)', exact: true }) }).last();
await dienst.getByRole('button', { name: 'Aanvragen' }).click();
await dienst.locator('form').getByText('Ingevuld door het loket').first().waitFor();
await reis.scherm('aanvraagformulier');

// The other main screens in the menu.
for (const [link, kop] of [['Vereniging registreren', /registreren/], ['vzw toevoegen via KBO', /rechtspersoonlijkheid/]]) {
  await page.goto(`${BASE}#/verenigingen`);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: kop }).waitFor();
  await reis.scherm(slug(link));
}

await reis.einde();

function slug(tekst) {
  return tekst.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// A focus ring a sighted keyboard user can see: an outline or a box shadow on the focused element.
async function zichtbareFocus() {
  return page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
  });
}

// Journey: signing in as in production, through OpenID Connect. The loket sends the browser to the provider (locally
// the development provider, whose login page is the persona picker); a cancelled sign-in comes back with a Dutch
// message and the way to try again; a deep link survives the round trip; the token is the provider's (not a
// development token) and is renewed before it runs out; signing out ends the session at the provider too.
// The test host gives access tokens 70 seconds (VLoket:OntwikkelAanbieder:ToegangstokenSeconden), so the renewal shows.
import { start, check, tekst, BASE, AANBIEDER_MS } from './lib/browser.mjs';

const reis = await start('aanmelden');
const { page } = reis;
const sessie = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('vloket.sessie') ?? 'null'));
const kop = (token) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString());
const inhoud = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

await page.goto(BASE);
await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
await reis.scherm('aanmelden');

// Cancelled at the provider: back at the loket, told so in Dutch, with the button to try again.
await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
await page.getByRole('button', { name: /^Aanmelden als Karim\b/ }).waitFor({ timeout: AANBIEDER_MS });
const aanbieder = new URL(page.url());
check(aanbieder.origin !== new URL(BASE).origin, `de aanmeldpagina is die van de aanbieder (${aanbieder.origin}), niet van het loket`);
check(aanbieder.searchParams.get('code_challenge_method') === 'S256' && aanbieder.searchParams.get('response_type') === 'code',
  'het loket vraagt een autorisatiecode met PKCE (S256)');
await reis.scherm('aanmeldpagina-aanbieder');
await page.getByRole('button', { name: 'Annuleren en terug naar het loket' }).click();
await page.getByRole('alert').filter({ hasText: 'Aanmelden is niet gelukt' }).waitFor({ timeout: AANBIEDER_MS });
check((await tekst(page, '[role="alert"]')).includes('geannuleerd'), 'de melding zegt in het Nederlands dat het aanmelden geannuleerd is');
check(!page.url().includes('error='), 'de foutcode staat niet meer in de adresbalk');
await reis.scherm('aanmelden-geannuleerd');

// A return the loket did not start (an old link, another window): told so in Dutch, not in the sign-in library's English.
await page.goto(`${BASE}?code=verouderd&state=onbekend`);
await page.getByRole('alert').filter({ hasText: 'Aanmelden is niet gelukt' }).waitFor({ timeout: AANBIEDER_MS });
const verouderd = await tekst(page, '[role="alert"]');
check(verouderd.includes('verlopen of werd in een ander venster gestart') && !/state|storage/i.test(verouderd),
  `een onbekende terugkeer krijgt een Nederlandse melding (${verouderd})`);
check(!page.url().includes('code='), 'de code staat niet meer in de adresbalk');

// A deep link asks to sign in first and, after the provider, lands where Karim wanted to go.
await page.goto(`${BASE}#/kbo`);
await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
await page.getByRole('button', { name: /^Aanmelden als Karim\b/ }).click({ timeout: AANBIEDER_MS });
await page.getByRole('heading', { level: 1, name: /vereniging met rechtspersoonlijkheid/i }).waitFor({ timeout: AANBIEDER_MS });
check(new URL(page.url()).hash === '#/kbo' && !page.url().includes('code='), `na het aanmelden staat Karim waar hij heen wilde, zonder code in het adres (${page.url()})`);
check((await tekst(page, 'header')).includes('Aangemeld als Karim El Amrani'), 'de kop toont de naam uit het ID-token');

const eerste = await sessie();
check(inhoud(eerste.token).iss === aanbieder.origin + '/' && kop(eerste.token).alg === 'RS256',
  `het toegangstoken komt van de aanbieder, RS256-ondertekend (${inhoud(eerste.token).iss})`);

// Renewal: before the token runs out, the front end gets a new one with the refresh token, and the API takes it.
await page.waitForFunction((oud) => JSON.parse(sessionStorage.getItem('vloket.sessie') ?? 'null')?.token !== oud, eerste.token, { timeout: 45000 });
const vernieuwd = await sessie();
check(inhoud(vernieuwd.token).exp > inhoud(eerste.token).exp, 'het token is vernieuwd voor het afliep');
await page.getByRole('link', { name: 'Mijn verenigingen' }).click();
await page.getByRole('link', { name: /Sportvereniging Heverlee/ }).first().waitFor();
check(true, 'de API aanvaardt het vernieuwde token');
await reis.scherm('mijn-verenigingen');

// Signing out goes through the provider and back; the next sign-in asks again who you are.
await page.getByRole('button', { name: 'Afmelden' }).click();
await page.getByRole('status').filter({ hasText: 'Je bent afgemeld' }).waitFor({ timeout: AANBIEDER_MS });
check(await sessie() === null, 'het loket vergeet het token');
check(!(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('oidc.user')))), 'en oidc-client-ts ook');
check(new URL(page.url()).search === '', 'de adresbalk is weer schoon');
await reis.scherm('afgemeld');
await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
await page.getByRole('button', { name: /^Aanmelden als Karim\b/ }).waitFor({ timeout: AANBIEDER_MS });
check(true, 'na afmelden toont de aanbieder opnieuw de aanmeldpagina');

await reis.einde();

// Journey: An invites Lotte as a co-representative of the Chiro by rijksregisternummer. Until Lotte accepts, the
// Chiro shows nothing about her. Lotte, in her own browser, signs in (OpenID Connect), sees the invitation, accepts it,
// and then sees the Chiro; An sees her among the representatives and the history says what happened.
import { start, check, meldAan, tekst, naarTab } from './lib/browser.mjs';

const reis = await start('uitnodigen');
const an = reis.page;

await meldAan(an, 'An');
await an.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await an.getByRole('heading', { level: 1, name: 'Chiro Sint-Jan Gent' }).waitFor();
await naarTab(an, 'Gegevens');
const uitnodigen = an.getByRole('form', { name: 'Iemand uitnodigen als vertegenwoordiger' });
await uitnodigen.getByLabel('Rijksregisternummer').fill('02030511719');
await uitnodigen.getByLabel('Rol (niet verplicht)').fill('leiding');
await uitnodigen.getByRole('button', { name: 'Uitnodiging versturen' }).click();
await an.getByRole('status').filter({ hasText: 'De uitnodiging is verstuurd' }).waitFor();
const open = await tekst(an, 'section:has(h2:text-is("Uitnodigingen"))');
check(open.includes('Uitgenodigd:') && !open.includes('02030511719'), `de open uitnodiging staat er, het rijksregisternummer gemaskeerd (${open.match(/Uitgenodigd: \S+/)?.[0]})`);
check(!(await tekst(an)).includes('Janssens'), 'over Lotte toont de Chiro nog niets');
await reis.scherm('uitnodiging-verstuurd');

// Lotte, in another browser.
const lotte = await reis.nieuweContext();
await meldAan(lotte, 'Lotte');
const blok = lotte.getByRole('region', { name: 'Uitnodigingen' });
await blok.waitFor();
check((await blok.innerText()).includes('Chiro Sint-Jan Gent'), 'Lotte ziet de uitnodiging na het aanmelden');
await reis.scherm('uitnodiging-ontvangen', lotte);
await blok.getByRole('button', { name: 'Aanvaarden' }).click();
await lotte.getByRole('status').filter({ hasText: 'Je bent nu vertegenwoordiger van Chiro Sint-Jan Gent' }).waitFor();
await lotte.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await lotte.getByRole('heading', { level: 1, name: 'Chiro Sint-Jan Gent' }).waitFor();
check(true, 'na aanvaarden opent Lotte de Chiro');
await reis.scherm('uitnodiging-aanvaard', lotte);

// An sees Lotte among the representatives, the invitation gone, and the history.
await an.reload();
await an.getByRole('heading', { name: 'Vertegenwoordigers' }).waitFor();
const naAanvaarden = await tekst(an);
check(naAanvaarden.includes('Janssens'), 'An ziet Lotte bij de vertegenwoordigers');
check(naAanvaarden.includes('Er zijn geen openstaande uitnodigingen.'), 'en geen openstaande uitnodiging meer');
await naarTab(an, 'Historiek');
await an.getByText(/aanvaard/i).first().waitFor();
check(true, 'de historiek vermeldt de aanvaarde uitnodiging');
await reis.scherm('historiek', an);

await reis.einde();

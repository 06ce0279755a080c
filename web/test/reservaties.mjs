// Smoke test: the association's overview ("Actie nodig" on top, a part that fails on its own) and the "Reservaties"
// tab: checking what is free with field errors, reserving through the service's form, following it until the agency
// holds it, and confirming in place. Needs a freshly started demo host: see web/test/README.md.
import { document, location, sessionStorage, wacht, wachtTot, zichtbaar, pagina, status, knop, veld, foutBij, check, ga, BASE } from './helpers.mjs';

// A part of the overview that fails cannot be produced by the demo on demand: that answer is injected at the fetch level.
const echte = globalThis.fetch;
let storing = null;
globalThis.fetch = (u, o) => storing?.(String(u), o ?? {}) ?? echte(u, o);

const dag = (n) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const actieVak = () => pagina().querySelectorAll('section').find((s) => s.querySelector('h2')?.textContent === 'Actie nodig');
const kaart = (titel) => pagina().querySelectorAll('.kaart').find((k) => k.querySelector('h3')?.textContent === titel);

await import('../js/app.js');
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten');
knop('Aanmelden als An').click();
await wachtTot(() => pagina().querySelectorAll('.vereniging-item').length >= 2, 'lijst');

// 1. The bare address is the overview: nothing waits yet, and the blocks lead on.
pagina().querySelectorAll('a').find((a) => a.textContent === 'Chiro Sint-Jan Gent').click();
await wachtTot(() => location.hash === '#/verenigingen/V0001001', 'naar de vereniging');
await wachtTot(() => zichtbaar(actieVak() ?? pagina()).includes('Er is niets dat op jullie wacht.'), 'overzicht: niets nodig', 15000);
await wachtTot(() => zichtbaar(kaart('Aanbod')).includes('diensten kan je nu aanvragen'), 'overzicht: aanbod', 15000);
check(pagina().querySelector('.tabs a[aria-current="page"]')?.textContent === 'Overzicht', 'eerste tab is Overzicht en is de huidige');
check(pagina().querySelectorAll('.tabs a').map((a) => a.textContent).join(',')
  === 'Overzicht,Gegevens,Gekende gegevens,Aanbod,Dossiers,Reservaties,Historiek,Gedeelde gegevens,Meldingen', 'tabs in de afgesproken volgorde');
check(zichtbaar(kaart('Dossiers')).includes('nog geen dossiers'), 'lege toestand dossiers zegt wat te doen');
check(zichtbaar(kaart('Aanbod')).includes('wettelijke verplichtingen'), 'wettelijke verplichtingen geteld');
check(kaart('Gegevens').querySelectorAll('a').map((a) => a.getAttribute('href')).join(' ')
  .includes('#/verenigingen/V0001001/gekend'), 'link naar gekende gegevens');

// 2. One part fails, the rest still shows; trying again loads only that part.
storing = (u, o) => ((o.method ?? 'GET') === 'GET' && u.includes('/aanbod')
  ? Promise.resolve(new Response(JSON.stringify({ title: 'Een gegevensbron is tijdelijk niet bereikbaar.', status: 503, detail: 'De catalogus antwoordt niet.' }),
    { status: 503, headers: { 'Content-Type': 'application/problem+json' } }))
  : null);
await ga('/verenigingen/V0001001/gekend');
await ga('/verenigingen/V0001001');
await wachtTot(() => zichtbaar(kaart('Aanbod')).includes('Het aanbod kon niet geladen worden.'), 'fout in het aanbod-blok');
await wachtTot(() => zichtbaar(actieVak()).includes('Er is niets dat op jullie wacht.'), 'actie nodig toont toch');
check(zichtbaar(kaart('Aanbod')).includes('over een paar minuten'), 'fout zegt wat te doen');
check(zichtbaar(kaart('Dossiers')).includes('nog geen dossiers'), 'dossiers-blok toont toch');
storing = null;
knop('Opnieuw proberen', kaart('Aanbod')).click();
await wachtTot(() => zichtbaar(kaart('Aanbod')).includes('diensten kan je nu aanvragen'), 'aanbod na opnieuw proberen');

// 3. Reservations: empty state, then availability with the API's field errors next to the fields.
knop('Reservaties').click();
await wachtTot(() => location.hash === '#/verenigingen/V0001001/reservaties', 'naar reservaties');
await wachtTot(() => zichtbaar(pagina()).includes('Jullie hebben nog geen reservaties'), 'lege toestand reservaties');
const form = await wachtTot(() => pagina().querySelectorAll('form').find((f) => f.getAttribute('aria-label') === 'Beschikbaarheid nakijken'), 'formulier beschikbaarheid');
check(zichtbaar(pagina()).includes('Kijk hieronder wat een uitleendienst vrij heeft'), 'lege toestand zegt wat te doen');
veld('Van', form).typ(dag(12));
veld('Tot en met', form).typ(dag(10));
knop('Beschikbaarheid nakijken', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'fouten beschikbaarheid');
check(foutBij(veld('Uitleendienst', form)).includes('Kies een dienst'), 'fout bij de uitleendienst (productnummer)');
check(foutBij(veld('Materiaal', form)).includes('Kies het materiaal'), 'fout bij het materiaal');
check(foutBij(veld('Tot en met', form)).includes('vóór de begindatum'), 'fout bij de einddatum');
veld('Uitleendienst', form).kies('4005');
veld('Materiaal', form).typ('tent');
veld('Tot en met', form).typ(dag(13));
knop('Beschikbaarheid nakijken', form).click();
await wachtTot(() => zichtbaar(pagina()).includes('Vrij bij Stad Gent: 3 × tent'), 'beschikbaarheid getoond', 15000);
check(!foutBij(veld('Materiaal', form)), 'oude fouten gewist');

// 4. Reserving opens the service's own form, pre-filled with what was checked; then it is followed until held.
knop('Reserveren').click();
const aanvraag = await wachtTot(() => pagina().querySelectorAll('form').find((f) => f.classList.contains('formulier-kader')), 'aanvraagformulier', 15000);
check(veld('Welk materiaal wil je lenen, en hoeveel?', aanvraag).value === 'tent', 'materiaal ingevuld');
check(veld('Ophaaldatum', aanvraag).value === dag(12) && veld('Terugbrengdatum', aanvraag).value === dag(13), 'data ingevuld');
veld('Voor welke activiteit?', aanvraag).typ('Zomerfeest');
veld('E-mailadres voor vragen over deze aanvraag', aanvraag).typ('an@chirosintjan.be');
knop('Aanvraag indienen', aanvraag).click();
await wachtTot(() => zichtbaar(pagina()).includes('voor jullie vast te houden'), 'opvolging getoond', 15000);
const bevestigen = () => pagina().querySelectorAll('.reservaties button').find((b) => b.textContent.startsWith('Bevestigen'));
await wachtTot(bevestigen, 'vastgehouden, met Bevestigen', 30000);
// The list of reservations may show the held one before the follow-up's own read does; that read then says so and
// draws the list again with the focus on its button.
await wachtTot(() => status().includes('Stad Gent houdt 1 × tent'), 'melding vastgehouden', 30000);
const bevestigKnop = await wachtTot(() => document.activeElement === bevestigen() && bevestigen(), 'focus op Bevestigen', 15000);
check(zichtbaar(bevestigKnop.closest('li')).includes('Bevestig je reservatie vóór'), 'termijn om te bevestigen bij de reservatie');

// 5. An agency's question, through the API as a second dossier; the overview lists both under "Actie nodig".
const token = JSON.parse(sessionStorage.getItem('vloket.sessie')).token;
const metToken = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
// A file question takes the id of a file uploaded first.
const opgeladen = await fetch(new URL('api/verenigingen/V0001001/bijlagen', BASE), {
  method: 'POST',
  headers: metToken,
  body: JSON.stringify({ naam: 'verslag.pdf', contentType: 'application/pdf', inhoudBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') }),
});
check(opgeladen.status === 201, 'werkingsverslag opgeladen');
const werkingsverslag = (await opgeladen.json()).bijlageId;
const r = await fetch(new URL('api/verenigingen/V0001001/aanvragen', BASE), {
  method: 'POST',
  headers: metToken,
  body: JSON.stringify({ productnummer: '4001', antwoorden: { aantalLeden: 40, aantalLeiding: 8, werkingsverslag, email: 'an@chirosintjan.be', scenario: 'aanvullen' } }),
});
check(r.status === 202, 'aanvraag met een vraag van de instantie (scenario aanvullen)');
const vraagId = (await r.json()).dossierId;
for (const eind = Date.now() + 30000; ;) {
  const d = await (await fetch(new URL(`api/verenigingen/V0001001/dossiers/${vraagId}`, BASE), { headers: metToken })).json();
  if (d.actieNodig) break;
  if (Date.now() > eind) throw new Error('MISLUKT: de instantie stelde geen vraag');
  await wacht(250);
}
await ga('/verenigingen/V0001001');
await wachtTot(() => actieVak()?.querySelectorAll('li.dossier-item').length === 2, 'twee dossiers onder Actie nodig', 15000);
const actie = zichtbaar(actieVak());
console.log('    actie nodig:', actie.replace(/\n/g, ' | ').slice(0, 400));
check(actie.includes('2 dossiers wachten op jullie.'), 'aantal in Actie nodig');
check(actie.includes('Bevestig je reservatie vóór'), 'reservatie te bevestigen, met de tekst van de API');
check(actieVak().querySelectorAll('a.knop').every((a) => /^#\/verenigingen\/V0001001\/dossiers\/D/.test(a.getAttribute('href'))), 'elk met een knop naar het dossier');
check(zichtbaar(kaart('Reservaties')).includes('nog te bevestigen'), 'reservaties-blok telt wat te bevestigen is');

// 6. Confirming in place: the button stays busy until the dossier moved on, then the reservation is in the past list.
knop('Reservaties').click();
const knop2 = await wachtTot(() => pagina().querySelectorAll('.reservaties button').find((b) => b.textContent.startsWith('Bevestigen')), 'Bevestigen na terugkeer', 15000);
const dossierId = knop2.closest('li').dataset.dossier;
knop2.click();
await wachtTot(() => knop2.getAttribute('aria-disabled') === 'true' && knop2.textContent === 'Bezig met bevestigen…', 'knop bezig');
await wachtTot(() => status().includes('Je reservatie is bevestigd'), 'bevestigd', 30000);
const item = await wachtTot(() => pagina().querySelectorAll('li.dossier-item').find((li) => li.dataset.dossier === dossierId && zichtbaar(li).includes('Goedgekeurd')), 'bevestigd in de lijst');
check(zichtbaar(item).includes('Reservatie bevestigd'), 'reservatie bevestigd in de lijst');
check(pagina().querySelectorAll('h3').find((h) => h.textContent === 'Afgelopen reservaties')?.parentNode.contains(item), 'bij de afgelopen reservaties');
check(document.activeElement === item.querySelector('a'), 'focus volgt de reservatie');
check(zichtbaar(pagina()).includes('Er is geen lopende reservatie.'), 'lege toestand lopend zegt wat te doen');
console.log('reservaties: geslaagd');
process.exit(0);

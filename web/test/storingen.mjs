// Smoke test: failures the demo cannot produce on demand (503, network, 404 on a part, 412 on delete), ETag handling.
// Needs a freshly started demo host: see web/test/README.md.
import { document, location, sessionStorage, wacht, wachtTot, zichtbaar, pagina, fout, status, knop, veld, foutBij, check, ga, BASE } from './helpers.mjs';

// Failures the live demo cannot produce on demand are injected at the fetch level.
const echte = globalThis.fetch;
let storing = null;
globalThis.fetch = (u, o) => {
  const s = storing?.(String(u), o ?? {});
  if (s) return Promise.resolve(s);
  return echte(u, o);
};
const probleem = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

await import('../js/app.js');
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten');
knop('Aanmelden als An').click();
await wachtTot(() => pagina().querySelectorAll('.vereniging-item').length >= 2, 'lijst');

// 503 on KBO
await ga('/kbo');
await wachtTot(() => pagina().querySelector('form'), 'kbo');
storing = (u) => (u.endsWith('/api/verenigingen/kbo')
  ? probleem(503, { type: 'x', title: 'Een gegevensbron is tijdelijk niet bereikbaar.', status: 503, detail: 'De KBO antwoordt niet.' })
  : null);
let form = pagina().querySelector('form');
veld('Ondernemingsnummer', form).typ('0876543270');
knop('Vereniging opzoeken en toevoegen').click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, '503 getoond');
const t503 = zichtbaar(form.querySelector('.foutoverzicht'));
console.log('    503:', t503.replace(/\n/g, ' | '));
check(t503.includes('tijdelijk niet bereikbaar') && t503.includes('over een paar minuten'), '503 uitgelegd');
check(knop('Vereniging opzoeken en toevoegen').getAttribute('aria-disabled') === null, 'knop weer bruikbaar');

// 503 of the loket's own storage: its title, and "try again" said once (the detail already says it).
storing = (u) => (u.endsWith('/api/verenigingen/kbo')
  ? probleem(503, { type: 'x', title: 'Dit lukt nu even niet.', status: 503, detail: 'De opslag van het loket antwoordt niet; er is niets gewijzigd. Probeer het over enkele minuten opnieuw.' })
  : null);
knop('Vereniging opzoeken en toevoegen').click();
await wachtTot(() => zichtbaar(form.querySelector('.foutoverzicht')).includes('Dit lukt nu even niet'), '503 van het loket getoond');
const eigen503 = zichtbaar(form.querySelector('.foutoverzicht'));
console.log('    503 loket:', eigen503.replace(/\n/g, ' | '));
check(!eigen503.includes('gegevensbron') && (eigen503.match(/opnieuw/g) ?? []).length === 1, '503 van het loket: eigen titel, één keer "opnieuw"');
storing = null;

// Network failure on the list
storing = (u) => (u.endsWith('/api/mijn/verenigingen') ? Promise.reject(new TypeError('Failed to fetch')) : null);
globalThis.fetch = (u, o) => { const s = storing?.(String(u), o ?? {}); return s ? Promise.resolve(s).then((x) => x) : echte(u, o); };
await ga('/verenigingen');
await wachtTot(() => fout().includes('niet bereikbaar'), 'netwerkfout');
console.log('    netwerk:', fout().replace(/\n/g, ' | '));
storing = null;

// Sub-resource gone meanwhile → 404 from PATCH, shown in the form
await ga('/verenigingen/V0001002/gegevens');
await wachtTot(() => pagina().querySelectorAll('section').length >= 6, 'detail');
knop('0470 12 34 56 wijzigen').click();
form = pagina().querySelector('.formulier-kader');
storing = (u, o) => (o.method === 'PATCH' && u.includes('/contactgegevens/')
  ? probleem(404, { type: 'x', title: 'Niet gevonden.', status: 404, detail: 'Dit contactgegeven bestaat niet.' })
  : null);
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, '404 in formulier');
check(zichtbaar(form.querySelector('.foutoverzicht')).includes('Dit contactgegeven bestaat niet.'), '404 met uitleg van de API');
knop('Annuleren', form).click();
check(document.activeElement?.textContent === 'Wijzigen', 'focus terug naar de wijzigknop');

// Someone else changes the association outside this page (a second tab, another representative).
const token = JSON.parse(sessionStorage.getItem('vloket.sessie')).token;
async function andereWijziging(pad, body) {
  const kop = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const r = await echte(new URL('api/verenigingen/V0001002', BASE), { headers: kop });
  const p = await echte(new URL(`api/verenigingen/V0001002${pad}`, BASE), { method: 'PATCH', headers: { ...kop, 'If-Match': r.headers.get('ETag') }, body: JSON.stringify(body) });
  check(p.status === 200, `andere wijziging buiten de UI: ${pad || 'basisgegevens'}`);
}

// 412 on delete: the item changed meanwhile → message beside the list with the newer value, focus on it, delete anyway
let herladen = 0;
storing = (u, o) => {
  if (o.method === 'GET' && u.endsWith('/api/verenigingen/V0001002')) herladen++;
  return null;
};
knop('0470 12 34 56 verwijderen').click();
await wachtTot(() => document.querySelector('dialog'), 'dialoog');
await andereWijziging('/contactgegevens/2', { beschrijving: 'Gsm van de voorzitter' });
knop('Ja, verwijderen', document.querySelector('dialog')).click();
const conflict = await wachtTot(() => pagina().querySelectorAll('.melding-fout').find((m) => m.textContent.includes('intussen gewijzigd')), '412 bij verwijderen');
check(herladen === 1, 'na 412 opnieuw geladen');
console.log('    412 verwijderen:', zichtbaar(conflict).replace(/\n/g, ' | '));
check(zichtbaar(conflict).includes('Intussen opgeslagen door iemand anders') && zichtbaar(conflict).includes('Gsm van de voorzitter'), '412 bij verwijderen toont de nieuwere waarde');
check(document.activeElement === conflict, 'focus op de melding');
storing = null;
knop('Toch verwijderen', conflict).click();
await wachtTot(() => status().includes('Contactgegeven verwijderd'), 'toch verwijderd met de nieuwe versie');
check(!zichtbaar(pagina()).includes('0470 12 34 56') && !conflict.isConnected, 'weg uit de lijst, melding weg');

// 412 on the basic data: the newer value is shown in the form, what was typed stays
knop('Basisgegevens wijzigen').click();
form = pagina().querySelector('.formulier-kader');
veld('Korte naam', form).typ('Den Dries');
await andereWijziging('', { korteBeschrijving: 'Buurtfeest en rommelmarkt.' });
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, '412 basisgegevens');
const basis412 = zichtbaar(form.querySelector('.foutoverzicht'));
console.log('    412 basisgegevens:', basis412.replace(/\n/g, ' | '));
check(basis412.includes('Korte beschrijving') && basis412.includes('Buurtfeest en rommelmarkt.') && basis412.includes('(was: Buurtfeest, rommelmarkt'), '412 toont de nieuwere basisgegevens');
check(document.activeElement === form.querySelector('.foutoverzicht'), 'focus op de melding (basisgegevens)');
check(veld('Korte naam', form).value === 'Den Dries', 'invoer behouden na 412 (basisgegevens)');
knop('Annuleren', form).click();

// If-Match is sent with the latest ETag, and updated after each write
const gezien = [];
storing = (u, o) => { if (o.method !== 'GET') gezien.push([o.method, o.headers['If-Match']]); return null; };
knop('Basisgegevens wijzigen').click();
form = pagina().querySelector('.formulier-kader');
veld('Korte naam', form).typ('Den Dries');
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => status().includes('bewaard'), 'bewaard 1');
knop('Basisgegevens wijzigen').click();
form = pagina().querySelector('.formulier-kader');
veld('Korte naam', form).typ('Dries');
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => zichtbaar(pagina()).includes('Dries') && !pagina().querySelector('.formulier-kader'), 'bewaard 2');
check(gezien.length === 2 && gezien[0][1] && gezien[1][1] && gezien[0][1] !== gezien[1][1], `If-Match telkens met nieuwste ETag: ${JSON.stringify(gezien)}`);

// Search Brussels
knop('Basisgegevens wijzigen').click();
form = pagina().querySelector('.formulier-kader');
form.querySelector('input[type=search]').typ('brussel');
check(zichtbaar(form.querySelector('.zoekresultaten')).includes('Brussels Hoofdstedelijk Gewest – Gewest'), 'Brussel vindbaar als gewest');
form.querySelector('input[type=search]').typ('niet van');
form.querySelector('.zoekresultaten input').click();
check(zichtbaar(form.querySelector('.chips')).trim().startsWith('Niet van toepassing') && form.querySelectorAll('.chip').length === 1, 'NVT sluit de rest uit');
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => status().includes('bewaard') && !pagina().querySelector('.formulier-kader'), 'bewaard NVT');
check(zichtbaar(pagina()).includes('Niet van toepassing'), 'NVT getoond');
// Summary names its field
knop('Basisgegevens wijzigen').click();
form = pagina().querySelector('.formulier-kader');
veld('Naam van de vereniging', form).typ('');
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'naam leeg');
check(zichtbaar(form.querySelector('.foutoverzicht')).includes('Naam van de vereniging: Dit veld is verplicht.'), 'overzicht noemt het veld');
console.log('storingen: geslaagd');
process.exit(0);

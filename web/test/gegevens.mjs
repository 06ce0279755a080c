// Smoke test: the "Gekende gegevens" tab of the Chiro (demo data at the simulated sources), refreshing, and a warning
// for a source that is down. Needs a freshly started demo host: see web/test/README.md.
import { wachtTot, zichtbaar, pagina, status, knop, check, ga } from './helpers.mjs';

// A source that is down cannot be switched off from the browser, so that answer is injected at the fetch level.
const echte = globalThis.fetch;
let storing = null;
globalThis.fetch = (u, o) => storing?.(String(u), o ?? {}) ?? echte(u, o);

await import('../js/app.js');
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten');
knop('Aanmelden als An').click();
await wachtTot(() => pagina().querySelectorAll('.vereniging-item').length >= 2, 'lijst');

await ga('/verenigingen/V0001001/gekend');
await wachtTot(() => zichtbaar(pagina()).includes('Erkenningen'), 'gekende gegevens');
let tekst = zichtbaar(pagina());
console.log('    gekend:', tekst.slice(0, 300).replace(/\n/g, ' | '));
check(tekst.includes('Animator in het jeugdwerk') && tekst.includes('Hoofdanimator'), 'attesten van An');
check(tekst.includes('Erkenning als jeugdwerkorganisatie') && tekst.includes('Actief') && tekst.includes('Verlopen'), 'erkenningen met status');
check(tekst.includes('bevestigd door Departement Cultuur, Jeugd en Media'), 'bevestigde rekening');
check(tekst.includes('85.09.23-xxx.xx') && !tekst.includes('85092328401'), 'INSZ van Karim gemaskeerd');
check(tekst.includes('Verenigingsregister') && tekst.includes('Geldig tot'), 'bron en geldigheid');

knop('Vernieuwen').click();
await wachtTot(() => status().includes('De gegevens zijn vernieuwd.'), 'vernieuwd', 20000);
await wachtTot(() => pagina().querySelectorAll('button').find((k) => k.textContent === 'Vernieuwen'), 'knop terug');
check(knop('Vernieuwen').getAttribute('aria-disabled') === null, 'knop weer bruikbaar');

// The view with a source down: the warning comes first, the last known data stays.
storing = (u, o) => {
  if (!u.endsWith('/gegevens') || (o.method ?? 'GET') !== 'GET') return null;
  return echte(u, o).then(async (r) => {
    const body = await r.json();
    body.waarschuwingen = [{ bron: 'attesten', melding: 'De bron ‘Jeugdadministratie (attesten jeugdwerk)’ is nu niet bereikbaar. Je ziet de gegevens van 30 november 2026 om 14:05.' }];
    body.bronnen = body.bronnen.map((b) => (b.bron === 'attesten' ? { ...b, status: 'verouderd' } : b));
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
};
await ga('/verenigingen/V0001001');
await ga('/verenigingen/V0001001/gekend');
await wachtTot(() => pagina().querySelector('.melding-waarschuwing'), 'waarschuwing');
tekst = zichtbaar(pagina());
check(tekst.includes('is nu niet bereikbaar') && tekst.includes('laatst gekende gegevens'), 'waarschuwing en staat van de bron');
check(tekst.includes('Hoofdanimator'), 'laatst gekende attesten blijven zichtbaar');
storing = null;
console.log('gegevens.mjs: ok');

import { h, vervang, nieuwId, vandaag } from '../../ui.js';
import { onderdelenMenu, instantieNaam, sneltoetsen } from './gedeeld.js';
import { reservatieStatus, periodeTekst, laadKalender, reservatieTabel } from './uitleen.js';

// The lending service's calendar: per week a table of days × items (how many are in use, who holds them, unavailable
// days), then every reservation of the period with its state; one that waits for approval is decided in place.
// The period is in the address (#/behandeling/{ovo}/kalender/{monday}/{weeks}), so back, forward and links work.

const WEKEN = [1, 2, 4];
const DAG_MS = 86400000;
const dagKop = new Intl.DateTimeFormat('nl-BE', { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' });
const dagLang = new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

// Days as yyyy-MM-dd, counted in UTC so no time zone or daylight saving shift moves a day.
const alsDatum = (dag) => new Date(`${dag}T00:00:00Z`);
const alsDag = (d) => d.toISOString().slice(0, 10);
const plus = (dag, n) => alsDag(new Date(alsDatum(dag).getTime() + n * DAG_MS));
const maandag = (dag) => plus(dag, -((alsDatum(dag).getUTCDay() + 6) % 7));

/** #/behandeling/{ovo}/kalender[/{yyyy-MM-dd}[/{weken}]] */
export async function toon({ vak, params, titel, navigeer, actief }) {
  const [ovo, gevraagd, wekenTekst] = params;
  const weken = WEKEN.includes(Number(wekenTekst)) ? Number(wekenTekst) : 1;
  const van = maandag(gevraagd && !Number.isNaN(alsDatum(gevraagd).getTime()) ? gevraagd : vandaag());
  const tot = plus(van, weken * 7 - 1);
  const adres = (dag, n = weken) => `/behandeling/${ovo}/kalender/${dag}${n === 1 ? '' : `/${n}`}`;
  titel('Kalender – Behandelloket');

  const kop = h('h1', {}, 'Kalender van de uitleendienst');
  const inhoud = h('div', {}, h('p', { class: 'laden' }, 'De kalender wordt geladen…'));
  vak.append(kop, onderdelenMenu(ovo, 'kalender'),
    h('p', {}, 'Wie wanneer wat vasthoudt of bevestigde, per dag, en welke dagen iets niet beschikbaar is.'),
    navigatie(),
    h('p', { class: 'zacht', id: 'sneltoetsen' }, 'Sneltoetsen: v vorige periode, n volgende periode, t deze week.'),
    inhoud);
  sneltoetsen(actief, { v: () => navigeer(adres(plus(van, -7 * weken))), n: () => navigeer(adres(plus(van, 7 * weken))), t: () => navigeer(adres(maandag(vandaag()))) });

  const naam = await instantieNaam(ovo);
  if (!actief()) return;
  if (naam !== ovo) kop.textContent = `Kalender ${naam}`;
  titel(`Kalender ${periodeTekst({ van, tot })} – ${naam}`);
  await laad();

  function navigatie() {
    const datumId = nieuwId('kalender-datum');
    const wekenId = nieuwId('kalender-weken');
    const datum = h('input', { id: datumId, type: 'date', value: van });
    const aantal = h('select', { id: wekenId }, WEKEN.map((n) => h('option', { value: String(n), selected: n === weken }, n === 1 ? '1 week' : `${n} weken`)));
    const vorm = h('form', { class: 'filters', 'aria-label': 'Periode kiezen' },
      h('div', { class: 'veld' }, h('label', { for: datumId }, 'Week van'), datum),
      h('div', { class: 'veld' }, h('label', { for: wekenId }, 'Toon'), aantal),
      h('button', { type: 'submit', class: 'knop knop-secundair' }, 'Tonen'));
    vorm.addEventListener('submit', (e) => {
      e.preventDefault();
      navigeer(adres(maandag(datum.value || vandaag()), Number(aantal.value)));
    });
    return h('div', {},
      h('p', { class: 'periode-titel' }, h('strong', {}, periodeTekst({ van, tot }))),
      h('nav', { class: 'knoppen', 'aria-label': 'Periode' },
        h('a', { class: 'knop knop-secundair', href: `#${adres(plus(van, -7 * weken))}` }, weken === 1 ? '← Vorige week' : `← Vorige ${weken} weken`),
        h('a', { class: 'knop knop-secundair', href: `#${adres(maandag(vandaag()))}` }, 'Deze week'),
        h('a', { class: 'knop knop-secundair', href: `#${adres(plus(van, 7 * weken))}` }, weken === 1 ? 'Volgende week →' : `Volgende ${weken} weken →`)),
      vorm);
  }

  async function laad() {
    const kalender = await laadKalender(ovo, van, tot, { vak: inhoud, actief, wat: 'De kalender' });
    if (!kalender) return;
    const { items, reservaties } = kalender;
    if (!items.length && !reservaties.length) {
      vervang(inhoud, h('p', {}, 'Er staat nog niets in de voorraad. ', h('a', { href: `#/behandeling/${ovo}/voorraad` }, 'Voeg materiaal of lokalen toe'), '.'));
      return;
    }
    const namen = new Map(items.map((i) => [i.code, i.naam]));
    const weekTabellen = [];
    for (let w = 0; w < weken; w++) weekTabellen.push(weekTabel(plus(van, 7 * w), items, reservaties));
    vervang(inhoud,
      h('section', { class: 'sectie', 'aria-labelledby': 'kop-bezetting' }, h('h2', { id: 'kop-bezetting' }, 'Bezetting per dag'), weekTabellen),
      h('section', { class: 'sectie', 'aria-labelledby': 'kop-reservaties' },
        h('h2', { id: 'kop-reservaties', tabindex: '-1' }, 'Reservaties in deze periode'),
        reservaties.length
          ? reservatieTabel(ovo, reservaties, { namen, bijschrift: `Reservaties ${periodeTekst({ van, tot })}`, klasse: 'reservatielijst', naBeslissing })
          : h('p', {}, 'Geen reservaties in deze periode.')));
  }

  async function naBeslissing() {
    await laad();
    document.getElementById('kop-reservaties')?.focus();
  }
}

/** One week: a row per item, a column per day; each cell says how many are in use and by whom, or that it is unavailable. */
function weekTabel(maandagDag, items, reservaties) {
  const dagen = Array.from({ length: 7 }, (_, i) => plus(maandagDag, i));
  const vandaagDag = vandaag();
  const tabel = h('table', { class: 'kalender' },
    h('caption', {}, `Week van ${periodeTekst({ van: dagen[0], tot: dagen[6] })}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Materiaal'),
      dagen.map((d) => h('th', { scope: 'col', class: d === vandaagDag ? 'vandaag' : null },
        h('abbr', { title: dagLang.format(alsDatum(d)) }, dagKop.format(alsDatum(d))), d === vandaagDag ? h('span', { class: 'visueel-verborgen' }, ' (vandaag)') : null)))),
    h('tbody', {}, items.map((item) => h('tr', {},
      h('th', { scope: 'row' }, item.naam, h('br'), h('span', { class: 'zacht' }, `${item.aantal} × ${item.code}`)),
      dagen.map((d) => cel(item, d, reservaties))))));
  // A wide week scrolls inside its own frame on a small screen; the frame can take focus so a keyboard can scroll it.
  return h('div', { class: 'kalender-kader', tabindex: '0', role: 'region', 'aria-label': `Week van ${periodeTekst({ van: dagen[0], tot: dagen[6] })}` }, tabel);
}

function cel(item, dag, reservaties) {
  const weg = item.onbeschikbaar.find((o) => o.van <= dag && dag <= o.tot);
  if (weg) return h('td', { class: 'onbeschikbaar' }, h('strong', {}, 'Niet beschikbaar'), h('br'), weg.reden);
  const op = reservaties.filter((r) => r.materiaal === item.code && r.van <= dag && dag <= r.tot);
  const inGebruik = op.reduce((som, r) => som + r.aantal, 0);
  return h('td', { class: inGebruik >= item.aantal ? 'volzet' : inGebruik ? 'deels' : null },
    inGebruik ? `${inGebruik} van ${item.aantal} in gebruik` : h('span', { class: 'zacht' }, 'vrij'),
    op.length ? h('ul', { class: 'wie' }, op.map((r) => h('li', {}, `${r.vCode}: ${r.aantal} × ${reservatieStatus(r).label.toLowerCase()}`))) : null);
}

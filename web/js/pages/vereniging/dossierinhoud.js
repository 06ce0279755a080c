import { haalDocument } from '../../api.js';
import { h, badge, datum, tijdstip, metBezig, toonApiFout } from '../../ui.js';
import { bronNaam, bronTekst } from './herkomst.js';
import { grootteTekst } from '../../bestanden.js';

// What a dossier shows: its phase, its status history, its documents and the answers with where the loket took them from.

// The phases of a dossier, in the volunteers' words, with the badge colour that goes with them.
const FASEN = {
  Concept: { label: 'Concept', soort: '' },
  Ingediend: { label: 'Ingediend', soort: 'info' },
  InBehandeling: { label: 'In behandeling', soort: 'info' },
  ActieNodig: { label: 'Actie nodig', soort: 'actie' },
  Goedgekeurd: { label: 'Goedgekeurd', soort: 'actief' },
  Afgekeurd: { label: 'Afgekeurd', soort: 'afgekeurd' },
  Geannuleerd: { label: 'Geannuleerd', soort: 'gestopt' },
  Verlopen: { label: 'Verlopen', soort: 'gestopt' },
};

export function faseLabel(fase) {
  return FASEN[fase]?.label ?? fase ?? '';
}

export function faseBadge(fase) {
  return badge(faseLabel(fase), FASEN[fase]?.soort ?? '');
}

export function tijdlijn(items) {
  if (!items.length) return h('p', {}, 'Nog geen statuswijzigingen.');
  const gesorteerd = [...items].sort((a, b) => new Date(b.tijdstip) - new Date(a.tijdstip));
  return h('ol', { class: 'tijdlijn', 'aria-label': 'Statusgeschiedenis, de meest recente eerst' }, gesorteerd.map((s) => h('li', {},
    h('p', {}, h('time', { datetime: s.tijdstip, class: 'zacht' }, tijdstip(s.tijdstip)), ' ', faseBadge(s.fase),
      s.label && s.label !== faseLabel(s.fase) ? h('span', {}, ` ${s.label}`) : null),
    s.toelichting ? h('p', { class: 'toelichting' }, s.toelichting) : null)));
}

export function documentenLijst(documenten) {
  if (!documenten.length) return h('p', {}, 'Er zijn nog geen documenten.');
  return h('ul', { class: 'kale-lijst documenten' }, documenten.map((doc) => {
    const knop = h('button', { type: 'button', class: 'knop knop-link' }, `${doc.naam} downloaden`);
    knop.addEventListener('click', () => download(doc, knop));
    return h('li', {}, knop,
      h('span', { class: 'zacht' }, ` ${grootteTekst(doc.grootte)}${doc.soort ? ` – ${doc.soort}` : ''}, toegevoegd op ${tijdstip(doc.toegevoegd)}`),
      doc.metAanvraag ? [' ', badge('Meegestuurd met de aanvraag', 'info')] : null);
  }));
}

async function download(doc, knop) {
  await metBezig(knop, 'Bezig met downloaden…', async () => {
    try {
      const blob = await haalDocument(doc.url);
      const adres = URL.createObjectURL(blob);
      const a = h('a', { href: adres, download: doc.naam || 'document', hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(adres), 60000);
    } catch (fout) {
      toonApiFout(fout);
    }
  });
}

export function antwoordenLijst(d, vragen) {
  const antwoorden = d.antwoorden ?? {};
  // herkomst says where the loket took pre-filled answers from: per source path ({"vereniging.naam": "KBO"}),
  // or one source for all ({bron: "KBO"}).
  const herkomst = d.herkomst && typeof d.herkomst === 'object' ? d.herkomst : {};
  const algemeen = typeof herkomst.bron === 'string' ? herkomst.bron : null;
  const gegeven = (s) => antwoorden[s] !== undefined && antwoorden[s] !== null && antwoorden[s] !== '';
  const rijen = [];
  const getoond = new Set();
  for (const v of vragen ?? []) {
    const uitBron = v.bron ? herkomst[v.bron] ?? algemeen : null;
    if (gegeven(v.sleutel)) {
      rijen.push(rij(v.label ?? v.sleutel, toonAntwoord(v, antwoorden[v.sleutel], d.documenten), v.bron && uitBron ? `ingevuld door het loket uit ${bronNaam(uitBron)}` : null));
    } else if (v.bron && uitBron) {
      rijen.push(rij(v.label ?? v.sleutel, null, `Ingevuld door het loket uit ${bronNaam(uitBron)}.`));
    } else {
      continue;
    }
    getoond.add(v.sleutel);
    if (v.bron) getoond.add(v.bron);
  }
  for (const [s, w] of Object.entries(antwoorden)) if (!getoond.has(s) && gegeven(s)) rijen.push(rij(s, toonAntwoord({}, w, d.documenten), null));
  for (const [pad, bron] of Object.entries(herkomst)) {
    if (pad !== 'bron' && !getoond.has(pad) && typeof bron === 'string') rijen.push(rij(bronTekst(pad), null, `Ingevuld door het loket uit ${bronNaam(bron)}.`));
  }
  return [
    algemeen ? h('p', {}, `Wat het loket zelf invulde, komt uit ${bronNaam(algemeen)}.`) : null,
    rijen.length ? h('dl', { class: 'gegevens' }, rijen) : h('p', {}, 'Er zijn geen antwoorden bewaard.'),
  ];
}

function rij(label, waarde, noot) {
  return [h('dt', {}, label), h('dd', {}, waarde, waarde && noot ? ' ' : null,
    noot ? h('span', { class: waarde ? 'zacht' : '' }, waarde ? `(${noot})` : noot) : null)];
}

/** An answer as the volunteer reads it: a date in words, ja/nee, several choices, a file by its name. */
function toonAntwoord(v, waarde, documenten = []) {
  if (v.type === 'bestand') return documenten.find((doc) => doc.documentId === waarde)?.naam ?? 'Bestand meegestuurd';
  if (typeof waarde === 'boolean') return waarde ? 'Ja' : 'Nee';
  if (Array.isArray(waarde)) return waarde.join(', ');
  if (v.type === 'datum') return datum(String(waarde));
  if (typeof waarde === 'number') return waarde.toLocaleString('nl-BE');
  return String(waarde);
}

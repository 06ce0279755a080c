import { behandelApi } from '../../api.js';
import { h, badge, tijdstip, toonApiFout, toonSucces, stapelbaar, nieuwId, metBezig } from '../../ui.js';
import { TOESTANDEN, toestandBadge, sneltoetsen, onderdelenMenu, instantieNaam } from './gedeeld.js';

// The behandelloket's inbox: an agency's applications, overdue first, with filters and keyboard shortcuts
// (j/k or arrows: next/previous, Enter: open, n: take, /: search).

/** #/behandeling: the case worker's agencies; with one, straight to its inbox. */
export async function toonStart({ vak, titel, navigeer, actief }) {
  titel('Behandelloket');
  let instanties;
  try {
    ({ data: instanties } = await behandelApi.instanties());
  } catch (fout) {
    if (!actief()) return;
    vak.append(h('h1', {}, 'Behandelloket'), h('p', {}, fout.status === 404
      ? 'Je hebt geen rol als dossierbehandelaar bij een instantie in het behandelloket.'
      : 'Het behandelloket kon niet geladen worden.'));
    if (fout.status !== 404) toonApiFout(fout);
    return;
  }
  if (!actief()) return;
  if (instanties.instanties.length === 1) {
    navigeer(`/behandeling/${instanties.instanties[0].ovoCode}`);
    return;
  }
  vak.append(h('h1', {}, 'Behandelloket'), h('ul', { class: 'kaarten' }, instanties.instanties.map((i) =>
    h('li', { class: 'kaart' }, h('h2', {}, h('a', { href: `#/behandeling/${i.ovoCode}` }, i.naam)), h('p', {}, i.rol)))));
}

/** #/behandeling/{ovo}: the inbox. */
export async function toonInbox({ vak, params, titel, navigeer, actief }) {
  const [ovo] = params;
  titel('Inbox – Behandelloket');
  const kop = h('h1', {}, 'Inbox');
  const resultaat = h('div', { 'aria-live': 'polite' }, h('p', { class: 'laden' }, 'De aanvragen worden geladen…'));
  const filterVorm = filters(() => { vorige.length = 0; laad(null); });
  const vorige = [];
  let huidige = null;
  vak.append(kop, onderdelenMenu(ovo, ''),
    h('p', {}, 'Aanvragen voor jullie diensten. Wat het langst over de behandeltermijn is, staat bovenaan.'),
    h('p', { class: 'zacht', id: 'sneltoetsen' }, 'Sneltoetsen: j of ↓ volgende, k of ↑ vorige, Enter openen, n nemen, / zoeken.'),
    filterVorm.vorm, resultaat);

  sneltoetsen(actief, {
    j: () => verplaats(1), ArrowDown: () => verplaats(1), k: () => verplaats(-1), ArrowUp: () => verplaats(-1),
    n: () => { const rij = huidigeRij(); if (rij) neem(rij.dataset.dossierId, rij.querySelector('button')); },
    '/': () => filterVorm.zoek.focus(),
  });

  const naam = await instantieNaam(ovo);
  if (naam !== ovo) kop.textContent = `Inbox ${naam}`;
  await laad(null);

  function huidigeRij() {
    return document.activeElement?.closest?.('tr[data-dossier-id]') ?? null;
  }

  function verplaats(stap) {
    const rijen = [...resultaat.querySelectorAll('tr[data-dossier-id]')];
    if (!rijen.length) return;
    const i = rijen.indexOf(huidigeRij());
    const volgende = rijen[Math.min(rijen.length - 1, Math.max(0, i < 0 ? 0 : i + stap))];
    volgende.querySelector('a').focus();
  }

  async function neem(dossierId, knop) {
    await metBezig(knop, 'Bezig…', async () => {
      try {
        await behandelApi.neem(ovo, dossierId);
        toonSucces('Je behandelt deze aanvraag nu.');
        navigeer(`/behandeling/${ovo}/zaken/${dossierId}`);
      } catch (fout) {
        toonApiFout(fout);
      }
    });
  }

  async function laad(vervolg) {
    let pagina;
    try {
      ({ data: pagina } = await behandelApi.inbox(ovo, filterVorm.waarden(), vervolg));
    } catch (fout) {
      if (!actief()) return;
      resultaat.replaceChildren(h('p', {}, fout.status === 404 ? 'Deze inbox bestaat niet.' : 'De aanvragen konden niet geladen worden.'));
      toonApiFout(fout);
      return;
    }
    if (!actief()) return;
    huidige = vervolg;
    if (!pagina.items.length) {
      resultaat.replaceChildren(h('p', {}, 'Geen aanvragen die aan deze filters voldoen.'));
      return;
    }
    resultaat.replaceChildren(
      stapelbaar(h('table', { class: 'tabel inbox' },
        h('caption', { class: 'visueel-verborgen' }, 'Aanvragen'),
        h('thead', {}, h('tr', {}, ['Vereniging', 'Dienst', 'Toestand', 'Ingediend', 'Wacht', 'Termijn', 'Behandelaar', 'Actie']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, pagina.items.map((z) => h('tr', { dataset: { dossierId: z.dossierId }, class: z.teLaat ? 'te-laat' : null },
          h('td', {}, h('a', { href: `#/behandeling/${ovo}/zaken/${z.dossierId}` }, z.verenigingsnaam), h('br'), h('span', { class: 'zacht' }, `${z.vCode}${z.gemeente ? ` · ${z.gemeente}` : ''}`)),
          h('td', {}, z.dienstnaam),
          h('td', {}, toestandBadge(z.toestand)),
          h('td', { class: 'niet-breken' }, h('time', { datetime: z.ingediendOp, title: tijdstip(z.ingediendOp) }, kort(z.ingediendOp))),
          h('td', {}, z.wachtDagen === 1 ? '1 dag' : `${z.wachtDagen} dagen`),
          h('td', { class: 'niet-breken' }, z.teLaat ? badge('Te laat', 'verplicht') : null, ' ', h('time', { datetime: z.uiterlijk, title: tijdstip(z.uiterlijk) }, kort(z.uiterlijk))),
          h('td', {}, z.toegewezenNaam ?? '—'),
          h('td', {}, !z.toegewezenAan && ['nieuw'].includes(z.toestand)
            ? h('button', { type: 'button', class: 'knop knop-klein', 'aria-label': `Aanvraag van ${z.verenigingsnaam} nemen`, onclick: (e) => neem(z.dossierId, e.currentTarget) }, 'Nemen')
            : null)))))),
      h('div', { class: 'knoppen' },
        vorige.length ? h('button', { type: 'button', class: 'knop knop-secundair', onclick: () => laad(vorige.pop() ?? null) }, 'Vorige pagina') : null,
        pagina.vervolg ? h('button', { type: 'button', class: 'knop knop-secundair', onclick: () => { vorige.push(huidige); laad(pagina.vervolg); } }, 'Volgende pagina') : null));
  }
}

function filters(zoekOpnieuw) {
  const veld = (label, invoer) => {
    const id = nieuwId('filter');
    invoer.id = id;
    return h('div', { class: 'veld' }, h('label', { for: id }, label), invoer);
  };
  const toestand = h('select', {}, h('option', { value: '' }, 'Alle'), Object.entries(TOESTANDEN).map(([k, v]) => h('option', { value: k }, v.label)));
  const dienst = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', placeholder: 'productnummer' });
  const gemeente = h('input', { type: 'text', autocomplete: 'off' });
  const zoek = h('input', { type: 'search', autocomplete: 'off' });
  const vorm = h('form', { class: 'filters', role: 'search', 'aria-label': 'Aanvragen filteren' },
    veld('Toestand', toestand), veld('Dienst', dienst), veld('Gemeente', gemeente), veld('Naam of vCode', zoek),
    h('button', { type: 'submit', class: 'knop' }, 'Filteren'));
  vorm.addEventListener('submit', (e) => { e.preventDefault(); zoekOpnieuw(); });
  toestand.addEventListener('change', zoekOpnieuw);
  return {
    vorm,
    zoek,
    waarden: () => ({ toestand: toestand.value, dienst: dienst.value.trim(), gemeente: gemeente.value.trim(), zoek: zoek.value.trim() }),
  };
}

const kortFormaat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'short', year: 'numeric' });
function kort(tekst) {
  const t = new Date(tekst);
  return Number.isNaN(t.getTime()) ? tekst : kortFormaat.format(t);
}

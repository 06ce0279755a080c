import { api } from '../../api.js';
import { h, tijdstip, toonApiFout, badge, stapelbaar } from '../../ui.js';

// How a shared field and a delivery's result read for a volunteer.
const VELDEN = {
  'e-mail': 'e-mailadressen',
  telefoon: 'telefoonnummers',
  website: 'websites',
  'sociale-media': 'sociale media',
  adres: 'adressen',
  vertegenwoordigers: 'vertegenwoordigers',
  bankrekeningnummers: 'rekeningnummers',
  antwoorden: 'antwoorden van de aanvraag',
  documenten: 'bijlagen',
  'vereniging.naam': 'naam',
  'vereniging.vCode': 'vCode',
  'vereniging.iban': 'rekeningnummer',
  'vertegenwoordiger.naam': 'naam contactpersoon',
  'vertegenwoordiger.email': 'e-mailadres contactpersoon',
};

function resultaat(levering) {
  if (levering.resultaat === 'Bezorgd') {
    return h('span', {}, badge('Bezorgd', 'actief'),
      levering.pogingen > 1 ? ` na ${levering.pogingen} pogingen` : '');
  }
  if (levering.resultaat === 'Vastgelopen') {
    return h('span', {}, badge('Nog niet bezorgd', 'gestopt'),
      ' De instantie was niet bereikbaar. Het loket probeert het later opnieuw; je hoeft niets te doen.');
  }
  if (levering.resultaat === 'Ingezien') {
    return h('span', {}, badge('Ingezien', 'info'), levering.door ? ` door ${levering.door} bij de behandeling van jullie aanvraag` : '');
  }
  return levering.resultaat;
}

/** The log of what the loket passed on to agencies ("once only"), newest first, one page at a time. */
export function gedeeldSectie(vCode, actief) {
  const inhoud = h('div', {}, h('p', { class: 'laden' }, 'De gedeelde gegevens worden geladen…'));
  const sectie = h('section', { class: 'sectie', 'aria-label': 'Gedeelde gegevens' },
    h('h2', {}, 'Gedeelde gegevens'),
    h('p', {}, 'Wijzig je contactgegevens, adressen, vertegenwoordigers of rekeningnummers, dan geeft het loket dat door aan de instanties '
      + 'waarmee je vereniging een lopend dossier of een vaste band heeft, maar alleen wat de wet hen toestaat. Hier zie je wat wie kreeg.'),
    inhoud);
  const vorige = [];
  laad(null);
  return sectie;

  async function laad(vervolg) {
    let pagina;
    try {
      ({ data: pagina } = await api.gegevensdelingen(vCode, vervolg));
    } catch (fout) {
      if (!actief()) return;
      inhoud.replaceChildren(h('p', {}, 'De gedeelde gegevens konden niet geladen worden.'));
      toonApiFout(fout);
      return;
    }
    if (!actief()) return;
    if (!pagina.items.length && !vorige.length) {
      inhoud.replaceChildren(h('p', {}, 'Het loket gaf nog geen gegevens van deze vereniging door.'));
      return;
    }
    const knoppen = h('div', { class: 'knoppen' },
      vorige.length ? h('button', { type: 'button', class: 'knop knop-secundair', onclick: () => laad(vorige.pop() ?? null) }, 'Recentere') : null,
      pagina.vervolg ? h('button', { type: 'button', class: 'knop knop-secundair', onclick: () => { vorige.push(vervolg); laad(pagina.vervolg); } }, 'Oudere') : null);
    inhoud.replaceChildren(
      stapelbaar(h('table', { class: 'tabel' },
        h('caption', { class: 'visueel-verborgen' }, 'Gegevens doorgegeven aan instanties'),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Wanneer'), h('th', { scope: 'col' }, 'Aan wie'), h('th', { scope: 'col' }, 'Welke gegevens'),
          h('th', { scope: 'col' }, 'Op grond van'), h('th', { scope: 'col' }, 'Resultaat'))),
        h('tbody', {}, pagina.items.map((l) => h('tr', {},
          h('td', { class: 'niet-breken' }, h('time', { datetime: l.tijdstip }, tijdstip(l.tijdstip))),
          h('td', {}, l.instantienaam),
          h('td', {}, l.velden.map((v) => VELDEN[v] ?? v).join(', ')),
          h('td', {}, l.rechtsgrond),
          h('td', {}, resultaat(l))))))),
      knoppen);
  }
}

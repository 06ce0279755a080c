import { api } from '../../api.js';
import { h, tijdstip, toonApiFout } from '../../ui.js';

/** Who changed what and when, newest first. */
export async function historiekSectie(vCode, actief) {
  const inhoud = h('div', {}, h('p', { class: 'laden' }, 'De historiek wordt geladen…'));
  const sectie = h('section', { class: 'sectie', 'aria-label': 'Historiek' }, inhoud);
  laad();
  return sectie;

  async function laad() {
    let historiek;
    try {
      ({ data: { historiek } } = await api.historiek(vCode));
    } catch (fout) {
      if (!actief()) return;
      inhoud.replaceChildren(h('p', {}, 'De historiek kon niet geladen worden.'));
      toonApiFout(fout);
      return;
    }
    if (!actief()) return;
    if (!historiek.length) {
      inhoud.replaceChildren(h('p', {}, 'Er zijn nog geen wijzigingen.'));
      return;
    }
    const items = [...historiek].sort((a, b) => new Date(b.tijdstip) - new Date(a.tijdstip));
    inhoud.replaceChildren(
      h('p', {}, 'Alle wijzigingen aan deze vereniging, de meest recente eerst.'),
      h('table', { class: 'tabel' },
        h('caption', { class: 'visueel-verborgen' }, 'Historiek van de vereniging'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Wanneer'), h('th', { scope: 'col' }, 'Wat'), h('th', { scope: 'col' }, 'Door wie'))),
        h('tbody', {}, items.map((item) => h('tr', {},
          h('td', { class: 'niet-breken' }, h('time', { datetime: item.tijdstip }, tijdstip(item.tijdstip))),
          h('td', {}, item.omschrijving),
          h('td', {}, item.door?.naam ?? ''))))));
  }
}

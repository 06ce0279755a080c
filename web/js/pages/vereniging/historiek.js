import { api } from '../../api.js';
import { h, tijdstip, toonApiFout, metBezig, stapelbaar } from '../../ui.js';

/** Who changed what and when, newest first. */
export async function historiekSectie(vCode, actief) {
  const inhoud = h('div', {}, h('p', { class: 'laden' }, 'De historiek wordt geladen…'));
  // Its own h2 like every other tab, so the history does not sit headless under the association's name.
  const sectie = h('section', { class: 'sectie', 'aria-labelledby': 'historiek-kop' },
    h('h2', { id: 'historiek-kop' }, 'Historiek'), inhoud, exportBlok(vCode, actief));
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
      stapelbaar(h('table', { class: 'tabel' },
        h('caption', { class: 'visueel-verborgen' }, 'Historiek van de vereniging'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Wanneer'), h('th', { scope: 'col' }, 'Wat'), h('th', { scope: 'col' }, 'Door wie'))),
        h('tbody', {}, items.map((item) => h('tr', {},
          h('td', { class: 'niet-breken' }, h('time', { datetime: item.tijdstip }, tijdstip(item.tijdstip))),
          h('td', {}, item.omschrijving),
          h('td', {}, item.door?.naam ?? '')))))));
  }
}

/** Right of access: everything the loket holds about the association, as one file to keep. */
function exportBlok(vCode, actief) {
  const knop = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Download alle gegevens (JSON)');
  knop.addEventListener('click', () => metBezig(knop, 'Bezig met verzamelen…', async () => {
    let data;
    try {
      ({ data } = await api.exporteer(vCode));
    } catch (fout) {
      toonApiFout(fout);
      return;
    }
    if (!actief()) return;
    // The export needs the sign-in token, so it is fetched and handed to the browser as a file rather than linked.
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = h('a', { href: url, download: `vloket-${vCode}.json`, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }));
  return h('div', { class: 'export' },
    h('h2', {}, 'Alle gegevens downloaden'),
    h('p', {}, 'Download alles wat het loket over jullie vereniging bewaart: de gegevens, de wijzigingen, de dossiers en wie welke gegevens kreeg.'),
    knop);
}

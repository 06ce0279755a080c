import { api } from '../../api.js';
import { h, vervang, metBezig, bevestig, toonApiFout, toonSucces, wisMeldingen, meldNaNavigatie } from '../../ui.js';
import { aanvraagFormulier } from './aanvraag.js';

// A draft on its dossier's page: the form again, with what the loket knows read anew, to continue, submit or delete.

/**
 * The part of a draft's page where it is continued. `naIndienen(dossier)` runs once the draft is submitted (the same
 * dossier then follows its workflow); deleting it goes back to the dossiers.
 */
export function conceptVak(vCode, d, { actief, navigeer, naIndienen }) {
  const vak = h('div', { class: 'concept' }, h('p', { class: 'laden' }, 'Het concept wordt geopend…'));
  const naarDossiers = () => navigeer(`/verenigingen/${encodeURIComponent(vCode)}/dossiers`);
  open();
  return vak;

  async function open() {
    let data;
    let etag;
    try {
      // Opening reads again what government knows, so a draft never sends stale known data.
      ({ data, etag } = await api.openConcept(vCode, d.dossierId));
    } catch (fout) {
      if (!actief()) return;
      vervang(vak, h('p', {}, 'Het concept kon niet geopend worden.'));
      toonApiFout(fout);
      return;
    }
    if (!actief()) return;
    const verwijder = h('button', { type: 'button', class: 'knop knop-gevaar' }, 'Concept verwijderen');
    verwijder.addEventListener('click', () => verwijderConcept(verwijder));
    vervang(vak,
      h('h3', {}, 'Verder invullen'),
      h('p', {}, 'Dit concept is nog niet ingediend. Wat het loket zelf weet, is net opnieuw opgehaald. Vul de rest aan en dien de aanvraag in, of bewaar ze opnieuw voor later.'),
      aanvraagFormulier(vCode, {
        productnummer: d.productnummer,
        naam: d.dienstnaam ?? d.productnummer,
        vragen: data.vragen ?? [],
        waarden: data.dossier?.antwoorden ?? {},
        bijlagen: data.bijlagen ?? [],
        conceptId: d.dossierId,
        conceptVersie: etag,
        sluit: naarDossiers,
        naIndienen: (nieuw) => {
          toonSucces(`Je aanvraag "${d.dienstnaam ?? d.productnummer}" is ingediend. We sturen ze door naar de bevoegde instantie.`);
          naIndienen(nieuw);
        },
      }),
      h('div', { class: 'knoppen' }, verwijder));
  }

  async function verwijderConcept(knop) {
    const ja = await bevestig({
      titel: 'Concept verwijderen?',
      tekst: ['Het concept en de bestanden die je ervoor opgeladen hebt, verdwijnen voor alle vertegenwoordigers.'],
      ja: 'Ja, verwijderen',
      nee: 'Nee, bewaren',
      gevaarlijk: true,
    });
    if (!ja) return;
    wisMeldingen();
    await metBezig(knop, 'Bezig met verwijderen…', async () => {
      try {
        await api.verwijderConcept(vCode, d.dossierId);
        meldNaNavigatie('succes', 'Het concept is verwijderd.');
        naarDossiers();
      } catch (fout) {
        toonApiFout(fout);
      }
    });
  }
}

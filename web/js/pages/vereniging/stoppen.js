import { h, nieuwId, vervang, metBezig, bevestig, toonSucces, datum, vandaag } from '../../ui.js';
import { formulier, knoppen, tekstveld, toonFormulierFout } from '../../formulier.js';

/** Stopping the association: a date, then an explicit confirmation, because it cannot simply be undone. */
export function stopSectie(staat) {
  const kopId = nieuwId('stop');
  const inhoud = h('div', {});
  let getoondeStatus = null;

  function teken(v) {
    // Only redraw when the status changes: a reload must not wipe a date that is being typed.
    if (v.status === getoondeStatus) return;
    getoondeStatus = v.status;
    if (v.status === 'Gestopt') {
      vervang(inhoud, h('p', {}, v.einddatum
        ? `Deze vereniging is gestopt op ${datum(v.einddatum)}.`
        : 'Deze vereniging is gestopt.'));
      return;
    }
    const einddatum = tekstveld({ veld: 'einddatum', label: 'Datum waarop de vereniging gestopt is', type: 'date', waarde: vandaag(),
      max: vandaag(), breedte: 'middel', verplicht: true, hint: 'Vandaag of vroeger.' });
    const knop = h('button', { type: 'submit', class: 'knop knop-gevaar' }, 'Vereniging stoppen');
    const form = formulier({
      label: 'Vereniging stoppen',
      opVerzenden: async () => {
        const ja = await bevestig({
          titel: 'Vereniging stoppen?',
          tekst: [
            `Wil je ${staat.vereniging.naam} stoppen${einddatum.waarde() ? ` op ${datum(einddatum.waarde())}` : ''}?`,
            'De vereniging is daarna niet meer actief. Dit kan je niet zelf ongedaan maken.',
          ],
          ja: 'Ja, stop de vereniging',
          nee: 'Nee, niet stoppen',
          gevaarlijk: true,
        });
        if (!ja) return;
        await metBezig(knop, 'Bezig met stoppen…', async () => {
          try {
            await staat.schrijf('POST', '/stop', { einddatum: einddatum.waarde() });
            toonSucces(`${staat.vereniging.naam} is gestopt.`);
          } catch (fout) {
            toonFormulierFout(form, fout);
          }
        });
      },
    }, einddatum.element, knoppen(knop));
    vervang(inhoud,
      h('p', {}, 'Houdt de vereniging op te bestaan? Geef dan de datum waarop ze gestopt is. Ze blijft daarna zichtbaar in het loket, maar is niet meer actief.'),
      form);
  }

  staat.bijWijziging(teken);
  teken(staat.vereniging);
  return h('section', { class: 'sectie sectie-stoppen', 'aria-labelledby': kopId },
    h('h2', { id: kopId }, 'Vereniging stoppen'), inhoud);
}

import { vraag } from '../../api.js';
import { h, nieuwId, metBezig, toonSucces, toonApiFout, meldNaNavigatie } from '../../ui.js';

/**
 * A vzw's representatives rest on their functions at KBO. "Vernieuwen uit KBO" reads them again: whoever's function
 * ended loses access (the history says why), new function holders are noted in the history and can claim the vzw
 * themselves. No If-Match: the refresh writes only what KBO says.
 */
export function kboMandatenSectie(staat, navigeer) {
  const kopId = nieuwId('mandaten');
  const knop = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Vernieuwen uit KBO');
  knop.addEventListener('click', () => metBezig(knop, 'Bezig met ophalen uit de KBO…', async () => {
    try {
      const r = await vraag(`verenigingen/${encodeURIComponent(staat.vCode)}/kbo/mandaten/vernieuwen`, { methode: 'POST' });
      staat.zet(r.data, r.etag);
      toonSucces('De functies zijn vernieuwd uit de KBO. Wat er veranderde, staat in de historiek.');
    } catch (fout) {
      if (fout.status === 403) {
        // Their own function ended: the association is no longer theirs to see.
        meldNaNavigatie('fout', fout.message, 'Je bent geen vertegenwoordiger meer van deze vereniging.');
        navigeer('/verenigingen');
        return;
      }
      toonApiFout(fout);
    }
  }));
  return h('section', { class: 'sectie', 'aria-labelledby': kopId },
    h('h2', { id: kopId }, 'Bestuur volgens de KBO'),
    h('p', {}, 'Wie deze vzw via een functie bij de KBO vertegenwoordigt, zoals een bestuurder, blijft dat zolang de KBO die functie kent. Vernieuw om beëindigde en nieuwe functies op te halen.'),
    h('p', {}, knop));
}

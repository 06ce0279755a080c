import { BRON_KBO } from '../../codes/types.js';

// Where data comes from, in the volunteers' words: the association's data screen, its forms, application forms and
// dossiers all take their wording from here, so a source is called the same everywhere.

const KBO = 'Kruispuntbank van Ondernemingen (KBO)';

/** Beside a read-only field in a form: why it cannot be changed here. */
export const KBO_NOTITIE = 'Komt uit de KBO, laat het daar aanpassen.';

/**
 * The source line under an item on the association's data screen. `bron` is what the API puts on an item: "KBO"
 * for what came from the Kruispuntbank, "Vereniging" for what the association entered in the loket.
 */
export function bronRegel(bron) {
  return bron === BRON_KBO
    ? `Bron: ${KBO}. Pas dit aan bij de KBO.`
    : 'Bron: door jullie ingevuld in het loket.';
}

/** "KBO" → "de Kruispuntbank van Ondernemingen (KBO)", "Verenigingsregister" → "het Verenigingsregister". */
export function bronNaam(bron) {
  if (bron === BRON_KBO) return `de ${KBO}`;
  if (bron === 'Verenigingsregister') return 'het Verenigingsregister';
  return bron;
}

/** Where the loket takes a pre-filled answer from ("vereniging.naam" → "de gegevens van jullie vereniging"). */
export function bronTekst(bron, herkomst) {
  const [wat] = String(bron ?? '').split('.');
  switch (wat.toLowerCase()) {
    case 'vereniging':
      if (herkomst === 'KBO') return 'de gegevens van jullie vereniging in de KBO';
      if (herkomst) return `de gegevens van jullie vereniging in het ${herkomst}`;
      return 'de gegevens van jullie vereniging';
    case 'vertegenwoordiger':
      return 'jouw gegevens als vertegenwoordiger';
    case 'kbo':
      return bronNaam(BRON_KBO);
    case 'erkenningen':
      return 'de erkenningen die de overheid van jullie vereniging kent';
    case 'attesten':
      return 'de attesten jeugdwerk van jullie vertegenwoordigers bij de jeugdadministratie';
    default:
      return bron;
  }
}

// Where the loket took a pre-filled answer from, in the volunteers' words (forms and dossiers).

/** "KBO" → "de Kruispuntbank van Ondernemingen (KBO)", "Verenigingsregister" → "het Verenigingsregister". */
export function bronNaam(bron) {
  if (bron === 'KBO') return 'de Kruispuntbank van Ondernemingen (KBO)';
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
      return 'de Kruispuntbank van Ondernemingen (KBO)';
    case 'erkenningen':
      return 'de erkenningen die de overheid van jullie vereniging kent';
    case 'attesten':
      return 'de attesten jeugdwerk van jullie vertegenwoordigers bij de jeugdadministratie';
    default:
      return bron;
  }
}

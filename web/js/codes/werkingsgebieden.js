import { GEMEENTEN } from './gemeenten.js';

export const NVT = 'NVT';

// Same names as the API returns, so a chosen area looks the same before and after saving.
const PROVINCIES = [
  { code: 'BE21', naam: 'Provincie Antwerpen', soort: 'Provincie' },
  { code: 'BE22', naam: 'Provincie Limburg', soort: 'Provincie' },
  { code: 'BE23', naam: 'Provincie Oost-Vlaanderen', soort: 'Provincie' },
  { code: 'BE24', naam: 'Provincie Vlaams-Brabant', soort: 'Provincie' },
  { code: 'BE25', naam: 'Provincie West-Vlaanderen', soort: 'Provincie' },
  { code: 'BE10', naam: 'Brussels Hoofdstedelijk Gewest', soort: 'Gewest', ookGezocht: 'Brussel' },
];

/** Every area a volunteer can pick: "not applicable", the provinces, then the municipalities A-Z. */
export const WERKINGSGEBIEDEN = Object.freeze([
  { code: NVT, naam: 'Niet van toepassing', soort: 'Geen vast gebied', zoek: 'niet van toepassing nvt' },
  ...PROVINCIES.map((p) => ({ ...p, zoek: vereenvoudig(`${p.naam} ${p.code} ${p.ookGezocht ?? ''}`) })),
  ...GEMEENTEN.map(([code, naam, provincie, postcodes]) => ({
    code,
    naam,
    soort: `Gemeente in ${provincie}`,
    // Volunteers search by postcode or village as often as by municipality name.
    zoek: vereenvoudig([naam, code, ...postcodes.flat()].join(' ')),
  })),
]);

const perCode = new Map(WERKINGSGEBIEDEN.map((w) => [w.code, w]));

export function werkingsgebied(code) {
  return perCode.get(code);
}

/** Areas whose name, code, postcode or village contains every word typed (accents and case ignored). */
export function zoekWerkingsgebieden(tekst, max = 30) {
  const woorden = vereenvoudig(tekst).split(/\s+/).filter(Boolean);
  if (woorden.length === 0) {
    return WERKINGSGEBIEDEN.slice(0, 1 + PROVINCIES.length);
  }
  return WERKINGSGEBIEDEN.filter((w) => woorden.every((woord) => w.zoek.includes(woord))).slice(0, max);
}

export function vereenvoudig(tekst) {
  return tekst.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

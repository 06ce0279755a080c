import { GEMEENTEN } from './gemeenten.js';

const namen = new Map();
for (const [, gemeente, , postcodes] of GEMEENTEN) {
  for (const [postcode, postnaam] of postcodes) {
    const lijst = namen.get(postcode) ?? [];
    for (const naam of [postnaam, gemeente]) {
      if (!lijst.includes(naam)) lijst.push(naam);
    }
    namen.set(postcode, lijst);
  }
}

/** The place names the API accepts for a Flemish postcode (village first, then municipality); empty when unknown. */
export function plaatsnamen(postcode) {
  return namen.get(String(postcode).trim()) ?? [];
}

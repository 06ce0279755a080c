// The API's codes with the words a volunteer would use.

export const CONTACTTYPES = Object.freeze([
  { waarde: 'E-mail', label: 'E-mail', invoertype: 'email', inputmode: 'email', voorbeeld: 'bv. info@mijnvereniging.be' },
  { waarde: 'Telefoon', label: 'Telefoon', invoertype: 'tel', inputmode: 'tel', voorbeeld: 'bv. 09 123 45 67 of 0470 12 34 56' },
  { waarde: 'Website', label: 'Website', invoertype: 'url', inputmode: 'url', voorbeeld: 'Begin met https://, bv. https://www.mijnvereniging.be' },
  { waarde: 'SocialMedia', label: 'Sociale media', invoertype: 'url', inputmode: 'url', voorbeeld: 'Het volledige adres van de pagina, bv. https://www.facebook.com/mijnvereniging' },
]);

export function contacttype(waarde) {
  return CONTACTTYPES.find((t) => t.waarde === waarde) ?? { waarde, label: waarde, invoertype: 'text', voorbeeld: '' };
}

// Only these two can be added by an association; the registered office comes from KBO.
export const LOCATIETYPES = Object.freeze([
  { waarde: 'Activiteiten', label: 'Activiteiten – hier komt de vereniging samen' },
  { waarde: 'Correspondentie', label: 'Correspondentie – hier komt de post toe' },
]);

// The API's `bron` on an item: the association entered it in the loket, or it came from KBO.
export const BRON_VERENIGING = 'Vereniging';
export const BRON_KBO = 'KBO';

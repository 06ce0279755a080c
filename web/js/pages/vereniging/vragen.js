import { h, nieuwId } from '../../ui.js';
import { tekstveld, keuzeveld, groep } from '../../formulier.js';
import { bronTekst, bronNaam } from './herkomst.js';

// The questions of a service's application form (aanbod.js), each as { element, lees, toonInvoer? }.

/**
 * One question of a service's form. What a source already knows (`voorIngevuld`) is shown with its source and not
 * asked; a question with a source that does not know the answer is asked like any other. `waarde` pre-fills an asked
 * question (a reservation passes what the volunteer just checked).
 */
export function vraagVeld(v, waarde = '') {
  if (!v.voorIngevuld) {
    const veld = invoerVeld(v, waarde);
    if (v.bron) veld.element.append(h('p', { class: 'veld-hint' }, `We vonden dit niet terug in ${bronTekst(v.bron)}. Vul het zelf in.`));
    return veld;
  }
  // Should the source lose the answer before submitting (the API then blames this question), the field appears so
  // the volunteer can answer it after all.
  const invoer = invoerVeld(v);
  const vak = h('div', { hidden: true }, invoer.element);
  const titel = h('p', { class: 'veld-label' }, v.label ?? v.sleutel);
  const gekend = h('p', { class: 'alleen-lezen' }, h('strong', {}, v.voorIngevuld.waarde));
  const uitleg = h('p', { class: 'veld-hint' }, `Ingevuld door het loket uit ${bronNaam(v.voorIngevuld.bron)}. Klopt dit niet? Pas het aan bij de gegevens van je vereniging.`);
  return {
    element: h('div', { class: 'veld veld-bron' }, titel, gekend, uitleg, vak),
    lees: () => (vak.hidden ? '' : invoer.lees()),
    toonInvoer() {
      if (!vak.hidden) return;
      vak.hidden = false;
      titel.hidden = true;
      gekend.hidden = true;
      uitleg.textContent = `We vonden dit niet meer terug in ${bronNaam(v.voorIngevuld.bron)}. Vul het hieronder zelf in.`;
    },
  };
}

function invoerVeld(v, waarde = '') {
  const label = v.label ?? v.sleutel;
  const verplicht = Boolean(v.verplicht);
  switch (v.type) {
    case 'getal': {
      const f = tekstveld({ veld: v.sleutel, label, verplicht, waarde, inputmode: 'decimal', breedte: 'middel', hint: 'Bijvoorbeeld 1250 of 1250.50.' });
      return { element: f.element, lees: () => f.waarde().replace(',', '.') };
    }
    case 'datum': {
      const f = tekstveld({ veld: v.sleutel, label, verplicht, waarde, type: 'date', breedte: 'middel' });
      return { element: f.element, lees: f.waarde };
    }
    case 'keuze': {
      const f = keuzeveld({
        veld: v.sleutel,
        label: verplicht ? `${label} (verplicht)` : label,
        opties: [{ waarde: '', label: 'Kies een antwoord' }, ...(v.keuzes ?? []).map((k) => ({ waarde: k, label: k }))],
        waarde,
      });
      return { element: f.element, lees: f.waarde };
    }
    case 'ja-nee': {
      const naam = nieuwId(v.sleutel.replace(/\W/g, ''));
      const knop = (keuze, tekst) => {
        const id = nieuwId('janee');
        return h('div', { class: 'vinkje' },
          h('input', { type: 'radio', id, name: naam, value: keuze, checked: keuze === waarde }), h('label', { for: id }, tekst));
      };
      const element = groep({ veld: v.sleutel, legend: verplicht ? `${label} (verplicht)` : label, klasse: 'ja-nee' },
        knop('ja', 'Ja'), knop('nee', 'Nee'));
      return { element, lees: () => element.querySelector('input:checked')?.value ?? '' };
    }
    case 'bestand': {
      const f = tekstveld({ veld: v.sleutel, label, verplicht, waarde,
        hint: 'Schrijf hier welk document je bezorgt (bijvoorbeeld de bestandsnaam). Het document zelf voeg je later toe in het dossier.' });
      return { element: f.element, lees: f.waarde };
    }
    default: {
      const f = tekstveld({ veld: v.sleutel, label, verplicht, waarde });
      return { element: f.element, lees: f.waarde };
    }
  }
}

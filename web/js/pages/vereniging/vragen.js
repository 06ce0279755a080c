import { h, nieuwId, beschrijfFout } from '../../ui.js';
import { laadBijlageOp } from '../../api.js';
import { tekstveld, keuzeveld, groep, toonVeldFout, wisVeldFout } from '../../formulier.js';
import { ACCEPT, TYPES_TEKST, bestandFout, soortVan, leesBase64, grootteTekst } from '../../bestanden.js';
import { bronTekst, bronNaam } from './herkomst.js';

// The questions of a service's application form (aanbod.js), each as { element, lees, toonInvoer? }.

/**
 * One question of a service's form. What a source already knows (`voorIngevuld`) is shown with its source and not
 * asked; a question with a source that does not know the answer is asked like any other. `waarde` pre-fills an asked
 * question (a reservation passes what the volunteer just checked, a draft its saved answer, typed as the API gives it).
 * `lees()` gives the typed answer the API takes: a number, true/false, a list for several choices, a file's id; ''
 * for no answer. `opties`: {vCode, bijlagen} for file questions (the files a draft already holds, by id).
 */
export function vraagVeld(v, waarde = '', opties = {}) {
  if (!v.voorIngevuld) {
    const veld = invoerVeld(v, waarde, opties);
    if (v.bron) veld.element.append(h('p', { class: 'veld-hint' }, `We vonden dit niet terug in ${bronTekst(v.bron)}. Vul het zelf in.`));
    return veld;
  }
  // Should the source lose the answer before submitting (the API then blames this question), the field appears so
  // the volunteer can answer it after all.
  const invoer = invoerVeld(v, '', opties);
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

function invoerVeld(v, waarde = '', opties = {}) {
  const label = v.label ?? v.sleutel;
  const verplicht = Boolean(v.verplicht);
  switch (v.type) {
    case 'getal': {
      const grenzen = [v.min != null ? `minstens ${v.min}` : null, v.max != null ? `hoogstens ${v.max}` : null].filter(Boolean).join(' en ');
      const f = tekstveld({ veld: v.sleutel, label, verplicht, waarde: waarde === '' ? '' : String(waarde), inputmode: 'decimal', breedte: 'middel',
        hint: grenzen ? `Een getal, ${grenzen}.` : 'Bijvoorbeeld 1250 of 1250,50.' });
      return {
        element: f.element,
        lees: () => {
          const tekst = f.waarde().replace(',', '.');
          // Not a number: sent as typed, so the loket says why next to the field.
          return /^-?\d+(\.\d+)?$/.test(tekst) ? Number(tekst) : tekst;
        },
      };
    }
    case 'datum': {
      const f = tekstveld({ veld: v.sleutel, label, verplicht, waarde, type: 'date', breedte: 'middel' });
      return { element: f.element, lees: f.waarde };
    }
    case 'keuze':
      return v.meerdere ? meerdereKeuzes(v, label, verplicht, Array.isArray(waarde) ? waarde : []) : eenKeuze(v, label, verplicht, waarde);
    case 'ja-nee': {
      const gekozen = waarde === true ? 'ja' : waarde === false ? 'nee' : waarde;
      const naam = nieuwId(v.sleutel.replace(/\W/g, ''));
      const knop = (keuze, tekst) => {
        const id = nieuwId('janee');
        return h('div', { class: 'vinkje' },
          h('input', { type: 'radio', id, name: naam, value: keuze, checked: keuze === gekozen }), h('label', { for: id }, tekst));
      };
      const element = groep({ veld: v.sleutel, legend: verplicht ? `${label} (verplicht)` : label, klasse: 'ja-nee' },
        knop('ja', 'Ja'), knop('nee', 'Nee'));
      return {
        element,
        lees: () => {
          const keuze = element.querySelector('input:checked')?.value;
          return keuze === undefined ? '' : keuze === 'ja';
        },
      };
    }
    case 'bestand':
      return bestandVeld(v, label, verplicht, waarde, opties);
    default: {
      const f = tekstveld({ veld: v.sleutel, label, verplicht, waarde, maxlength: v.maxLengte ?? undefined,
        hint: v.maxLengte && v.maxLengte < 4000 ? `Hoogstens ${v.maxLengte} tekens.` : undefined });
      return { element: f.element, lees: f.waarde };
    }
  }
}

function eenKeuze(v, label, verplicht, waarde) {
  const f = keuzeveld({
    veld: v.sleutel,
    label: verplicht ? `${label} (verplicht)` : label,
    opties: [{ waarde: '', label: 'Kies een antwoord' }, ...(v.keuzes ?? []).map((k) => ({ waarde: k, label: k }))],
    waarde,
  });
  return { element: f.element, lees: f.waarde };
}

function meerdereKeuzes(v, label, verplicht, gekozen) {
  const vakjes = (v.keuzes ?? []).map((k) => {
    const id = nieuwId('keuze');
    return h('div', { class: 'vinkje' }, h('input', { type: 'checkbox', id, value: k, checked: gekozen.includes(k) }), h('label', { for: id }, k));
  });
  const element = groep({ veld: v.sleutel, legend: verplicht ? `${label} (verplicht)` : label, hint: 'Kies er een of meer.' }, ...vakjes);
  return { element, lees: () => [...element.querySelectorAll('input:checked')].map((i) => i.value) };
}

/**
 * A file question: the file is uploaded as soon as it is chosen, with a progress bar; then its name and size show, and
 * it can be replaced until the application is submitted. A refusal (type, size, content) is explained next to the field.
 * The answer is the id the loket gave the file.
 */
function bestandVeld(v, label, verplicht, waarde, { vCode, bijlagen = [] }) {
  const id = nieuwId(v.sleutel.replace(/\W/g, ''));
  const hintId = `${id}-hint`;
  const foutId = `${id}-fout`;
  let bijlageId = typeof waarde === 'string' ? waarde : '';
  let bezig = false;
  const bekend = bijlagen.find((b) => b.bijlageId === bijlageId);
  const invoer = h('input', { type: 'file', id, name: v.sleutel, 'data-veld': v.sleutel, 'data-fout': foutId, 'aria-describedby': hintId, accept: ACCEPT,
    'aria-required': verplicht ? 'true' : undefined });
  const kiezer = h('div', { class: 'bestand-kiezer', hidden: Boolean(bekend) }, invoer);
  const voortgang = h('progress', { class: 'voortgang', max: 100, value: 0, hidden: true, 'aria-label': `Opladen: ${label}` });
  const gekozen = h('p', { class: 'bestand-gekozen', role: 'status' }, bekend ? gekozenTekst(bekend) : '');
  const vervang = h('button', { type: 'button', class: 'knop knop-secundair', hidden: !bekend }, 'Ander bestand kiezen',
    h('span', { class: 'visueel-verborgen' }, ` voor ${label}`));
  vervang.addEventListener('click', () => {
    kiezer.hidden = false;
    invoer.value = '';
    invoer.focus();
  });
  invoer.addEventListener('change', () => laad());
  const element = h('div', { class: 'veld veld-bestand' },
    h('label', { for: id }, h('span', { class: 'label-tekst' }, label), verplicht ? h('span', { class: 'verplicht' }, ' (verplicht)') : null),
    h('p', { class: 'veld-hint', id: hintId }, TYPES_TEKST),
    h('p', { class: 'veld-fout', id: foutId, hidden: true }),
    kiezer, voortgang, gekozen, vervang);
  return { element, lees: () => (bezig ? '' : bijlageId), bezig: () => bezig };

  async function laad() {
    const file = invoer.files?.[0];
    if (!file) return;
    wisVeldFout(invoer);
    const melding = bestandFout(file);
    if (melding) {
      toonVeldFout(invoer, melding);
      return;
    }
    bezig = true;
    voortgang.value = 0;
    voortgang.hidden = false;
    gekozen.textContent = `${file.name} wordt opgeladen…`;
    try {
      const body = { naam: file.name, contentType: soortVan(file), inhoudBase64: await leesBase64(file) };
      const { data } = await laadBijlageOp(vCode, body, (fractie) => { voortgang.value = Math.round(fractie * 100); });
      bijlageId = data.bijlageId;
      gekozen.textContent = gekozenTekst(data);
      kiezer.hidden = true;
      vervang.hidden = false;
      vervang.focus();
    } catch (fout) {
      // The loket names the part of the upload it refuses (its type, its content); the volunteer sees it here.
      const reden = fout.fouten?.[0]?.melding ?? (fout.status === undefined ? 'Het bestand kon niet gelezen worden. Kies het opnieuw.' : beschrijfFout(fout).tekst ?? beschrijfFout(fout).titel);
      toonVeldFout(invoer, `${file.name} is niet opgeladen. ${reden}`);
      const vorige = bijlagen.find((b) => b.bijlageId === bijlageId);
      gekozen.textContent = bijlageId ? `Het vorige bestand blijft: ${vorige ? gekozenTekst(vorige) : 'opgeladen'}` : '';
    } finally {
      bezig = false;
      voortgang.hidden = true;
    }
  }

  function gekozenTekst(b) {
    if (!bijlagen.some((x) => x.bijlageId === b.bijlageId)) bijlagen = [...bijlagen, b];
    return `Opgeladen: ${b.naam} (${grootteTekst(b.grootte)})`;
  }
}

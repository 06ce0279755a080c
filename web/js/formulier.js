import { h, nieuwId, vervang, beschrijfFout } from './ui.js';

// How field errors find their field: every input (or fieldset) that the API may blame has data-veld with its own
// name; blocks around it have data-pad. The full API path of an element is the data-pad of its ancestors plus its
// own data-veld, e.g. data-pad="locaties[0]" > data-pad="adres" > data-veld="postcode" → "locaties[0].adres.postcode".

/** A form with an error summary at the top. `novalidate`: the API's Dutch messages are the only ones shown. */
export function formulier({ label, opVerzenden, klasse = '', opzoeken = false }, ...kinderen) {
  const overzicht = h('div', { class: 'foutoverzicht', role: 'group', tabindex: '-1', hidden: true });
  // A lookup (opzoeken) asks the loket something and stores nothing: leaving it loses nothing worth a question.
  const form = h('form', { class: `formulier ${klasse}`, novalidate: true, 'aria-label': label, 'data-opzoeken': opzoeken }, overzicht, ...kinderen);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    opVerzenden(e.submitter ?? form.querySelector('[type=submit]'));
  });
  return form;
}

function foutElement(id) {
  return h('p', { class: 'veld-fout', id, hidden: true });
}

function beschrijving(...ids) {
  return ids.filter(Boolean).join(' ') || undefined;
}

/**
 * A labelled text input (or textarea with `regels`). Returns {element, invoer, waarde()}.
 * `alleenLezen` shows the value as text with the reason, for data that comes from KBO.
 */
export function tekstveld({ veld, label, hint, waarde = '', type = 'text', verplicht = false, regels = 0, alleenLezen = null,
  breedte = '', ...extra }) {
  const id = nieuwId(veld.replace(/\W/g, ''));
  const hintId = hint ? `${id}-hint` : null;
  const foutId = `${id}-fout`;
  if (alleenLezen) {
    return {
      element: h('div', { class: 'veld' },
        h('p', { class: 'veld-label', id }, label),
        h('p', { class: 'alleen-lezen', 'aria-describedby': `${id}-kbo` }, waarde || '–'),
        h('p', { class: 'veld-hint', id: `${id}-kbo` }, alleenLezen)),
      invoer: null,
      waarde: () => undefined,
    };
  }
  const eigenschappen = {
    id,
    name: veld,
    'data-veld': veld,
    'data-fout': foutId,
    'aria-describedby': beschrijving(hintId),
    'aria-required': verplicht ? 'true' : undefined,
    class: breedte ? `breedte-${breedte}` : undefined,
    ...extra,
  };
  const invoer = regels
    ? h('textarea', { ...eigenschappen, rows: regels }, waarde ?? '')
    : h('input', { ...eigenschappen, type, value: waarde ?? '' });
  const element = h('div', { class: 'veld' },
    h('label', { for: id }, h('span', { class: 'label-tekst' }, label),
      verplicht ? h('span', { class: 'verplicht' }, ' (verplicht)') : null),
    hint ? h('p', { class: 'veld-hint', id: hintId }, hint) : null,
    foutElement(foutId),
    invoer);
  return {
    element,
    invoer,
    waarde: () => invoer.value.trim(),
    // For fields whose meaning follows another choice (the contact type decides "e-mailadres" or "webadres").
    zetLabel(tekst, nieuweHint) {
      element.querySelector('.label-tekst').textContent = tekst;
      if (nieuweHint !== undefined && hintId) element.querySelector('.veld-hint').textContent = nieuweHint;
    },
  };
}

export function keuzeveld({ veld, label, hint, opties, waarde }) {
  const id = nieuwId(veld.replace(/\W/g, ''));
  const hintId = hint ? `${id}-hint` : null;
  const foutId = `${id}-fout`;
  const invoer = h('select', { id, name: veld, 'data-veld': veld, 'data-fout': foutId, 'aria-describedby': beschrijving(hintId) },
    opties.map((o) => h('option', { value: o.waarde, selected: o.waarde === waarde }, o.label)));
  const element = h('div', { class: 'veld' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'veld-hint', id: hintId }, hint) : null,
    foutElement(foutId),
    invoer);
  return { element, invoer, waarde: () => invoer.value };
}

export function vinkje({ veld, label, hint, aangevinkt = false }) {
  const id = nieuwId(veld.replace(/\W/g, ''));
  const hintId = hint ? `${id}-hint` : null;
  const foutId = `${id}-fout`;
  const invoer = h('input', { id, type: 'checkbox', name: veld, 'data-veld': veld, 'data-fout': foutId,
    'aria-describedby': beschrijving(hintId), checked: aangevinkt });
  const element = h('div', { class: 'veld veld-vinkje' },
    foutElement(foutId),
    h('div', { class: 'vinkje' }, invoer, h('label', { for: id }, label)),
    hint ? h('p', { class: 'veld-hint', id: hintId }, hint) : null);
  return { element, invoer, waarde: () => invoer.checked };
}

/** A fieldset that is itself a target for errors (e.g. "doelgroep" or "hoofdactiviteiten"). */
export function groep({ veld, pad, legend, hint, klasse = '' }, ...kinderen) {
  const id = nieuwId('groep');
  const foutId = `${id}-fout`;
  const hintId = hint ? `${id}-hint` : null;
  return h('fieldset', {
    class: `groep ${klasse}`,
    'data-veld': veld,
    'data-pad': pad,
    'data-fout': veld ? foutId : undefined,
    'aria-describedby': beschrijving(hintId),
  },
  h('legend', {}, legend),
  hint ? h('p', { class: 'veld-hint', id: hintId }, hint) : null,
  veld ? foutElement(foutId) : null,
  ...kinderen);
}

/** Knoppen onderaan een formulier. */
export function knoppen(...kinderen) {
  return h('div', { class: 'knoppen' }, ...kinderen);
}

// ---- Showing errors -------------------------------------------------------------------------------------------

function padVan(el, form) {
  const delen = [];
  for (let ouder = el.parentElement; ouder && ouder !== form; ouder = ouder.parentElement) {
    if (ouder.dataset.pad) delen.unshift(ouder.dataset.pad);
  }
  delen.push(el.dataset.veld);
  return delen.join('.');
}

function velden(form) {
  const perPad = new Map();
  for (const el of form.querySelectorAll('[data-veld]')) {
    if (el.closest('[data-pad=""]')) continue; // a block left empty and not sent
    if (!perPad.has(padVan(el, form))) perPad.set(padVan(el, form), el);
  }
  return perPad;
}

// "locaties[0].adres.postcode" → "locaties[0].adres" → "locaties[0]" → "locaties"; "titularissen[1]" → "titularissen".
function ruimer(pad) {
  if (pad.endsWith(']')) return pad.slice(0, pad.lastIndexOf('['));
  const punt = pad.lastIndexOf('.');
  return punt > 0 ? pad.slice(0, punt) : null;
}

function zoekVeld(perPad, pad) {
  for (let p = pad; p; p = ruimer(p)) {
    if (perPad.has(p)) return perPad.get(p);
  }
  return null;
}

export function wisFouten(form) {
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll('.veld-fout')) {
    el.textContent = '';
    el.hidden = true;
  }
  for (const el of form.querySelectorAll('.heeft-fout')) el.classList.remove('heeft-fout');
  const overzicht = form.querySelector('.foutoverzicht');
  overzicht.hidden = true;
  overzicht.replaceChildren();
}

function markeer(el, melding) {
  const fout = document.getElementById(el.dataset.fout);
  if (fout) {
    fout.textContent = fout.textContent ? `${fout.textContent} ${melding}` : melding;
    fout.hidden = false;
    // The error is read together with the field: add it to aria-describedby once.
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    if (!ids.includes(fout.id)) el.setAttribute('aria-describedby', [fout.id, ...ids].join(' '));
  }
  el.setAttribute('aria-invalid', 'true');
  (el.closest('.veld') ?? el).classList.add('heeft-fout');
}

function toonOverzicht(form, titel, tekst, items) {
  const overzicht = form.querySelector('.foutoverzicht');
  const titelId = nieuwId('overzicht');
  overzicht.setAttribute('aria-labelledby', titelId);
  vervang(overzicht,
    // Not a heading: the same summary sits in page forms (under an h1) and in section forms (under an h3).
    h('p', { id: titelId, class: 'foutoverzicht-titel' }, titel),
    tekst ? h('p', {}, tekst) : null,
    items.length ? h('ul', {}, items) : null);
  overzicht.hidden = false;
  overzicht.focus();
}

/** Shows one error next to one field at once (a refused upload), without the form's summary. */
export function toonVeldFout(el, melding) {
  wisVeldFout(el);
  markeer(el, melding);
}

export function wisVeldFout(el) {
  el.removeAttribute('aria-invalid');
  const fout = document.getElementById(el.dataset.fout);
  if (fout) {
    fout.textContent = '';
    fout.hidden = true;
  }
  el.closest('.veld')?.classList.remove('heeft-fout');
}

/** Shows an API error in the form: each field error next to its field and all of them in the summary at the top. */
export function toonFormulierFout(form, fout) {
  wisFouten(form);
  const perPad = velden(form);
  const items = [];
  for (const { veld, melding } of fout.fouten ?? []) {
    const el = zoekVeld(perPad, veld ?? '');
    if (el) {
      markeer(el, melding);
      const naam = veldNaam(form, el);
      items.push(h('li', {}, h('a', {
        href: `#${el.id || ''}`,
        onclick: (e) => {
          e.preventDefault();
          focusVeld(el);
        },
      }, naam ? `${naam}: ${melding}` : melding)));
    } else {
      items.push(h('li', {}, melding));
    }
  }
  if (items.length) {
    toonOverzicht(form, items.length === 1 ? 'Kijk dit na:' : `Kijk deze ${items.length} punten na:`, null, items);
  } else {
    const { titel, tekst } = beschrijfFout(fout);
    toonOverzicht(form, titel, tekst, []);
  }
}

// "Dit veld is verplicht." needs its field's name in the summary; inside a repeated block, the block's too.
function veldNaam(form, el) {
  let naam;
  if (el.matches('fieldset')) {
    naam = el.querySelector('legend')?.textContent;
  } else {
    const label = form.querySelector(`label[for="${el.id}"]`);
    naam = (label?.querySelector('.label-tekst') ?? label)?.textContent;
  }
  const blok = el.parentElement?.closest('.blok');
  const blokNaam = blok?.querySelector('legend')?.textContent;
  return [blokNaam, naam].filter(Boolean).join(' – ');
}

function focusVeld(el) {
  const doel = el.matches('fieldset') ? el.querySelector('input, select, textarea, button') ?? el : el;
  doel.focus();
  doel.scrollIntoView?.({ block: 'center' });
}

/** A number field's value for the API: null when empty, the number when it is one, else the text so the API can say why. */
export function getal(tekst) {
  if (tekst === '') return null;
  return /^\d+$/.test(tekst) ? Number(tekst) : tekst;
}

import { h } from '../ui.js';
import { groep } from '../formulier.js';

/**
 * A growing list of blocks (contactgegevens, locaties …) for the registration form.
 * Blocks left empty are not sent; the others are numbered at sending time ("locaties[0]", "locaties[1]")
 * so the API's error paths land on the block the volunteer actually filled in.
 */
export function herhaalbareLijst({ pad, naamItem, nieuw, knoptekst, start = 0 }) {
  const blokken = [];
  const houder = h('div', { class: 'blokken' });
  const toevoegen = h('button', { type: 'button', class: 'knop knop-secundair knop-toevoegen' }, knoptekst);

  function nummer() {
    blokken.forEach((b, i) => {
      b.legend.textContent = `${naamItem} ${i + 1}`;
      b.weg.textContent = `${naamItem} ${i + 1} weghalen`;
    });
  }

  function voegToe(focus) {
    const velden = nieuw();
    const weg = h('button', { type: 'button', class: 'knop knop-link knop-weg' });
    const element = groep({ veld: pad, pad, legend: naamItem, klasse: 'blok' }, velden.element, weg);
    const blok = { element, velden, weg, legend: element.querySelector('legend') };
    weg.addEventListener('click', () => {
      blokken.splice(blokken.indexOf(blok), 1);
      element.remove();
      nummer();
      toevoegen.focus();
    });
    blokken.push(blok);
    houder.append(element);
    nummer();
    if (focus) element.querySelector('input, select, textarea')?.focus();
  }

  toevoegen.addEventListener('click', () => voegToe(true));
  for (let i = 0; i < start; i++) voegToe(false);

  return {
    // data-lijst: input kept across a 401 adds as many blocks again before it puts their values back (onbewaard.js).
    element: h('div', { class: 'herhaalbaar', 'data-lijst': pad }, houder, toevoegen),
    waarde() {
      const uit = [];
      for (const b of blokken) {
        const leeg = b.velden.isLeeg();
        const plek = leeg ? '' : `${pad}[${uit.length}]`;
        b.element.dataset.pad = plek;
        b.element.dataset.veld = plek;
        if (!leeg) uit.push(b.velden.waarde());
      }
      return uit;
    },
  };
}

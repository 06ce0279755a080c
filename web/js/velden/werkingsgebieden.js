import { h, nieuwId, vervang } from '../ui.js';
import { groep } from '../formulier.js';
import { NVT, werkingsgebied, zoekWerkingsgebieden } from '../codes/werkingsgebieden.js';

const MAX = 30;

/**
 * Choosing areas from ~300: a search box that filters a list of checkboxes, plus the chosen ones as removable
 * chips. Plain checkboxes work with every keyboard and screen reader, which a custom combobox often does not.
 * `gekozen` are the association's {code, naam} items.
 */
export function werkingsgebiedenVeld(gekozen = []) {
  const namen = new Map(gekozen.map((w) => [w.code, w.naam]));
  let codes = gekozen.map((w) => w.code);

  const zoekId = nieuwId('zoek');
  const tellerId = nieuwId('teller');
  const zoekveld = h('input', { id: zoekId, type: 'search', autocomplete: 'off', 'aria-describedby': tellerId,
    placeholder: 'bv. Gent, 9000 of Limburg' });
  const teller = h('p', { class: 'veld-hint', id: tellerId, 'aria-live': 'polite' });
  const resultaten = h('ul', { class: 'zoekresultaten' });
  const gekozenLijst = h('ul', { class: 'chips', 'aria-label': 'Gekozen werkingsgebieden' });

  const naam = (code) => werkingsgebied(code)?.naam ?? namen.get(code) ?? code;

  function zet(code, aan) {
    if (aan) {
      // "Niet van toepassing" excludes every real area, and the other way round (the API refuses the mix).
      codes = code === NVT ? [NVT] : [...codes.filter((c) => c !== NVT && c !== code), code];
    } else {
      codes = codes.filter((c) => c !== code);
    }
    toonGekozen();
    toonResultaten();
  }

  function toonGekozen() {
    if (codes.length === 0) {
      vervang(gekozenLijst, h('li', { class: 'chips-leeg' }, 'Nog niets gekozen.'));
      return;
    }
    vervang(gekozenLijst, codes.map((code) => h('li', { class: 'chip' },
      h('span', {}, naam(code)),
      h('button', {
        type: 'button',
        class: 'chip-weg',
        'aria-label': `${naam(code)} weghalen`,
        onclick: () => {
          zet(code, false);
          zoekveld.focus();
        },
      }, '×'))));
  }

  function toonResultaten() {
    const tekst = zoekveld.value.trim();
    const gevonden = zoekWerkingsgebieden(tekst, MAX + 1);
    const getoond = gevonden.slice(0, MAX);
    vervang(resultaten, getoond.map((w) => {
      const id = nieuwId('gebied');
      return h('li', {},
        h('input', { type: 'checkbox', id, checked: codes.includes(w.code), onchange: (e) => zet(w.code, e.target.checked) }),
        h('label', { for: id }, w.naam, h('span', { class: 'zacht' }, ` – ${w.soort}`)));
    }));
    if (!tekst) teller.textContent = 'Typ om een gemeente te zoeken. Hieronder staan de provincies.';
    else if (gevonden.length === 0) teller.textContent = 'Niets gevonden. Probeer een andere naam of postcode.';
    else if (gevonden.length > MAX) teller.textContent = `Meer dan ${MAX} resultaten. Typ verder om te verfijnen.`;
    else teller.textContent = gevonden.length === 1 ? '1 resultaat.' : `${gevonden.length} resultaten.`;
  }

  zoekveld.addEventListener('input', toonResultaten);
  // Enter in the search box should not submit the whole form halfway.
  zoekveld.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      resultaten.querySelector('input')?.focus();
    }
  });
  toonGekozen();
  toonResultaten();

  const element = groep({
    veld: 'werkingsgebieden',
    legend: 'Werkingsgebied',
    hint: 'Waar is de vereniging actief? Kies een of meer gemeenten of provincies.',
    klasse: 'werkingsgebieden',
  },
  h('p', { class: 'subkop' }, 'Gekozen'),
  gekozenLijst,
  h('label', { for: zoekId }, 'Zoek een gemeente, postcode of provincie'),
  zoekveld,
  teller,
  resultaten);

  return { element, waarde: () => [...codes] };
}

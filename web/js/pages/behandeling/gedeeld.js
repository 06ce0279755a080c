import { h, badge } from '../../ui.js';
import { behandelApi } from '../../api.js';

// What the back-office screens share: the states of a case in the case workers' words, and keyboard shortcuts.

export const TOESTANDEN = {
  nieuw: { label: 'Nieuw', soort: 'actie' },
  'in-behandeling': { label: 'In behandeling', soort: 'info' },
  'wacht-op-vereniging': { label: 'Wacht op de vereniging', soort: 'gestopt' },
  beslist: { label: 'Beslist', soort: 'actief' },
  geannuleerd: { label: 'Geannuleerd', soort: 'gestopt' },
};

export function toestandBadge(toestand) {
  const t = TOESTANDEN[toestand] ?? { label: toestand, soort: '' };
  return badge(t.label, t.soort);
}

/**
 * Single-key shortcuts for one page visit: ignored while typing in a field or with a modifier key, and dropped as soon as
 * the visitor leaves the page.
 */
export function sneltoetsen(actief, toetsen) {
  const luister = (e) => {
    if (!actief()) {
      document.removeEventListener('keydown', luister);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const doel = e.target;
    if (doel?.closest?.('input, textarea, select, [contenteditable="true"], dialog')) return;
    const doe = toetsen[e.key];
    if (!doe) return;
    e.preventDefault();
    doe();
  };
  document.addEventListener('keydown', luister);
}

export const leeg = () => h('span', { class: 'zacht' }, '—');

// An agency's back office: the inbox, and for a lending service its stock, calendar and approvals. Links, one address
// each, like the association's tabs.
const ONDERDELEN = [
  { pad: '', tekst: 'Inbox' },
  { pad: 'voorraad', tekst: 'Voorraad' },
  { pad: 'kalender', tekst: 'Kalender' },
  { pad: 'goedkeuringen', tekst: 'Goedkeuringen' },
];

export function onderdelenMenu(ovo, huidig) {
  return h('nav', { class: 'tabs', 'aria-label': 'Onderdelen van het behandelloket' },
    h('ul', {}, ONDERDELEN.map((o) => h('li', {},
      h('a', { href: `#/behandeling/${ovo}${o.pad ? `/${o.pad}` : ''}`, 'aria-current': o.pad === huidig ? 'page' : null }, o.tekst)))));
}

/** The agency's name for a page's title; its code when the list cannot be read (the page itself says what is wrong). */
export async function instantieNaam(ovo) {
  try {
    const { data } = await behandelApi.instanties();
    return data.instanties.find((i) => i.ovoCode === ovo)?.naam ?? ovo;
  } catch {
    return ovo;
  }
}

import { h, vervang, vandaag } from '../../ui.js';
import { onderdelenMenu, instantieNaam, sneltoetsen } from './gedeeld.js';
import { wachtOpGoedkeuring, periodeTekst, laadKalender, reservatieTabel } from './uitleen.js';

// Reservations that wait for the lending service's approval, soonest first, each approved or refused in place
// (j/k or arrows move between them). Read from the calendar of the coming 92 days, the longest period it gives;
// anything later is decided in the calendar of its own week.

const DAGEN = 92;

/** #/behandeling/{ovo}/goedkeuringen */
export async function toon({ vak, params, titel, actief }) {
  const [ovo] = params;
  titel('Goedkeuringen – Behandelloket');
  const kop = h('h1', { tabindex: '-1' }, 'Reservaties die op goedkeuring wachten');
  const inhoud = h('div', {}, h('p', { class: 'laden' }, 'De reservaties worden geladen…'));
  const van = vandaag();
  const tot = new Date(Date.parse(`${van}T00:00:00Z`) + DAGEN * 86400000).toISOString().slice(0, 10);
  vak.append(kop, onderdelenMenu(ovo, 'goedkeuringen'),
    h('p', {}, `Reservaties van ${periodeTekst({ van, tot })} voor materiaal of lokalen die goedkeuring vereisen. De vereniging kan pas bevestigen nadat je goedkeurde; weigeren maakt het materiaal meteen weer vrij. Reservaties voor later vind je in de `,
      h('a', { href: `#/behandeling/${ovo}/kalender` }, 'kalender'), '.'),
    h('p', { class: 'zacht' }, 'Sneltoetsen: j of ↓ volgende, k of ↑ vorige.'),
    inhoud);
  sneltoetsen(actief, { j: () => verplaats(1), ArrowDown: () => verplaats(1), k: () => verplaats(-1), ArrowUp: () => verplaats(-1) });

  const naam = await instantieNaam(ovo);
  if (!actief()) return;
  if (naam !== ovo) titel(`Goedkeuringen – ${naam}`);
  await laad();

  async function laad() {
    const kalender = await laadKalender(ovo, van, tot, { vak: inhoud, actief, wat: 'De lijst van reservaties' });
    if (!kalender) return;
    const namen = new Map(kalender.items.map((i) => [i.code, i.naam]));
    const wachtend = kalender.reservaties.filter(wachtOpGoedkeuring).sort((a, b) => a.van.localeCompare(b.van));
    if (!wachtend.length) {
      vervang(inhoud, h('p', { class: 'niets-nodig' }, 'Er wacht niets op goedkeuring.'));
      return;
    }
    vervang(inhoud, reservatieTabel(ovo, wachtend, {
      namen, bijschrift: 'Reservaties die op goedkeuring wachten', klasse: 'inbox goedkeuringen', metVervaldatum: true, naBeslissing,
    }));
  }

  async function naBeslissing() {
    await laad();
    // The next request, or the heading when none is left: never a focus lost on a removed button.
    (inhoud.querySelector('tr[data-reservatie-id] button') ?? kop).focus();
  }

  function verplaats(stap) {
    const rijen = [...inhoud.querySelectorAll('tr[data-reservatie-id]')];
    if (!rijen.length) return;
    const i = rijen.indexOf(document.activeElement?.closest?.('tr[data-reservatie-id]'));
    rijen[Math.min(rijen.length - 1, Math.max(0, i < 0 ? 0 : i + stap))].querySelector('button').focus();
  }
}

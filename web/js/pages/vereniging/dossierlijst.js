import { h, datum, tijdstip } from '../../ui.js';
import { faseBadge } from './dossierinhoud.js';

// What the dossier list, the overview and the reservations share: which phases are final, a dossier as a list item,
// and following a dossier while the workflow runs in the background.

export const AFGESLOTEN = new Set(['Goedgekeurd', 'Afgekeurd', 'Geannuleerd', 'Verlopen']);
export const isAfgesloten = (d) => AFGESLOTEN.has(d?.status?.fase);

/** A dossier that waits for the association: an agency's question, a reservation to confirm… */
export const wachtOpJullie = (d) => (Boolean(d?.actieNodig) || d?.status?.fase === 'ActieNodig') && !isAfgesloten(d);

/** A held reservation that waits for the association's confirmation (the workflow's action text says so). */
export const wachtOpBevestiging = (d) => Boolean(d?.actieNodig) && !isAfgesloten(d) && (d.actie ?? '').startsWith('Bevestig je reservatie');

export const dossierLink = (vCode, id) => `#/verenigingen/${encodeURIComponent(vCode)}/dossiers/${encodeURIComponent(id)}`;

/**
 * What a reservation reserves, as the API gives it in the list and on the dossier (docs/reservaties.md): `materiaal` (the agency's material
 * code), `aantal`, the first (`van`) and the last day (`tot`). Null for an ordinary application.
 */
export function reservatieWens(d) {
  return d?.reservatie ?? null;
}

/** "2 × tent, van 10 december 2026 tot en met 12 december 2026" */
export function wensTekst(w) {
  return `${w.aantal} × ${w.materiaal}, van ${datum(w.van)} tot en met ${datum(w.tot)}`;
}

/** A date ("2026-12-10") or a moment ("2026-12-10T14:00:00Z"), as the API gives either for a deadline. */
export function datumOfTijd(t) {
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? datum(t) : tijdstip(t);
}

/**
 * One dossier in a list: the service (a link to the dossier), its phase and facts, and what the agency asks when it
 * waits for the association. `metKnop` puts the way to the dossier in a button-like link after the asked action
 * instead of on the name, for lists that are about acting (the overview's "Actie nodig").
 */
export function dossierItem(vCode, d, { metKnop = false, extra = null } = {}) {
  const naam = d.dienstnaam ?? d.productnummer;
  return h('li', { class: 'dossier-item', dataset: { dossier: d.dossierId } },
    h('p', { class: 'dossier-naam' }, metKnop ? naam : h('a', { href: dossierLink(vCode, d.dossierId) }, naam)),
    h('p', { class: 'kenmerken' },
      faseBadge(d.status?.fase),
      d.instantienaam ? h('span', {}, d.instantienaam) : null,
      d.dossierNummer ? h('span', {}, `Dossiernummer ${d.dossierNummer}`) : null,
      d.status?.fase === 'Concept'
        ? h('span', {}, `Bewaard op ${tijdstip(d.bijgewerktOp ?? d.aangemaaktOp)}`)
        : h('span', {}, `Ingediend op ${tijdstip(d.aangemaaktOp)}`),
      d.uiterlijk ? h('span', {}, `Uiterlijk ${datumOfTijd(d.uiterlijk)}`) : null),
    extra,
    d.actieNodig && d.actie ? h('p', { class: 'actie-tekst' }, d.actie) : null,
    metKnop ? h('p', { class: 'dossier-knop' },
      h('a', { class: 'knop', href: dossierLink(vCode, d.dossierId) },
        'Naar het dossier', h('span', { class: 'visueel-verborgen' }, `: ${naam}`))) : null);
}

/**
 * The line that says a dossier is being followed up. Marked `volgt`: unlike a first load (`laden` alone) the page is
 * usable meanwhile, so whoever waits for a finished screen (the browser journeys) need not wait for it.
 */
export function volgRegel(tekst) {
  return h('p', { class: 'laden volgt' }, tekst);
}

export const POLL_INTERVAL = 2000;
export const POLL_DUUR = 60000;

const wacht = (ms) => new Promise((klaar) => { setTimeout(klaar, ms); });

/**
 * Reads a dossier every 2 seconds until `klaar(dossier)`, the page is left, or `tot()` (a moment in ms, asked again
 * each round so a caller can extend it) has passed. Resolves with the last dossier read; null when it could not be
 * read or the page was left. `lees` resolves a dossier or null and should not throw.
 */
export async function volgDossier(lees, { actief, klaar, tot = eenMinuutVanaf(Date.now()) }) {
  for (;;) {
    await wacht(POLL_INTERVAL);
    if (!actief()) return null;
    const d = await lees().catch(() => null);
    if (!actief()) return null;
    if (!d || klaar(d) || Date.now() >= tot()) return d;
  }
}

function eenMinuutVanaf(start) {
  return () => start + POLL_DUUR;
}

import { h } from '../../ui.js';
import { toonFormulierFout } from '../../formulier.js';

// After a 412 the newest version is loaded (staat.js), but the open form still shows what the volunteer typed and the
// list behind it changes silently. These blocks say what someone else stored meanwhile for the item being changed or
// removed, so the volunteer can decide with both versions in view.

const leeg = (x) => x === null || x === undefined || x === '';

/**
 * What changed in one item between the version the volunteer started from (`oud`) and the stored one (`nieuw`, or null
 * when it is gone). `kenmerken(item)` gives [[label, text]] of the item as the page shows it; `dit` names the item
 * ("dit contactgegeven", "de basisgegevens").
 */
export function intussenBlok({ oud, nieuw, kenmerken, dit }) {
  if (!nieuw) {
    return h('p', { class: 'intussen' }, `Iemand anders heeft ${dit} intussen verwijderd.`);
  }
  const voor = new Map(kenmerken(oud));
  const anders = kenmerken(nieuw)
    .map(([label, nu]) => [label, leeg(nu) ? '' : String(nu), leeg(voor.get(label)) ? '' : String(voor.get(label))])
    .filter(([, nu, was]) => nu !== was);
  if (!anders.length) {
    return h('p', { class: 'intussen' },
      `Aan ${dit} zelf veranderde niets: iemand anders wijzigde iets anders aan de vereniging. Klopt alles, bewaar dan opnieuw.`);
  }
  return h('div', { class: 'intussen' },
    h('p', { class: 'intussen-titel' }, 'Intussen opgeslagen door iemand anders:'),
    h('dl', {}, anders.map(([label, nu, was]) => [
      h('dt', {}, label),
      h('dd', {}, nu || h('em', {}, 'leeggemaakt'), h('span', { class: 'zacht' }, ` (was: ${was || 'niet ingevuld'})`)),
    ])));
}

/**
 * A failed save in `form`: the usual error summary, and for a 412 also what is stored now. Focus goes to the summary
 * (toonFormulierFout does that), which now holds both, so a screen reader reads the newer values right after the message.
 */
export function toonBewaarFout(form, fout, conflict) {
  toonFormulierFout(form, fout);
  // Without the newest version there is nothing to compare with; the message then says to try again.
  if (fout?.status !== 412 || !conflict || fout.nieuwsteGeladen === false) return;
  form.querySelector('.foutoverzicht')?.append(intussenBlok(conflict));
}

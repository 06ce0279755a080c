import { velden, isInvoer, gewijzigd } from './invoer.js';

// The forms the person typed in on this page (LOS: fields outside a form), less those whose write the loket accepted
// since: leaving the page then loses what they typed, so the app asks first. A write belongs to the form whose button
// was clicked or that was submitted last, so removing an item or refreshing a source elsewhere on the page does not
// count as sending what was typed in a form. A search or a lookup is no input of theirs to lose.
const LOS = 'los';
const getypt = new Set();
let laatsteFormulier = null;

/** Follows typing in the page container `vak()` (input and change events bubble up to the document). */
export function volgInvoer(vak) {
  const bijInvoer = (e) => {
    const paginaVak = vak();
    if (paginaVak && isInvoer(e.target) && e.target.closest('#' + paginaVak.id)) getypt.add(e.target.closest('form') ?? LOS);
  };
  document.addEventListener('input', bijInvoer);
  document.addEventListener('change', bijInvoer);
  // A confirmation dialog (its own <form method=dialog>) only says yes to what its page form started: the write that
  // follows belongs to that form.
  document.addEventListener('click', (e) => {
    if (!e.target?.closest?.('dialog')) laatsteFormulier = e.target?.closest?.('form') ?? null;
  }, true);
  document.addEventListener('submit', (e) => {
    if (!e.target?.closest?.('dialog')) laatsteFormulier = e.target;
  }, true);
}

/** The form a write starting now belongs to: read when the request leaves, as a click meanwhile may change it. */
export function huidigFormulier() {
  return laatsteFormulier;
}

/** A new page is shown: nothing is typed on it yet. */
export function nieuwePagina() {
  getypt.clear();
  laatsteFormulier = null;
}

/** The loket accepted a write from `formulier` (see `huidigFormulier`): what was typed there went somewhere. */
export function invoerVerstuurd(formulier) {
  if (formulier) getypt.delete(formulier);
}

/** Whether leaving the page in `vak` now would lose what the person typed and did not send. */
export function heeftOnverstuurdeInvoer(vak) {
  if (!vak) return false;
  const veldenVan = (f) => {
    if (f === LOS) return velden(vak).filter((v) => !v.closest('form'));
    return f.closest('#' + vak.id) ? velden(f) : []; // a form that closed (after its save, or cancelled) holds nothing
  };
  return [...getypt].some((f) => veldenVan(f).some(gewijzigd));
}

// What the two ways of not losing input share (onbewaard.js across a 401, onverstuurd.js before leaving a page): which
// fields hold a person's input, and whether they changed what the page put there.

const OVERSLAAN = new Set(['file', 'password', 'hidden', 'submit', 'button', 'reset', 'image']);
export const isVinkje = (v) => v.type === 'checkbox' || v.type === 'radio';

/** Whether the person changed the field from what the page showed (a pre-filled value or a filter is not theirs to keep). */
export function gewijzigd(v) {
  if (isVinkje(v)) return v.checked !== v.defaultChecked;
  if (v.tagName === 'SELECT') return [...v.options].some((o) => o.selected !== o.defaultSelected);
  return v.value !== v.defaultValue;
}

/** The fields in `vak` a person can type in now, for something to be stored (see `isInvoer`). */
export function velden(vak) {
  return [...vak.querySelectorAll('input[name], textarea[name], select[name]')]
    .filter((v) => isInvoer(v) && !v.disabled && !v.readOnly && !v.closest('[hidden]'));
}

/** A field a person types in for something to be stored: not a search, a filter or a lookup. */
export function isInvoer(v) {
  return v?.matches?.('input[name], textarea[name], select[name]') && !OVERSLAAN.has(v.type) && v.type !== 'search'
    && !v.closest('form[role="search"], form[data-opzoeken]');
}

/** A field's name as written in the page (the property is not there on every DOM). */
export const naamVan = (v) => v.getAttribute('name');

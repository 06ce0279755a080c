import { isVinkje, gewijzigd, velden, naamVan } from './invoer.js';

// What a person typed when their sign-in ran out in the middle of a form (a 401 from the API). It is kept in this tab
// only and put back when the same person is back on the same page after signing in again, so a long form is not lost.
// It is never put back for someone else: on a shared computer in a club house, another person may sign in next.

const SLEUTEL = 'vloket.onbewaard';
/** Kept input older than this is dropped: nobody came back for it, and it should not linger on a shared computer. */
const HOUDBAAR_MS = 30 * 60 * 1000;

// A rijksregisternummer typed for someone else is not kept in the browser's storage: it is personal data of a person who
// has no role yet, and retyping one number costs little.
const isInsz = (v) => naamVan(v) === 'insz';

const GEOPEND = 'data-geopend-door';

/**
 * Marks `form` as opened by a click on `knop`, so input kept across a 401 can open it again: a form that is not on the
 * page when it loads would otherwise have nowhere to put what was typed.
 */
export function markeerGeopend(form, knop) {
  const sleutel = sleutelVan(knop);
  if (sleutel) form.setAttribute(GEOPEND, sleutel);
}

/**
 * Names what `knop` opens (`opent(knop, 'locaties:3')`), so the same form is found again after a 401 even when two
 * buttons read alike (two people of the same name).
 */
export function opent(knop, sleutel) {
  knop.setAttribute('data-opent', sleutel);
  return knop;
}

const sleutelVan = (knop) => knop.getAttribute('data-opent');

const geopendeFormulieren = (vak) => [...vak.querySelectorAll(`form[${GEOPEND}]`)].map((f) => f.getAttribute(GEOPEND));

/** Resolves what `vind` finds, polling until it does or `ms` pass (then null). */
async function wachtOp(vind, ms) {
  const eind = Date.now() + ms;
  for (;;) {
    const gevonden = vind();
    if (gevonden || Date.now() > eind) return gevonden ?? null;
    await new Promise((klaar) => { setTimeout(klaar, 50); });
  }
}

/**
 * Opens the forms that were open by clicking their button again. A section may load after its page (the offer), so the
 * button is waited for, and then the form it opens (each at most 8 s; what does not come is left closed).
 */
async function openOpnieuw(vak, namen) {
  for (const naam of namen ?? []) {
    if (geopendeFormulieren(vak).includes(naam)) continue;
    const knop = await wachtOp(() => vak.isConnected !== false
      && [...vak.querySelectorAll('button')].find((b) => sleutelVan(b) === naam && !b.hidden && !b.closest('[hidden]')), 8000);
    if (!knop) continue;
    knop.click();
    await wachtOp(() => geopendeFormulieren(vak).includes(naam), 8000);
  }
}

/** Keeps what is typed on the page in `vak` for `wie` (the INSZ of the sign-in that ran out); true when there was any. */
export function onthoudInvoer(route, vak, wie) {
  if (!wie || !vak) return false;
  const alle = velden(vak);
  if (!alle.some(gewijzigd)) return false;
  const bewaren = alle.filter((v) => !isInsz(v));
  const waarden = bewaren.map((v) => ({ naam: naamVan(v), waarde: v.value, aan: isVinkje(v) ? v.checked : undefined }));
  const inszOpnieuw = alle.some((v) => isInsz(v) && gewijzigd(v) && v.value !== '');
  const blokken = Object.fromEntries([...vak.querySelectorAll('[data-lijst]')].map((l) => [l.getAttribute('data-lijst'), l.querySelectorAll('.blok').length]));
  sessionStorage.setItem(SLEUTEL, JSON.stringify({ route, wie, waarden, inszOpnieuw, geopend: geopendeFormulieren(vak), blokken, op: Date.now() }));
  return true;
}

/** Forgets kept input (signing out on purpose, or the sign-in ended with nobody back for it). */
export function vergeetInvoer() {
  sessionStorage.removeItem(SLEUTEL);
}

function lees() {
  try {
    return JSON.parse(sessionStorage.getItem(SLEUTEL));
  } catch {
    return null;
  }
}

/** Sets a field as if typed, so the page reacts as it would; true when the value changed. */
function zet(veld, waarde) {
  if (veld.value === waarde) return false;
  veld.value = waarde;
  veld.dispatchEvent(new Event('input', { bubbles: true }));
  veld.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/**
 * After a page is shown to a signed-in person: puts back what was kept for this page and this person, opening again a
 * form that was open by a click (`markeerGeopend`). Resolves null when
 * nothing was put back, else `{ inszOpnieuw }`: whether a rijksregisternummer was typed that must be typed again. Kept
 * input for another person, or for a page this person did not go back to, is dropped.
 */
export async function zetInvoerTerug(route, vak, wie) {
  const bewaard = lees();
  if (!bewaard) return null;
  sessionStorage.removeItem(SLEUTEL);
  if (bewaard.wie !== wie || bewaard.route !== route || !(Date.now() - bewaard.op < HOUDBAAR_MS)) return null;
  await openOpnieuw(vak, bewaard.geopend);
  // Blocks added by a click (a second location, an invitee) are added again, so their values have somewhere to go.
  for (const lijst of vak.querySelectorAll('[data-lijst]')) {
    const knop = [...lijst.children].find((c) => c.classList.contains('knop-toevoegen'));
    for (let n = lijst.querySelectorAll('.blok').length; knop && n < (bewaard.blokken?.[lijst.getAttribute('data-lijst')] ?? 0); n++) knop.click();
  }

  // Fields whose name repeats (blocks of the same kind) are matched by their order on the page; boxes by their value.
  const volgende = (gezien) => (v) => {
    if (isVinkje(v)) return bewaard.waarden.find((x) => x.naam === naamVan(v) && x.waarde === v.value && x.aan !== undefined);
    const n = gezien.get(naamVan(v)) ?? 0;
    gezien.set(naamVan(v), n + 1);
    return bewaard.waarden.filter((x) => x.naam === naamVan(v) && x.aan === undefined)[n];
  };
  let teruggezet = false;
  // Choices first: a choice may change the fields that follow it (e.g. the kind of a contact detail).
  const keuze = volgende(new Map());
  for (const v of velden(vak).filter((x) => x.tagName === 'SELECT' || isVinkje(x))) {
    const w = keuze(v);
    if (!w) continue;
    if (isVinkje(v) && v.checked !== w.aan) {
      v.click();
      teruggezet = true;
    } else if (!isVinkje(v)) {
      teruggezet = zet(v, w.waarde) || teruggezet;
    }
  }
  const tekst = volgende(new Map());
  for (const v of velden(vak).filter((x) => x.tagName !== 'SELECT' && !isVinkje(x))) {
    const w = tekst(v);
    if (w && w.waarde !== '') teruggezet = zet(v, w.waarde) || teruggezet;
  }
  return teruggezet || bewaard.inszOpnieuw ? { inszOpnieuw: Boolean(bewaard.inszOpnieuw) } : null;
}

// Small DOM helpers. Everything the API returns is put in the page as text, never as HTML, so a name like
// "<b>Chiro</b>" can never become markup.

/** h('p', {class: 'x', onclick: fn}, 'tekst', kind, [meer kinderen]) */
export function h(tag, eigenschappen = {}, ...kinderen) {
  const el = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(eigenschappen ?? {})) {
    if (waarde === undefined || waarde === null || waarde === false) continue;
    if (naam.startsWith('on') && typeof waarde === 'function') {
      el.addEventListener(naam.slice(2), waarde);
    } else if (naam === 'dataset') {
      Object.assign(el.dataset, waarde);
    } else if (naam === 'value' || naam === 'checked') {
      el[naam] = waarde;
      // What the page puts in a field is its default too, so what the person changed can be told apart (onbewaard.js).
      // The value as the browser keeps it (an e-mail field trims, a date field drops what is no date).
      if (naam === 'value' && el.tagName === 'INPUT') el.defaultValue = el.value;
      if (naam === 'checked') el.defaultChecked = waarde;
    } else {
      el.setAttribute(naam, waarde === true ? '' : String(waarde));
    }
  }
  voegToe(el, kinderen);
  return el;
}

function voegToe(el, kinderen) {
  for (const kind of kinderen) {
    if (kind === null || kind === undefined || kind === false) continue;
    if (Array.isArray(kind)) voegToe(el, kind);
    else el.append(kind instanceof Node ? kind : String(kind));
  }
}

export function vervang(el, ...kinderen) {
  el.replaceChildren();
  voegToe(el, kinderen);
  return el;
}

let volgnummer = 0;
/** A unique id for label/for and aria-describedby pairs. */
export function nieuwId(prefix = 'v') {
  volgnummer += 1;
  return `${prefix}-${volgnummer}`;
}

// ---- Page-level messages -------------------------------------------------------------------------------------

const fouten = () => document.getElementById('foutmeldingen');
const statussen = () => document.getElementById('statusmeldingen');
let voorVolgendePagina = null;

export function toonFout(titel, tekst) {
  vervang(fouten(), h('div', { class: 'melding melding-fout' },
    h('p', { class: 'melding-titel' }, titel),
    tekst ? h('p', {}, tekst) : null));
  fouten().scrollIntoView?.({ block: 'nearest' });
}

export function toonSucces(tekst) {
  vervang(statussen(), h('div', { class: 'melding melding-succes' }, h('p', {}, tekst)));
}

export function toonInfo(tekst) {
  vervang(statussen(), h('div', { class: 'melding melding-info' }, h('p', {}, tekst)));
}

export function wisMeldingen() {
  fouten().replaceChildren();
  statussen().replaceChildren();
}

/** A message that should survive the next navigation (e.g. "your association is registered"). */
export function meldNaNavigatie(soort, tekst, titel) {
  voorVolgendePagina = { soort, tekst, titel };
}

export function toonBewaardeMelding() {
  const m = voorVolgendePagina;
  voorVolgendePagina = null;
  if (!m) return;
  if (m.soort === 'fout') toonFout(m.titel ?? m.tekst, m.titel ? m.tekst : null);
  else if (m.soort === 'info') toonInfo(m.tekst);
  else toonSucces(m.tekst);
}

/** Turns an ApiFout (or any error) into a friendly Dutch title and explanation. */
export function beschrijfFout(fout) {
  const p = fout?.probleem ?? {};
  switch (fout?.status) {
    case 0:
      return { titel: p.title, tekst: p.detail };
    case 401:
      return { titel: 'Je bent niet meer aangemeld.', tekst: 'Meld je opnieuw aan om verder te gaan.' };
    case 404:
      return {
        titel: 'Niet gevonden.',
        tekst: p.detail && p.detail !== 'Niet gevonden.'
          ? p.detail
          : 'Deze vereniging bestaat niet, of je bent er geen vertegenwoordiger van.',
      };
    case 412:
      return {
        titel: 'Iemand anders heeft deze gegevens intussen gewijzigd.',
        // nieuwsteGeladen: set by the association page's state once it tried to load the newest version.
        tekst: fout.nieuwsteGeladen === false
          ? 'De nieuwste gegevens konden nog niet geladen worden. Probeer het over een ogenblik opnieuw; dan laden we ze eerst.'
          : 'We hebben de nieuwste gegevens geladen. Wat je typte, staat nog in het formulier: kijk het na en bewaar opnieuw. Het loket past dan alleen aan wat jij wijzigde; de rest houdt de nieuwste waarde.',
      };
    case 428:
      return { titel: 'De versie van de gegevens ontbrak.', tekst: 'Laad de pagina opnieuw en probeer het nog eens.' };
    case 503:
      // The loket's own title says whether a data source, an agency or its own storage is down; "try again" once.
      return {
        titel: p.title ?? 'Een gegevensbron is tijdelijk niet bereikbaar.',
        tekst: /opnieuw/i.test(p.detail ?? '') ? p.detail : `${p.detail ? `${p.detail} ` : ''}Probeer het over een paar minuten opnieuw.`,
      };
    case undefined:
      console.error(fout);
      return { titel: 'Er liep iets mis.', tekst: 'Laad de pagina opnieuw en probeer het nog eens.' };
    default:
      return { titel: p.title ?? 'Er liep iets mis.', tekst: p.detail ?? null };
  }
}

export function toonApiFout(fout) {
  // 401 is handled once, centrally: the person is sent back to sign-in with its own message.
  if (fout?.status === 401) return;
  const { titel, tekst } = beschrijfFout(fout);
  // Here no field is marked (that is toonFormulierFout's work), so the fields' own messages are the explanation.
  const velden = fout?.fouten?.map((f) => f.melding).filter(Boolean) ?? [];
  toonFout(titel, velden.length ? velden.join(' ') : tekst);
}

/**
 * A part of a page that could not load, while the rest did: why, and a button that loads only that part again.
 * `opnieuw` replaces this box; focus then goes to the box's container so keyboard users keep their place.
 */
export function deelFout(wat, fout, opnieuw) {
  const { titel, tekst } = beschrijfFout(fout);
  const vak = h('div', { class: 'melding melding-fout' },
    h('p', { class: 'melding-titel' }, wat),
    h('p', {}, [titel, tekst].filter(Boolean).join(' ')));
  const knop = h('button', { type: 'button', class: 'knop knop-secundair knop-klein' }, 'Opnieuw proberen');
  knop.addEventListener('click', async () => {
    const ouder = vak.parentElement;
    await metBezig(knop, 'Bezig met laden…', opnieuw);
    if (!vak.isConnected && ouder?.isConnected) {
      ouder.setAttribute('tabindex', '-1');
      ouder.focus();
    }
  });
  vak.append(h('p', {}, knop));
  return vak;
}

// ---- Buttons and dialogs --------------------------------------------------------------------------------------

/**
 * Runs `werk` while the button shows it is busy. The button stays focusable (aria-disabled instead of disabled)
 * so keyboard users do not lose their place; a second press while busy is ignored.
 */
export async function metBezig(knop, bezigTekst, werk) {
  if (knop.getAttribute('aria-disabled') === 'true') return undefined;
  const label = knop.textContent;
  knop.setAttribute('aria-disabled', 'true');
  knop.classList.add('is-bezig');
  knop.textContent = bezigTekst;
  try {
    return await werk();
  } finally {
    knop.removeAttribute('aria-disabled');
    knop.classList.remove('is-bezig');
    knop.textContent = label;
  }
}

/** A modal question with a native <dialog>: focus is trapped and Escape cancels. Resolves true when confirmed. */
export function bevestig({ titel, tekst, ja, nee = 'Annuleren', gevaarlijk = false }) {
  return new Promise((klaar) => {
    const titelId = nieuwId('dialoog');
    const jaKnop = h('button', { type: 'submit', value: 'ja', class: `knop ${gevaarlijk ? 'knop-gevaar' : ''}` }, ja);
    const neeKnop = h('button', { type: 'submit', value: 'nee', class: 'knop knop-secundair' }, nee);
    const dialoog = h('dialog', { class: 'dialoog', 'aria-labelledby': titelId },
      h('form', { method: 'dialog' },
        h('h2', { id: titelId }, titel),
        [].concat(tekst).filter(Boolean).map((t) => h('p', {}, t)),
        h('div', { class: 'knoppen' }, jaKnop, neeKnop)));
    const terug = document.activeElement;
    dialoog.addEventListener('close', () => {
      dialoog.remove();
      terug?.focus?.();
      klaar(dialoog.returnValue === 'ja');
    });
    document.body.append(dialoog);
    dialoog.showModal();
    // The safe choice gets focus: Enter right away must never stop an association by accident.
    neeKnop.focus();
  });
}

// ---- Formatting --------------------------------------------------------------------------------------------

const datumFormaat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });
const tijdstipFormaat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short' });

/** "2024-03-15" → "15 maart 2024" (read as a calendar date, never shifted by time zones). */
export function datum(tekst) {
  if (!tekst) return '';
  const [j, m, d] = tekst.split('-').map(Number);
  const dag = new Date(j, m - 1, d);
  return Number.isNaN(dag.getTime()) ? tekst : datumFormaat.format(dag);
}

export function tijdstip(tekst) {
  const t = new Date(tekst);
  return Number.isNaN(t.getTime()) ? tekst : tijdstipFormaat.format(t);
}

/** Today as yyyy-MM-dd in the volunteer's own time zone (what a date field's max needs). */
export function vandaag() {
  const n = new Date();
  return `${n.getFullYear()}-${String(n.getMonth() + 1).padStart(2, '0')}-${String(n.getDate()).padStart(2, '0')}`;
}

export function doelgroepTekst(d) {
  const min = d?.minimumleeftijd ?? 0;
  const max = d?.maximumleeftijd ?? 150;
  if (min <= 0 && max >= 150) return 'Iedereen, geen leeftijdsgrens';
  if (min <= 0) return `Tot en met ${max} jaar`;
  if (max >= 150) return `Vanaf ${min} jaar`;
  return `Van ${min} tot en met ${max} jaar`;
}

/**
 * A table that small screens show as stacked rows (loket.css): each cell but the first gets its column's name to show
 * in front of it, and every part gets its table role explicitly, because some browsers drop table semantics once rows
 * are no longer displayed as rows.
 */
export function stapelbaar(tabel) {
  const namen = [...tabel.querySelectorAll('thead th')].map((th) => th.textContent);
  tabel.setAttribute('role', 'table');
  for (const groep of tabel.querySelectorAll('thead, tbody')) groep.setAttribute('role', 'rowgroup');
  for (const rij of tabel.querySelectorAll('tr')) rij.setAttribute('role', 'row');
  for (const th of tabel.querySelectorAll('thead th')) th.setAttribute('role', 'columnheader');
  for (const rij of tabel.querySelectorAll('tbody tr')) {
    [...rij.children].forEach((cel, i) => {
      cel.setAttribute('role', 'cell');
      if (i > 0 && namen[i]) cel.dataset.kolom = namen[i];
    });
  }
  return tabel;
}

export function badge(tekst, soort = '') {
  return h('span', { class: `badge ${soort ? `badge-${soort}` : ''}` }, tekst);
}

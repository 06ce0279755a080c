import { behandelApi } from '../../api.js';
import { h, vervang, badge, nieuwId, datum, tijdstip, stapelbaar, metBezig, toonApiFout, toonSucces } from '../../ui.js';

// What the lending service's calendar and approvals share: a reservation's state in the case workers' words, and
// approving or refusing one that waits for it. A state the loket adds later is shown as its own words, never hidden.

const STATUSSEN = {
  Vastgehouden: { label: 'Vastgehouden', soort: 'info' },
  Bevestigd: { label: 'Bevestigd', soort: 'actief' },
  Geannuleerd: { label: 'Geannuleerd', soort: 'gestopt' },
  Vervallen: { label: 'Vervallen', soort: 'gestopt' },
  Geweigerd: { label: 'Geweigerd', soort: 'gestopt' },
};
const AFGELOPEN = new Set(['Geannuleerd', 'Vervallen', 'Geweigerd']);

/**
 * The calendar of a period for a screen: its answer, or null once `vak` says why there is none (the page moved on, the
 * agency is unknown to this case worker, or the loket failed).
 */
export async function laadKalender(ovo, van, tot, { vak, actief, wat }) {
  try {
    const { data } = await behandelApi.kalender(ovo, van, tot);
    return actief() ? data : null;
  } catch (fout) {
    if (!actief()) return null;
    vervang(vak, h('p', {}, fout.status === 404 ? 'Deze uitleendienst bestaat niet in het behandelloket, of je hebt er geen rol.' : `${wat} kon niet geladen worden.`),
      h('p', {}, h('a', { href: '#/behandeling' }, 'Naar het behandelloket')));
    toonApiFout(fout);
    return null;
  }
}

/** Waits for the lending service: its item needs approval, nobody decided yet, and it is still held. */
export function wachtOpGoedkeuring(r) {
  return (r.goedkeuring === 'gevraagd' && !AFGELOPEN.has(r.status)) || /wacht.*goedkeuring/i.test(r.status ?? '');
}

/** "WachtOpGoedkeuring" → "Wacht op goedkeuring": an unknown state still reads as words. */
function alsWoorden(status) {
  const woorden = String(status ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return woorden ? woorden[0].toUpperCase() + woorden.slice(1) : 'Onbekend';
}

export function reservatieStatus(r) {
  if (wachtOpGoedkeuring(r)) return { label: 'Wacht op goedkeuring', soort: 'actie' };
  const s = STATUSSEN[r.status] ?? { label: alsWoorden(r.status), soort: '' };
  return r.goedkeuring === 'goedgekeurd' && r.status === 'Vastgehouden' ? { label: 'Goedgekeurd, wacht op bevestiging', soort: 'info' } : s;
}

function statusBadge(r) {
  const s = reservatieStatus(r);
  return badge(s.label, s.soort);
}

/** "12 december 2026 tot en met 14 december 2026", or one day. */
export function periodeTekst({ van, tot }) {
  return van === tot ? datum(van) : `${datum(van)} tot en met ${datum(tot)}`;
}

/** "1 × tent, 12 december 2026 tot en met 14 december 2026" */
function wensTekst(r, naam = r.materiaal) {
  return `${r.aantal} × ${naam}, ${periodeTekst(r)}`;
}

/**
 * Reservations as a table: material (by the stock's `namen`), quantity, period, association, state, optionally when the
 * hold lapses, and "Goedkeuren"/"Weigeren" on those that wait for approval. Rows carry `data-reservatie-id`.
 */
export function reservatieTabel(ovo, reservaties, { namen, bijschrift, klasse, metVervaldatum = false, naBeslissing }) {
  const koppen = ['Materiaal', 'Aantal', 'Periode', 'Vereniging', 'Status', ...(metVervaldatum ? ['Vervalt'] : []), 'Actie'];
  return stapelbaar(h('table', { class: `tabel ${klasse}` },
    h('caption', { class: 'visueel-verborgen' }, bijschrift),
    h('thead', {}, h('tr', {}, koppen.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, reservaties.map((r) => {
      const naam = namen.get(r.materiaal) ?? r.materiaal;
      return h('tr', { dataset: { reservatieId: r.reservatieId } },
        h('td', {}, naam),
        h('td', {}, String(r.aantal)),
        h('td', {}, periodeTekst(r)),
        h('td', {}, r.vCode),
        h('td', {}, statusBadge(r)),
        metVervaldatum ? h('td', {}, r.vervaltOp ? tijdstip(r.vervaltOp) : '—') : null,
        h('td', {}, wachtOpGoedkeuring(r) ? beslisKnoppen(ovo, r, naam, naBeslissing) : null));
    }))));
}

/**
 * "Goedkeuren" and "Weigeren" for one reservation. Refusing asks a motivation in a dialog first. `naBeslissing()` runs
 * after the loket took the decision (the caller reloads and puts focus where the person was).
 */
export function beslisKnoppen(ovo, r, naam, naBeslissing) {
  const wat = `${naam} voor ${r.vCode}`;
  // The visible word starts the button's name (WCAG 2.5.3); the rest says which reservation, for screen readers.
  const goed = h('button', { type: 'button', class: 'knop knop-klein' }, 'Goedkeuren', h('span', { class: 'visueel-verborgen' }, `: reservatie ${wat}`));
  const weiger = h('button', { type: 'button', class: 'knop knop-klein knop-secundair' }, 'Weigeren', h('span', { class: 'visueel-verborgen' }, `: reservatie ${wat}`));
  goed.addEventListener('click', () => beslis(goed, { beslissing: 'goedkeuren' },
    `De reservatie van ${wensTekst(r, naam)} voor ${r.vCode} is goedgekeurd. De vereniging kan ze nu bevestigen.`));
  weiger.addEventListener('click', async () => {
    const motivering = await vraagMotivering(`Reservatie ${wat} weigeren`, wensTekst(r, naam));
    if (motivering === null) return;
    await beslis(weiger, { beslissing: 'weigeren', motivering },
      `De reservatie van ${wensTekst(r, naam)} voor ${r.vCode} is geweigerd; het materiaal is weer vrij.`);
  });
  return h('div', { class: 'knoppen beslisknoppen' }, goed, weiger);

  async function beslis(knop, body, melding) {
    await metBezig(knop, 'Bezig…', async () => {
      try {
        await behandelApi.keurReservatie(ovo, r.reservatieId, body);
        toonSucces(melding);
      } catch (fout) {
        toonApiFout(fout);
      }
    });
    await naBeslissing();
  }
}

/** A modal form asking why; resolves the motivation, or null when the case worker cancels (Escape too). */
function vraagMotivering(titel, wat) {
  return new Promise((klaar) => {
    const titelId = nieuwId('weigeren');
    const veldId = nieuwId('motivering');
    const fout = h('p', { class: 'veld-fout', id: `${veldId}-fout`, hidden: true });
    const veld = h('textarea', { id: veldId, rows: 4, maxlength: 2000, 'aria-required': 'true', 'aria-describedby': `${veldId}-hint` });
    const dialoog = h('dialog', { class: 'dialoog', 'aria-labelledby': titelId },
      h('form', { method: 'dialog', novalidate: true },
        h('h2', { id: titelId }, titel),
        h('p', {}, wat),
        h('div', { class: 'veld' },
          h('label', { for: veldId }, 'Motivering', h('span', { class: 'verplicht' }, ' (verplicht)')),
          h('p', { class: 'veld-hint', id: `${veldId}-hint` }, 'Waarom weiger je? Bijvoorbeeld: de zaal is die dag voor een stedelijke activiteit nodig.'),
          fout, veld),
        h('div', { class: 'knoppen' },
          h('button', { type: 'submit', value: 'ja', class: 'knop knop-gevaar' }, 'Weigeren'),
          h('button', { type: 'submit', value: 'nee', class: 'knop knop-secundair' }, 'Annuleren'))));
    dialoog.querySelector('form').addEventListener('submit', (e) => {
      if (e.submitter?.value !== 'ja' || veld.value.trim()) return;
      e.preventDefault();
      fout.textContent = 'Geef een motivering.';
      fout.hidden = false;
      veld.setAttribute('aria-invalid', 'true');
      veld.setAttribute('aria-describedby', `${fout.id} ${veldId}-hint`);
      veld.focus();
    });
    const terug = document.activeElement;
    dialoog.addEventListener('close', () => {
      dialoog.remove();
      terug?.focus?.();
      klaar(dialoog.returnValue === 'ja' ? veld.value.trim() : null);
    });
    document.body.append(dialoog);
    dialoog.showModal();
    veld.focus();
  });
}

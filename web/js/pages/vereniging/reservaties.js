import { api } from '../../api.js';
import { h, vervang, deelFout, metBezig, toonApiFout, toonSucces, toonFout, toonInfo, wisMeldingen } from '../../ui.js';
import { isAfgesloten, wachtOpBevestiging, dossierItem, reservatieWens, wensTekst, volgDossier, volgRegel } from './dossierlijst.js';
import { nakijkDeel } from './beschikbaarheid.js';

// Reservations of rooms and material (docs/reservaties.md): applications for lending services whose answers name a
// material and a period. The agency holds it; the association confirms before a deadline or the hold lapses.

/** The "Reservaties" tab: open reservations with "Bevestigen", checking what is free and reserving it, past ones. */
export function reservatiesSectie(vCode, { actief, navigeer }) {
  const lopendVak = h('div', { 'aria-busy': 'true' }, h('p', { class: 'laden' }, 'De reservaties worden geladen…'));
  const nakijkVak = h('div', { 'aria-busy': 'true' }, h('p', { class: 'laden' }, 'De uitleendiensten worden geladen…'));
  const afgelopenVak = h('div', {});
  const sectie = h('section', { class: 'sectie', 'aria-labelledby': 'reservaties-kop' },
    h('h2', { id: 'reservaties-kop' }, 'Reservaties'),
    h('p', { class: 'inleiding' }, 'Een tent, podium, zaal of ander materiaal lenen bij een uitleendienst. De uitleendienst houdt wat je reserveert even voor jullie vast. Bevestig je reservatie vóór de termijn, anders vervalt ze.'),
    h('h3', { id: 'lopend-kop' }, 'Lopende reservaties'),
    lopendVak,
    h('h3', { id: 'nakijken-kop' }, 'Beschikbaarheid nakijken en reserveren'),
    nakijkVak,
    afgelopenVak);
  // Both parts load at once; one failing does not stop the other.
  laadLijst();
  laadDiensten();
  return sectie;

  async function laadLijst({ focus } = {}) {
    let dossiers;
    try {
      ({ data: { dossiers } } = await api.dossiers(vCode));
    } catch (fout) {
      if (!actief()) return;
      vervang(lopendVak, deelFout('De reservaties konden niet geladen worden.', fout, () => laadLijst()));
      afgelopenVak.replaceChildren();
      return;
    } finally {
      lopendVak.removeAttribute('aria-busy');
    }
    if (!actief()) return;
    const reservaties = dossiers.filter((d) => reservatieWens(d));
    // What waits for a confirmation first, then the newest.
    const open = reservaties.filter((d) => !isAfgesloten(d))
      .sort((a, b) => Number(wachtOpBevestiging(b)) - Number(wachtOpBevestiging(a)) || new Date(b.aangemaaktOp) - new Date(a.aangemaaktOp));
    const voorbij = reservaties.filter(isAfgesloten).sort((a, b) => new Date(b.aangemaaktOp) - new Date(a.aangemaaktOp));
    vervang(lopendVak, open.length
      ? h('ul', { class: 'dossiers reservaties' }, open.map(item))
      : h('p', {}, reservaties.length
        ? 'Er is geen lopende reservatie. Wil je opnieuw iets lenen? Kijk hieronder wat er vrij is en reserveer het meteen.'
        : 'Jullie hebben nog geen reservaties. Kijk hieronder wat een uitleendienst vrij heeft, en reserveer het meteen.'));
    vervang(afgelopenVak, voorbij.length ? [
      h('h3', {}, 'Afgelopen reservaties'),
      h('p', { class: 'zacht' }, 'Bevestigd, geannuleerd, vervallen of niet beschikbaar.'),
      h('ul', { class: 'dossiers reservaties' }, voorbij.map(item)),
    ] : null);
    if (focus) zetFocus(focus);
  }

  // After an action the item moves (held → its Bevestigen button, confirmed → the past list): focus follows it.
  function zetFocus({ dossierId, bevestigen }) {
    const li = Array.from(sectie.querySelectorAll('li.dossier-item')).find((x) => x.dataset.dossier === dossierId);
    const doel = (bevestigen ? li?.querySelector('button') : null) ?? li?.querySelector('a');
    doel?.focus();
    doel?.scrollIntoView?.({ block: 'center' });
  }

  function item(d) {
    const wens = reservatieWens(d);
    const label = d.status?.label;
    const li = dossierItem(vCode, d, {
      extra: h('p', { class: 'reservatie-wens' }, label ? [h('span', { class: 'label' }, label), ' – '] : null, wensTekst(wens)),
    });
    if (wachtOpBevestiging(d)) {
      const melding = h('div', { class: 'opvolging', role: 'status' });
      const knop = h('button', { type: 'button', class: 'knop' }, 'Bevestigen',
        h('span', { class: 'visueel-verborgen' }, `: ${wensTekst(wens)}`));
      knop.addEventListener('click', () => bevestigReservatie(d, wens, knop, melding));
      li.append(h('div', { class: 'knoppen' }, knop), melding);
    }
    return li;
  }

  async function bevestigReservatie(d, wens, knop, melding) {
    await metBezig(knop, 'Bezig met bevestigen…', async () => {
      wisMeldingen();
      try {
        await api.bevestigReservatie(vCode, d.dossierId);
      } catch (fout) {
        toonApiFout(fout);
        // 409: the hold lapsed or was handled elsewhere; show how it stands now.
        if (fout.status === 409) await laadLijst();
        return;
      }
      vervang(melding, volgRegel(`We geven je bevestiging door aan ${d.instantienaam ?? 'de uitleendienst'}…`));
      // The workflow confirms at the agency in the background: the button stays busy until the dossier moves on.
      const na = await volgDossier(() => api.dossier(vCode, d.dossierId).then((r) => r.data),
        { actief, klaar: (x) => !wachtOpBevestiging(x) });
      if (!actief()) return;
      meldUitkomst(na, wens);
      await laadLijst({ focus: { dossierId: d.dossierId } });
    });
  }

  async function laadDiensten() {
    let diensten;
    try {
      ({ data: { diensten } } = await api.aanbod(vCode, { type: 'InfrastructuurMateriaal' }));
    } catch (fout) {
      if (!actief()) return;
      vervang(nakijkVak, deelFout('De uitleendiensten konden niet geladen worden.', fout, () => laadDiensten()));
      return;
    } finally {
      nakijkVak.removeAttribute('aria-busy');
    }
    if (!actief()) return;
    vervang(nakijkVak, nakijkDeel(vCode, diensten, {
      actief,
      navigeer,
      // A new reservation shows in the list right away ("Ingediend"), and again once the agency holds it or not.
      bijNieuweReservatie: () => laadLijst(),
      bijGevolgd: (d) => laadLijst({ focus: { dossierId: d.dossierId, bevestigen: wachtOpBevestiging(d) } }),
    }));
  }
}

function meldUitkomst(d, wens) {
  const fase = d?.status?.fase;
  if (fase === 'Goedgekeurd') {
    toonSucces(`Je reservatie is bevestigd: ${wensTekst(wens)}.`);
  } else if (fase === 'Verlopen') {
    toonFout('Je reservatie is vervallen.', 'De uitleendienst hield ze niet langer vast. Kijk opnieuw wat er vrij is en reserveer opnieuw.');
  } else if (fase === 'Geannuleerd') {
    toonInfo('Deze reservatie is intussen geannuleerd.');
  } else {
    toonInfo('De uitleendienst verwerkt je bevestiging nog. Kijk over een paar minuten opnieuw op deze pagina.');
  }
}

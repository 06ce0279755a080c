import { api } from '../../api.js';
import { h, vervang, badge, datum, tijdstip, metBezig, toonApiFout, toonSucces, stapelbaar } from '../../ui.js';

// Categories of data items in the volunteers' words, in the order they are shown.
const GROEPEN = [
  ['basisgegevens', 'Basisgegevens'],
  ['contactgegeven', 'Contactgegevens'],
  ['locatie', 'Locaties'],
  ['vertegenwoordiger', 'Vertegenwoordigers'],
  ['bankrekeningnummer', 'Bankrekeningnummers'],
  ['bankbevestiging', 'Bevestigde rekeningen'],
  ['attest', 'Attesten jeugdwerk'],
  ['erkenning', 'Erkenningen'],
];
const STATUS = { actueel: 'actueel', verouderd: 'laatst gekende gegevens', onbereikbaar: 'niet bereikbaar' };

/**
 * What the government already knows about the association, from every source, each item with where it comes from,
 * when it was fetched and until when it holds. Warnings about unreachable sources come first; "Vernieuwen" asks every
 * source again and follows the refresh until it is done.
 */
export function gekendeGegevensSectie(vCode, { actief }) {
  const inhoud = h('div', {}, h('p', { class: 'laden' }, 'De gekende gegevens worden opgehaald…'));
  const voortgang = h('p', { class: 'zacht', role: 'status' });
  const knop = h('button', { type: 'button', class: 'knop knop-secundair', onclick: () => vernieuw() }, 'Vernieuwen');
  const sectie = h('section', { class: 'sectie', 'aria-labelledby': 'gekend-kop' },
    h('h2', { id: 'gekend-kop' }, 'Gekende gegevens'),
    h('p', { class: 'inleiding' },
      'Wat de overheid al over jullie vereniging weet. Deze gegevens hoef je niet opnieuw in te vullen bij een aanvraag. Klopt er iets niet? Dan staat bij elk gegeven waar het vandaan komt.'),
    h('p', {}, knop), voortgang, inhoud);
  laad();
  return sectie;

  async function laad() {
    let overzicht;
    try {
      ({ data: overzicht } = await api.gegevens(vCode));
    } catch (fout) {
      if (!actief()) return;
      vervang(inhoud, h('p', {}, 'De gekende gegevens konden niet geladen worden. '), h('button', { type: 'button', class: 'knop-link', onclick: () => laad() }, 'Probeer opnieuw'));
      toonApiFout(fout);
      return;
    }
    if (!actief()) return;
    toon(overzicht);
  }

  function toon({ bronnen, waarschuwingen, items }) {
    const naam = Object.fromEntries(bronnen.map((b) => [b.bron, b.naam]));
    vervang(inhoud,
      waarschuwingen.length
        ? h('div', { class: 'melding melding-waarschuwing', role: 'alert' }, waarschuwingen.map((w) => h('p', {}, w.melding)))
        : null,
      GROEPEN.map(([categorie, titel]) => groep(titel, items.filter((i) => i.categorie === categorie), naam)),
      h('h3', {}, 'Bronnen'),
      h('ul', { class: 'lijst' }, bronnen.map((b) => h('li', {},
        `${b.naam}: `, badge(STATUS[b.status] ?? b.status, b.status === 'actueel' ? 'actief' : 'gestopt'),
        b.opgehaaldOp ? ` – opgehaald op ${tijdstip(b.opgehaaldOp)}` : ' – nog nooit opgehaald'))));
  }

  function groep(titel, items, naam) {
    if (!items.length) return null;
    return h('div', { class: 'groep' },
      h('h3', {}, titel),
      stapelbaar(h('table', { class: 'tabel' },
        h('caption', { class: 'visueel-verborgen' }, titel),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Gegeven'), h('th', { scope: 'col' }, 'Waarde'), h('th', { scope: 'col' }, 'Bron'),
          h('th', { scope: 'col' }, 'Opgehaald'), h('th', { scope: 'col' }, 'Geldig tot'))),
        h('tbody', {}, items.map((i) => h('tr', {},
          h('td', {}, i.label, i.status ? [' ', badge(i.status, i.status === 'Actief' || i.status === 'Geldig' ? 'actief' : 'gestopt')] : null),
          h('td', {}, waarde(i)),
          h('td', {}, naam[i.bron] ?? i.bron),
          h('td', { class: 'niet-breken' }, tijdstip(i.opgehaaldOp)),
          h('td', { class: 'niet-breken' }, i.geldigTot ? datum(i.geldigTot) : '–')))))));
  }

  async function vernieuw() {
    await metBezig(knop, 'Bezig met vernieuwen…', async () => {
      try {
        const start = await api.verversGegevens(vCode);
        voortgang.textContent = 'Alle bronnen worden opnieuw bevraagd…';
        let verversing = start.data;
        const location = start.location ?? `/api/verenigingen/${encodeURIComponent(vCode)}/gegevens/verversingen/${encodeURIComponent(verversing.verversingId)}`;
        // Follows the refresh; the sources answer within seconds or count as unreachable, so this ends.
        for (let poging = 0; verversing.status === 'bezig' && poging < 60; poging += 1) {
          await new Promise((klaar) => { setTimeout(klaar, 1000); });
          if (!actief()) return;
          ({ data: verversing } = await api.volg(location));
        }
        if (!actief()) return;
        const mislukt = (verversing.bronnen ?? []).filter((b) => !b.gelukt);
        voortgang.textContent = verversing.status === 'bezig'
          ? 'Het vernieuwen duurt langer dan verwacht. Je ziet hieronder wat al binnen is.'
          : mislukt.length ? mislukt.map((b) => b.melding).join(' ') : '';
        await laad();
        if (actief() && verversing.status === 'klaar' && !mislukt.length) toonSucces('De gegevens zijn vernieuwd.');
      } catch (fout) {
        if (!actief()) return;
        voortgang.textContent = '';
        toonApiFout(fout);
      }
    });
  }
}

function waarde(item) {
  const w = item.waarde;
  if (typeof w === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(w)) return datum(w); // a date such as the startdatum
  const persoon = item.persoon ? `${item.persoon.naam} (${item.persoon.insz})` : null;
  if (typeof w === 'string') return item.categorie === 'vertegenwoordiger' && persoon ? persoon : [w, persoon ? ` – ${persoon}` : null];
  if (!w || typeof w !== 'object') return String(w ?? '');
  if (item.categorie === 'locatie') return `${w.straatnaam} ${w.huisnummer}${w.busnummer ? ` bus ${w.busnummer}` : ''}, ${w.postcode} ${w.gemeente}`;
  if (item.categorie === 'bankrekeningnummer') return [w.iban, w.titularissen?.length ? ` – op naam van ${w.titularissen.join(', ')}` : null];
  if (item.categorie === 'bankbevestiging') return `${w.iban}, bevestigd door ${w.bevestigdDoor?.naam} op ${datum(w.bevestigdOp)}`;
  if (item.categorie === 'erkenning') return `${w.geregistreerdDoor?.naam}, van ${datum(w.startdatum)} tot ${datum(w.einddatum)}${w.hernieuwingsdatum ? `; te hernieuwen tegen ${datum(w.hernieuwingsdatum)}` : ''}`;
  if (item.categorie === 'attest') return [persoon ?? '', ` – uitgereikt door ${w.uitgereiktDoor?.naam} op ${datum(w.uitgereiktOp)}`];
  return JSON.stringify(w);
}

import { api } from '../../api.js';
import { h, vervang, deelFout, datum } from '../../ui.js';
import { isAfgesloten, wachtOpJullie, wachtOpBevestiging, dossierItem, reservatieWens } from './dossierlijst.js';

// The association's first tab: what waits for the association on top, then a few short blocks that each lead to
// their tab. The dossiers and the offer load side by side; a part that fails says so in its own place.

export function overzichtSectie(vCode, { actief }) {
  const basis = `#/verenigingen/${encodeURIComponent(vCode)}`;
  const actieVak = laadVak('We kijken of er iets op jullie wacht…');
  const dossiersVak = laadVak('De dossiers worden geladen…');
  const reservatiesVak = laadVak('De reservaties worden geladen…');
  const aanbodVak = laadVak('Het aanbod wordt geladen…');

  const geheel = h('div', { class: 'overzicht' },
    h('section', { class: 'sectie', 'aria-labelledby': 'actie-kop' },
      h('h2', { id: 'actie-kop' }, 'Actie nodig'),
      actieVak),
    h('section', { class: 'sectie', 'aria-labelledby': 'kort-kop' },
      h('h2', { id: 'kort-kop' }, 'In het kort'),
      h('ul', { class: 'kaarten overzicht-kaarten' },
        kaart('Dossiers', dossiersVak),
        kaart('Reservaties', reservatiesVak),
        kaart('Aanbod', aanbodVak),
        kaart('Gegevens', gegevensLinks()))));
  laadDossiers();
  laadAanbod();
  return geheel;

  async function laadDossiers() {
    let dossiers;
    try {
      ({ data: { dossiers } } = await api.dossiers(vCode));
    } catch (fout) {
      if (!actief()) return;
      // One call feeds three blocks; only the most important one carries the retry button.
      vervang(actieVak, deelFout('We konden niet nakijken of er iets op jullie wacht.', fout, laadDossiers));
      vervang(dossiersVak, h('p', {}, 'De dossiers konden niet geladen worden. Probeer het opnieuw bij Actie nodig, hierboven.'));
      vervang(reservatiesVak, h('p', {}, 'De reservaties konden niet geladen worden. Probeer het opnieuw bij Actie nodig, hierboven.'));
      return;
    } finally {
      for (const vak of [actieVak, dossiersVak, reservatiesVak]) vak.removeAttribute('aria-busy');
    }
    if (!actief()) return;
    toonActie(dossiers.filter(wachtOpJullie), dossiers.filter(bijnaVerwijderd));
    toonDossiers(dossiers);
    toonReservaties(dossiers.filter((d) => reservatieWens(d)));
  }

  function toonActie(actie, concepten) {
    const aankondiging = concepten.length ? h('div', { class: 'actie-nodig' },
      h('p', { class: 'melding-titel' }, concepten.length === 1 ? '1 concept wordt binnenkort verwijderd.' : `${concepten.length} concepten worden binnenkort verwijderd.`),
      h('ul', { class: 'dossiers' }, concepten.map((d) => dossierItem(vCode, d, {
        metKnop: true,
        extra: h('p', { class: 'actie-tekst' },
          `Niemand heeft dit concept lang gewijzigd. Het wordt op ${datum(d.verwijderdOp.slice(0, 10))} verwijderd, tenzij iemand het indient of opnieuw bewaart.`),
      })))) : null;
    if (!actie.length) {
      vervang(actieVak, aankondiging,
        aankondiging ? null : h('p', { class: 'niets-nodig' }, 'Er is niets dat op jullie wacht.'),
        h('p', { class: 'zacht' }, 'Stelt een instantie jullie een vraag, of moet je een reservatie bevestigen? Dan staat het hier.'));
      return;
    }
    vervang(actieVak, aankondiging, h('div', { class: 'actie-nodig' },
      h('p', { class: 'melding-titel' }, actie.length === 1 ? '1 dossier wacht op jullie.' : `${actie.length} dossiers wachten op jullie.`),
      h('ul', { class: 'dossiers' }, actie.map((d) => dossierItem(vCode, d, { metKnop: true })))));
  }

  function toonDossiers(dossiers) {
    const lopend = dossiers.filter((d) => !isAfgesloten(d)).length;
    const afgesloten = dossiers.length - lopend;
    if (!dossiers.length) {
      vervang(dossiersVak,
        h('p', {}, 'Jullie hebben nog geen dossiers. Een dossier start zodra je iets aanvraagt.'),
        link(`${basis}/aanbod`, 'Iets aanvragen via het aanbod'));
      return;
    }
    vervang(dossiersVak,
      h('p', { class: 'telling' }, getal(lopend), lopend === 1 ? ' lopend dossier' : ' lopende dossiers'),
      h('p', { class: 'telling' }, getal(afgesloten), afgesloten === 1 ? ' afgesloten dossier' : ' afgesloten dossiers'),
      link(`${basis}/dossiers`, 'Naar de dossiers'));
  }

  function toonReservaties(reservaties) {
    const lopend = reservaties.filter((d) => !isAfgesloten(d));
    const teBevestigen = lopend.filter(wachtOpBevestiging).length;
    const voorbij = reservaties.length - lopend.length;
    if (!reservaties.length) {
      vervang(reservatiesVak,
        h('p', {}, 'Nog geen reservaties. Een tent, podium of zaal leen je bij een uitleendienst.'),
        link(`${basis}/reservaties`, 'Materiaal of een zaal reserveren'));
      return;
    }
    vervang(reservatiesVak,
      h('p', { class: 'telling' }, getal(lopend.length), lopend.length === 1 ? ' lopende reservatie' : ' lopende reservaties'),
      teBevestigen ? h('p', { class: 'telling' }, getal(teBevestigen), ' nog te bevestigen') : null,
      voorbij ? h('p', { class: 'telling' }, getal(voorbij), voorbij === 1 ? ' afgelopen reservatie' : ' afgelopen reservaties') : null,
      link(`${basis}/reservaties`, lopend.length ? 'Naar de reservaties' : 'Naar de reservaties of iets nieuws reserveren'));
  }

  async function laadAanbod() {
    let diensten;
    try {
      ({ data: { diensten } } = await api.aanbod(vCode));
    } catch (fout) {
      if (!actief()) return;
      vervang(aanbodVak, deelFout('Het aanbod kon niet geladen worden.', fout, laadAanbod));
      return;
    } finally {
      aanbodVak.removeAttribute('aria-busy');
    }
    if (!actief()) return;
    if (!diensten.length) {
      vervang(aanbodVak,
        h('p', {}, 'We vonden nog geen aanbod dat bij jullie past. Vul de hoofdactiviteiten en het werkingsgebied aan, dan vinden we meer.'),
        link(`${basis}/gegevens`, 'Naar de gegevens'));
      return;
    }
    const open = diensten.filter((d) => d.nuAanvraagbaar).length;
    const plichten = diensten.filter((d) => d.verplichting);
    vervang(aanbodVak,
      h('p', { class: 'telling' }, getal(open), open === 1 ? ' dienst kan je nu aanvragen' : ' diensten kan je nu aanvragen'),
      h('p', { class: 'telling' }, getal(plichten.length), plichten.length === 1 ? ' wettelijke verplichting' : ' wettelijke verplichtingen'),
      plichten.length ? h('ul', { class: 'plichten' }, plichten.slice(0, 3).map((d) => h('li', {}, d.naam?.nl ?? d.productnummer)),
        plichten.length > 3 ? h('li', {}, `en nog ${plichten.length - 3}`) : null) : null,
      link(`${basis}/aanbod`, 'Naar het aanbod'));
  }

  function gegevensLinks() {
    return h('ul', { class: 'kale-lijst links' },
      h('li', {}, h('a', { href: `${basis}/gegevens` }, 'Gegevens'), ' – naam, contact, locaties, vertegenwoordigers'),
      h('li', {}, h('a', { href: `${basis}/gekend` }, 'Gekende gegevens'), ' – wat de overheid al over jullie weet'),
      h('li', {}, h('a', { href: `${basis}/gedeeld` }, 'Gedeelde gegevens'), ' – wat het loket aan instanties doorgaf'));
  }
}

function laadVak(tekst) {
  return h('div', { 'aria-busy': 'true' }, h('p', { class: 'laden' }, tekst));
}

function kaart(titel, inhoud) {
  return h('li', { class: 'kaart' }, h('h3', {}, titel), inhoud);
}

function getal(n) {
  return h('strong', { class: 'getal' }, String(n));
}

function link(href, tekst) {
  return h('p', { class: 'kaart-link' }, h('a', { href }, tekst));
}

// Drafts are removed 60 days after they were last saved; the overview announces it from 14 days before.
const MELDING_MS = 14 * 24 * 60 * 60 * 1000;
function bijnaVerwijderd(d) {
  return d?.status?.fase === 'Concept' && d.verwijderdOp && new Date(d.verwijderdOp).getTime() - Date.now() < MELDING_MS;
}

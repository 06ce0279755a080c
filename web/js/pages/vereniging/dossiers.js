import { api } from '../../api.js';
import { h, vervang, nieuwId, tijdstip, metBezig, bevestig, toonApiFout, toonSucces, wisMeldingen } from '../../ui.js';
import { formulier, tekstveld, knoppen, toonFormulierFout, wisFouten } from '../../formulier.js';
import { ACCEPT, TYPES_TEKST, bestandFout, soortVan, leesBase64 } from '../../bestanden.js';
import { conceptVak } from './concept.js';
import { faseLabel, faseBadge, tijdlijn, documentenLijst, antwoordenLijst } from './dossierinhoud.js';
import { AFGESLOTEN, isAfgesloten, wachtOpBevestiging, dossierItem, datumOfTijd, volgDossier, volgRegel, POLL_DUUR } from './dossierlijst.js';

export { faseLabel, faseBadge };


// Dossiers to follow up right after opening (a new application navigates to its dossier).
const opTeVolgen = new Set();
export function volgOp(dossierId) {
  opTeVolgen.add(dossierId);
}

/** The association's dossiers; those waiting for the association come first, in their own box. */
export function dossierLijstSectie(vCode, { actief }) {
  const faseKeuze = h('select', { id: nieuwId('fase'), name: 'fase' },
    h('option', { value: '' }, 'Alle dossiers'),
    h('option', { value: 'lopend' }, 'Lopende dossiers'),
    h('option', { value: 'afgesloten' }, 'Afgesloten dossiers'),
    h('option', { value: 'concept' }, 'Concepten'));
  faseKeuze.addEventListener('change', () => laad());
  const resultaat = h('div', {}, h('p', { class: 'laden' }, 'De dossiers worden geladen…'));
  const sectie = h('section', { class: 'sectie', 'aria-labelledby': 'dossiers-kop' },
    h('h2', { id: 'dossiers-kop' }, 'Dossiers'),
    h('p', { class: 'inleiding' }, 'Je aanvragen via het loket en hoe ver ze staan.'),
    h('form', { class: 'filters', role: 'search', 'aria-label': 'Dossiers filteren', onsubmit: (e) => e.preventDefault() },
      h('div', { class: 'veld' }, h('label', { for: faseKeuze.id }, 'Toon'), faseKeuze)),
    resultaat);
  laad();
  return sectie;

  async function laad() {
    let dossiers;
    try {
      ({ data: { dossiers } } = await api.dossiers(vCode, faseKeuze.value));
    } catch (fout) {
      if (!actief()) return;
      vervang(resultaat, h('p', {}, 'De dossiers konden niet geladen worden.'));
      toonApiFout(fout);
      return;
    }
    if (!actief()) return;
    if (!dossiers.length) {
      vervang(resultaat, h('p', {}, faseKeuze.value ? 'Er zijn geen dossiers bij deze keuze.' : 'Jullie vereniging heeft nog geen dossiers. '),
        faseKeuze.value ? null : h('p', {}, h('a', { href: `#/verenigingen/${encodeURIComponent(vCode)}/aanbod` }, 'Bekijk het aanbod om iets aan te vragen')));
      return;
    }
    const actie = dossiers.filter((d) => d.actieNodig);
    const rest = dossiers.filter((d) => !d.actieNodig);
    vervang(resultaat,
      actie.length ? h('div', { class: 'actie-nodig' },
        h('h3', {}, actie.length === 1 ? 'Actie nodig: 1 dossier wacht op jullie' : `Actie nodig: ${actie.length} dossiers wachten op jullie`),
        h('ul', { class: 'dossiers' }, actie.map((d) => dossierItem(vCode, d)))) : null,
      rest.length ? h('ul', { class: 'dossiers' }, rest.map((d) => dossierItem(vCode, d))) : null);
  }
}

/** One dossier: status, timeline, documents, answers, and what the association can do now. */
export function dossierSectie(vCode, dossierId, { actief, titel, naam, navigeer }) {
  const kop = h('h2', { id: 'dossier-kop' }, 'Dossier');
  const opvolging = h('div', { role: 'status', class: 'opvolging' });
  const overzicht = h('div', {}, h('p', { class: 'laden' }, 'Het dossier wordt geladen…'));
  const actieVak = h('div', {});
  const sectie = h('section', { class: 'sectie', 'aria-labelledby': 'dossier-kop' },
    h('nav', { 'aria-label': 'Terug' }, h('p', {}, h('a', { href: `#/verenigingen/${encodeURIComponent(vCode)}/dossiers` }, '‹ Alle dossiers'))),
    kop, opvolging, actieVak, overzicht);
  let vragen = null; // the service's questions, for labels and pre-filled sources
  let actieSleutel = null;
  let pollTot = 0;
  let pollBezig = false;
  let huidigeActie = null; // what the dossier asks of the association now, to notice a new question while following up

  laad().then(() => {
    if (opTeVolgen.delete(dossierId)) volg();
  });
  return sectie;

  async function laad() {
    let dossier;
    try {
      ({ data: dossier } = await api.dossier(vCode, dossierId));
    } catch (fout) {
      if (!actief()) return null;
      if (fout.status === 404) {
        kop.textContent = 'Dossier niet gevonden';
        vervang(overzicht, h('p', {}, 'Dit dossier bestaat niet, of het hoort niet bij deze vereniging.'));
      } else {
        vervang(overzicht, h('p', {}, 'Het dossier kon niet geladen worden.'));
        toonApiFout(fout);
      }
      return null;
    }
    if (!actief()) return null;
    if (vragen === null) {
      vragen = [];
      try {
        vragen = (await api.dienst(dossier.productnummer)).data?.formulier ?? [];
      } catch {
        // Only labels are missing then; the keys are shown instead.
      }
      if (!actief()) return null;
    }
    toon(dossier);
    return dossier;
  }

  function toon(d) {
    huidigeActie = d.status?.fase === 'ActieNodig' ? (d.actie ?? null) : null;
    const naamDienst = d.dienstnaam ?? d.productnummer;
    kop.textContent = naamDienst;
    titel(`${naamDienst} – ${naam}`);
    const fase = d.status?.fase;
    const eigenLabel = d.status?.label && d.status.label !== faseLabel(fase) ? d.status.label : null;
    vervang(overzicht,
      h('dl', { class: 'gegevens' },
        h('dt', {}, 'Status'), h('dd', {}, faseBadge(fase),
          eigenLabel ? h('span', { class: 'zacht' }, ` ${d.instantienaam ?? 'De instantie'} noemt dit: "${eigenLabel}"`) : null),
        h('dt', {}, 'Instantie'), h('dd', {}, d.instantienaam ?? '–', d.entiteit ? h('span', { class: 'zacht' }, ` (${d.entiteit})`) : null),
        d.dossierNummer ? [h('dt', {}, 'Dossiernummer'), h('dd', {}, d.dossierNummer)] : null,
        fase === 'Concept'
          ? [h('dt', {}, 'Laatst bewaard'), h('dd', {}, tijdstip(d.bijgewerktOp ?? d.aangemaaktOp)),
            h('dt', {}, 'Wordt verwijderd op'), h('dd', {}, `${datumOfTijd(d.verwijderdOp)}, tenzij iemand het concept opnieuw bewaart`)]
          : [h('dt', {}, 'Ingediend op'), h('dd', {}, tijdstip(d.aangemaaktOp))],
        d.uiterlijk ? [h('dt', {}, 'Uiterlijk'), h('dd', {}, datumOfTijd(d.uiterlijk))] : null),
      h('h3', {}, 'Verloop'),
      tijdlijn(d.statusgeschiedenis ?? []),
      h('h3', {}, 'Documenten'),
      documentenLijst(d.documenten ?? []),
      h('h3', {}, 'Jullie antwoorden'),
      antwoordenLijst(d, vragen));

    // The action part is only rebuilt when what is asked changes, so polling never wipes what someone is typing.
    const sleutel = `${fase}|${d.actieNodig}|${d.actie ?? ''}`;
    if (sleutel !== actieSleutel) {
      actieSleutel = sleutel;
      vervang(actieVak, acties(d));
    }
  }

  function acties(d) {
    const fase = d.status?.fase;
    const delen = [];
    if (d.actieNodig) {
      delen.push(h('div', { class: 'actie-nodig' },
        h('h3', {}, 'Actie nodig'),
        d.actie ? h('p', {}, d.actie) : null,
        wachtOpBevestiging(d) ? bevestigKnop() : antwoordFormulier(d.vraagnummer)));
    }
    if (fase === 'Concept') {
      delen.push(conceptVak(vCode, d, {
        actief,
        navigeer,
        // Submitted: the same dossier now runs its workflow; follow it here.
        naIndienen: () => {
          actieSleutel = null;
          laad().then(() => volg());
        },
      }));
    } else if (!AFGESLOTEN.has(fase)) {
      delen.push(annuleerFormulier());
    }
    return delen;
  }

  function bevestigKnop() {
    const knop = h('button', { type: 'button', class: 'knop' }, 'Reservatie bevestigen');
    knop.addEventListener('click', () => metBezig(knop, 'Bezig met bevestigen…', async () => {
      wisMeldingen();
      try {
        await api.bevestigReservatie(vCode, dossierId);
        toonSucces('Je reservatie is bevestigd. We geven het door aan de instantie.');
        volg();
      } catch (fout) {
        toonApiFout(fout);
        if (fout.status === 409) laad();
      }
    }));
    return h('div', { class: 'knoppen' }, knop);
  }

  function antwoordFormulier(vraagnummer) {
    const antwoord = tekstveld({ veld: 'antwoord', label: 'Je antwoord', verplicht: true, regels: 5 });
    const bestandId = nieuwId('document');
    const hintId = `${bestandId}-hint`;
    const bestand = h('input', { type: 'file', id: bestandId, name: 'document', 'data-veld': 'document', 'data-fout': `${bestandId}-fout`,
      'aria-describedby': hintId, accept: ACCEPT });
    const verstuur = h('button', { type: 'submit', class: 'knop' }, 'Antwoord versturen');
    const form = formulier({ label: 'Antwoord aan de instantie', opVerzenden: () => verzend() },
      h('div', { class: 'velden' },
        antwoord.element,
        h('div', { class: 'veld' },
          h('label', { for: bestandId }, 'Document toevoegen ', h('span', { class: 'verplicht' }, '(niet verplicht)')),
          h('p', { class: 'veld-hint', id: hintId }, TYPES_TEKST),
          h('p', { class: 'veld-fout', id: `${bestandId}-fout`, hidden: true }),
          bestand)),
      knoppen(verstuur));
    return form;

    async function verzend() {
      wisFouten(form);
      wisMeldingen();
      const body = { antwoord: antwoord.waarde(), vraagnummer };
      const fouten = [];
      if (!body.antwoord) fouten.push({ veld: 'antwoord', melding: 'Schrijf je antwoord aan de instantie.' });
      const file = bestand.files?.[0];
      const contentType = file ? soortVan(file) : null;
      const bestandMelding = file ? bestandFout(file) : null;
      if (bestandMelding) fouten.push({ veld: 'document', melding: bestandMelding });
      if (fouten.length) {
        toonFormulierFout(form, { fouten });
        return;
      }
      await metBezig(verstuur, 'Bezig met versturen…', async () => {
        try {
          if (file) body.document = { naam: file.name, contentType, inhoudBase64: await leesBase64(file) };
          await api.beantwoordDossier(vCode, dossierId, body);
          toonSucces('Je antwoord is verstuurd naar de instantie.');
          actieSleutel = null;
          volg();
        } catch (fout) {
          if (fout.status === 401) return;
          toonFormulierFout(form, fout.status === undefined
            ? { fouten: [{ veld: 'document', melding: 'Het document kon niet gelezen worden. Kies het opnieuw.' }] }
            : fout);
          if (fout.status === 409) laad();
        }
      });
    }
  }

  function annuleerFormulier() {
    const reden = tekstveld({ veld: 'reden', label: 'Reden', hint: 'Niet verplicht. De instantie krijgt deze reden te zien.', regels: 2 });
    const knop = h('button', { type: 'submit', class: 'knop knop-gevaar' }, 'Aanvraag annuleren');
    const form = formulier({ label: 'Aanvraag annuleren', opVerzenden: () => annuleer() },
      h('div', { class: 'velden' }, reden.element), knoppen(knop));
    return h('details', { class: 'annuleren' }, h('summary', {}, 'Deze aanvraag annuleren'), form);

    async function annuleer() {
      const ja = await bevestig({
        titel: 'Aanvraag annuleren?',
        tekst: ['De instantie stopt met de behandeling van deze aanvraag. Dit kan je niet ongedaan maken.'],
        ja: 'Ja, annuleren',
        nee: 'Nee, niet annuleren',
        gevaarlijk: true,
      });
      if (!ja) return;
      wisFouten(form);
      wisMeldingen();
      await metBezig(knop, 'Bezig met annuleren…', async () => {
        try {
          await api.annuleerDossier(vCode, dossierId, reden.waarde());
          toonSucces('Je aanvraag wordt geannuleerd.');
          volg();
        } catch (fout) {
          if (fout.status === 401) return;
          toonFormulierFout(form, fout);
          if (fout.status === 409) laad();
        }
      });
    }
  }

  // The workflow runs in the background: look again every 2 seconds, for at most a minute, while this page is open.
  // Asking again while following (a second answer) extends that minute.
  async function volg() {
    pollTot = Date.now() + POLL_DUUR;
    if (pollBezig) return;
    pollBezig = true;
    vervang(opvolging, volgRegel('We volgen je aanvraag op…'));
    // A new question or deadline puts the ball in the association's court: stop announcing that we follow it up.
    const actieBijStart = huidigeActie;
    const nieuweVraag = (d) => d?.status?.fase === 'ActieNodig' && (d.actie ?? null) !== actieBijStart;
    const klaar = (d) => isAfgesloten(d) || nieuweVraag(d);
    const d = await volgDossier(laad, { actief, klaar, tot: () => pollTot });
    pollBezig = false;
    if (!actief()) return;
    vervang(opvolging, d && !klaar(d)
      ? h('p', { class: 'zacht' }, 'De instantie werkt er nog aan. Kom later terug of laad de pagina opnieuw.')
      : null);
  }
}

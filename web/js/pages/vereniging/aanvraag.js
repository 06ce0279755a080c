import { api } from '../../api.js';
import { h, vervang, nieuwId, metBezig, toonApiFout, toonFout, toonSucces, wisMeldingen } from '../../ui.js';
import { formulier, knoppen, toonFormulierFout, wisFouten } from '../../formulier.js';
import { markeerGeopend } from '../../onbewaard.js';
import { vraagVeld } from './vragen.js';

// The application form of a service, built from its questions and pre-filled with what government already knows.
// The offer (aanbod.js) and the reservations (reservaties.js) open the same form; only what happens after submitting
// differs (`naIndienen`).

/**
 * Opens or closes the form under `knop` (which carries aria-expanded) in `paneel`. `waarden` pre-fills questions
 * by key (a reservation passes the material and dates it just checked). Resolves true when the form was opened.
 */
export async function wisselAanvraag(vCode, { productnummer, naam, knop, paneel, actief, waarden, naIndienen, naBewaren }) {
  if (knop.getAttribute('aria-expanded') === 'true') {
    paneel.replaceChildren();
    knop.setAttribute('aria-expanded', 'false');
    return false;
  }
  let dienst;
  await metBezig(knop, 'Formulier laden…', async () => {
    try {
      // The form comes pre-filled with what government already knows about this association.
      ({ data: dienst } = await api.formulier(vCode, productnummer));
    } catch (fout) {
      toonApiFout(fout);
    }
  });
  if (!dienst || !actief()) return false;
  knop.setAttribute('aria-expanded', 'true');
  const form = aanvraagFormulier(vCode, {
    productnummer,
    naam,
    vragen: dienst.vragen ?? [],
    waarden,
    naIndienen,
    naBewaren,
    sluit: () => {
      paneel.replaceChildren();
      knop.setAttribute('aria-expanded', 'false');
      knop.focus();
    },
  });
  markeerGeopend(form, knop);
  vervang(paneel, form);
  form.querySelector('h4')?.focus();
  return true;
}

/**
 * The form itself. `naIndienen(data)` gets the new dossier (the API's 202 body) once the application is accepted.
 * "Bewaren als concept" saves it half-filled as a draft the other representatives see too (`naBewaren(data)` gets the
 * draft); a draft opened again passes its id (`conceptId`) and the files it holds (`bijlagen`).
 */
export function aanvraagFormulier(vCode, { productnummer, naam, vragen, waarden = {}, bijlagen = [], conceptId = null, conceptVersie = null, sluit, naIndienen, naBewaren }) {
  let concept = conceptId;
  // The draft as this person last opened or saved it: a save on an older one would erase what another representative saved.
  let versie = conceptVersie;
  // One key for this form's application: pressing again after a lost answer is the same application, not a second one.
  const sleutel = crypto.randomUUID();
  const lezers = [];
  const perSleutel = new Map();
  const kopId = nieuwId('aanvraag');
  const velden = h('div', { class: 'velden', 'data-pad': 'antwoorden' }, vragen.map((v) => {
    const veld = vraagVeld(v, waarden[v.sleutel] ?? '', { vCode, bijlagen });
    lezers.push([v.sleutel, veld.lees, veld.bezig]);
    perSleutel.set(v.sleutel, veld);
    return veld.element;
  }));
  const indienen = h('button', { type: 'submit', class: 'knop' }, 'Aanvraag indienen');
  const bewaar = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Bewaren als concept');
  bewaar.addEventListener('click', () => bewaarConcept());
  const form = formulier({ label: `Aanvraag ${naam}`, klasse: 'formulier-kader', opVerzenden: () => dien() },
    // A part of the service (or of the reservation check) whose h3 is just above it.
    h('h4', { id: kopId, tabindex: '-1' }, `Aanvraag: ${naam}`),
    vragen.length ? null : h('p', {}, 'Voor deze aanvraag zijn geen vragen nodig.'),
    velden,
    knoppen(indienen, bewaar, h('button', { type: 'button', class: 'knop knop-secundair', onclick: sluit }, concept ? 'Sluiten' : 'Annuleren')));
  return form;

  /** The answers given so far, typed; null (with the reason shown) while a file is still being uploaded. */
  function leesAntwoorden() {
    const antwoorden = {};
    for (const [sleutel, lees, bezig] of lezers) {
      if (bezig?.()) {
        toonFormulierFout(form, { fouten: [{ veld: `antwoorden.${sleutel}`, melding: 'Wacht tot het bestand opgeladen is.' }] });
        return null;
      }
      const waarde = lees();
      if (waarde !== '' && !(Array.isArray(waarde) && waarde.length === 0)) antwoorden[sleutel] = waarde;
    }
    return antwoorden;
  }

  async function bewaarConcept() {
    wisFouten(form);
    wisMeldingen();
    const antwoorden = leesAntwoorden();
    if (!antwoorden) return;
    await metBezig(bewaar, 'Bezig met bewaren…', async () => {
      try {
        const { data, etag } = concept ? await api.wijzigConcept(vCode, concept, antwoorden, versie) : await api.bewaarConcept(vCode, productnummer, antwoorden);
        concept = data.dossierId;
        versie = etag;
        toonSucces('Je concept is bewaard. Jij en de andere vertegenwoordigers vinden het terug bij de dossiers van de vereniging.');
        await naBewaren?.(data);
      } catch (fout) {
        if (fout.status === 401) return;
        if (fout.status === 412) {
          // Nothing was saved; what this person typed stays in the form, so it can be carried over into the newest version.
          toonFout('Iemand bewaarde dit concept intussen: een andere vertegenwoordiger, of jij in een ander venster.',
            'Je wijzigingen zijn niet bewaard, maar staan nog in dit formulier. Open het concept opnieuw bij de dossiers om de nieuwste versie te zien, en vul daar aan wat je nog wilt wijzigen.');
          return;
        }
        toonFormulierFout(form, fout);
      }
    });
  }

  async function dien() {
    wisFouten(form);
    wisMeldingen();
    const antwoorden = leesAntwoorden();
    if (!antwoorden) return;
    await metBezig(indienen, 'Bezig met indienen…', async () => {
      try {
        const { data } = concept ? await api.dienConceptIn(vCode, concept, antwoorden) : await api.vraagAan(vCode, productnummer, antwoorden, sleutel);
        await naIndienen(data);
      } catch (fout) {
        if (fout.status === 401) return;
        for (const { veld } of fout.fouten ?? []) perSleutel.get(String(veld ?? '').replace(/^antwoorden\./, ''))?.toonInvoer?.();
        toonFormulierFout(form, fout);
      }
    });
  }
}

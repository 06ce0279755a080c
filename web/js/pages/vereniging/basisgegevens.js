import { h, nieuwId, vervang, metBezig, toonSucces, datum, doelgroepTekst } from '../../ui.js';
import { formulier, knoppen, toonFormulierFout } from '../../formulier.js';
import { markeerGeopend, opent } from '../../onbewaard.js';
import { basisVelden } from '../../velden/basis.js';
import { BRON_KBO, BRON_VERENIGING } from '../../codes/types.js';
import { bronRegel } from './herkomst.js';
import { toonBewaarFout } from './intussen.js';
import { gewijzigd } from '../../wijzigingen.js';

// The basic data as rows: label, the value as text (also used to show what someone else changed meanwhile), how it
// is shown when that is more than text, and the field's name in alleenLezenVelden (what KBO owns).
function rijen(v) {
  const namen = (items) => (items ?? []).map((i) => i.naam);
  const type = v.verenigingssubtype ? `${v.verenigingstype.naam} – ${v.verenigingssubtype.naam}` : v.verenigingstype?.naam;
  return [
    { term: 'Naam', tekst: v.naam, veld: 'naam' },
    { term: 'Korte naam', tekst: v.korteNaam, veld: 'korteNaam' },
    { term: 'Korte beschrijving', tekst: v.korteBeschrijving },
    { term: 'Startdatum', tekst: datum(v.startdatum), veld: 'startdatum' },
    v.einddatum ? { term: 'Einddatum', tekst: datum(v.einddatum) } : null,
    { term: 'Voor wie', tekst: doelgroepTekst(v.doelgroep) },
    { term: 'Activiteiten', tekst: namen(v.hoofdactiviteiten).join(', '), inhoud: lijstOf(namen(v.hoofdactiviteiten)) },
    { term: 'Werkingsgebied', tekst: namen(v.werkingsgebieden).join(', '), inhoud: lijstOf(namen(v.werkingsgebieden)) },
    { term: 'Soort vereniging', tekst: type, veld: 'verenigingstype' },
    // Only an association from KBO has an ondernemingsnummer, and it comes from there.
    v.kboNummer ? { term: 'Ondernemingsnummer', tekst: v.kboNummer, vanKbo: true } : null,
  ].filter(Boolean);
}

function lijstOf(namen) {
  return namen.length ? h('ul', { class: 'kale-lijst' }, namen.map((n) => h('li', {}, n))) : null;
}

const kenmerken = (v) => rijen(v).map((r) => [r.term, r.tekst]);

/**
 * Where each row comes from. When all of it was entered in the loket, one source line above the list says so; an
 * association from KBO gets a source line per row, because there the rows differ.
 */
function overzicht(v) {
  const kbo = (r) => r.vanKbo || (v.alleenLezenVelden ?? []).includes(r.veld);
  const gemengd = rijen(v).some(kbo);
  return [
    gemengd ? null : h('p', { class: 'bron bron-sectie' }, bronRegel(BRON_VERENIGING)),
    h('dl', { class: 'gegevens' }, rijen(v).map((r) => [
      h('dt', {}, r.term),
      h('dd', {},
        leeg(r.tekst) ? h('span', { class: 'zacht' }, 'Niet ingevuld') : r.inhoud ?? r.tekst,
        gemengd ? h('p', { class: 'bron' }, bronRegel(kbo(r) ? BRON_KBO : BRON_VERENIGING)) : null),
    ])),
  ];
}

const leeg = (x) => x === '' || x === null || x === undefined;

/** The basic data, read-only with a button to change it in place. */
export function basisgegevensSectie(staat) {
  const kopId = nieuwId('basis');
  const kop = h('h2', { id: kopId, tabindex: '-1' }, 'Basisgegevens');
  const weergave = h('div', {});
  const wijzigKnop = opent(h('button', { type: 'button', class: 'knop knop-secundair' }, 'Basisgegevens wijzigen'), 'basisgegevens');
  const formulierPlek = h('div', { class: 'formulier-plek' });

  function teken(v) {
    vervang(weergave, overzicht(v));
  }

  function open() {
    // The version the volunteer starts from: after a 412 the form compares the stored one with it.
    let basis = staat.vereniging;
    const velden = basisVelden(staat.vereniging, staat.vereniging.alleenLezenVelden ?? []);
    // What the form showed when it opened: a change sends only what differs from it (wijzigingen.js).
    const begin = velden.waarde();
    const bewaar = h('button', { type: 'submit', class: 'knop' }, 'Wijzigingen bewaren');
    const annuleer = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Annuleren');
    const form = formulier({
      label: 'Basisgegevens wijzigen',
      klasse: 'formulier-kader',
      opVerzenden: () => metBezig(bewaar, 'Bezig met bewaren…', async () => {
        if (velden.fouten().length) {
          toonFormulierFout(form, { fouten: velden.fouten() });
          return;
        }
        try {
          await staat.schrijf('PATCH', '', gewijzigd(begin, velden.waarde()));
        } catch (fout) {
          toonBewaarFout(form, fout, { oud: basis, nieuw: staat.vereniging, kenmerken, dit: 'de basisgegevens' });
          if (fout.status === 412) basis = staat.vereniging;
          return;
        }
        sluit();
        toonSucces('De basisgegevens zijn bewaard.');
      }),
    }, h('h3', {}, 'Basisgegevens wijzigen'), velden.element, knoppen(bewaar, annuleer));
    annuleer.addEventListener('click', sluit);
    markeerGeopend(form, wijzigKnop);
    weergave.hidden = true;
    wijzigKnop.hidden = true;
    vervang(formulierPlek, form);
    form.querySelector('input, textarea')?.focus();
  }

  function sluit() {
    formulierPlek.replaceChildren();
    weergave.hidden = false;
    wijzigKnop.hidden = false;
    wijzigKnop.focus();
  }

  wijzigKnop.addEventListener('click', open);
  staat.bijWijziging(teken);
  teken(staat.vereniging);

  return h('section', { class: 'sectie', 'aria-labelledby': kopId }, kop, weergave, wijzigKnop, formulierPlek);
}

import { h, nieuwId, vervang, metBezig, toonSucces, datum, doelgroepTekst, badge } from '../../ui.js';
import { formulier, knoppen, toonFormulierFout } from '../../formulier.js';
import { basisVelden } from '../../velden/basis.js';

function rij(term, waarde, vanKbo = false) {
  return [
    h('dt', {}, term),
    h('dd', {}, waarde === '' || waarde === null || waarde === undefined ? h('span', { class: 'zacht' }, 'Niet ingevuld') : waarde,
      vanKbo ? badge('Uit de KBO', 'kbo') : null),
  ];
}

function lijstOf(items) {
  return items.length ? h('ul', { class: 'kale-lijst' }, items.map((i) => h('li', {}, i.naam))) : '';
}

function overzicht(v) {
  const kbo = (veld) => (v.alleenLezenVelden ?? []).includes(veld);
  const type = v.verenigingssubtype ? `${v.verenigingstype.naam} – ${v.verenigingssubtype.naam}` : v.verenigingstype?.naam;
  return h('dl', { class: 'gegevens' },
    rij('Naam', v.naam, kbo('naam')),
    rij('Korte naam', v.korteNaam, kbo('korteNaam')),
    rij('Korte beschrijving', v.korteBeschrijving),
    rij('Startdatum', datum(v.startdatum), kbo('startdatum')),
    v.einddatum ? rij('Einddatum', datum(v.einddatum)) : null,
    rij('Voor wie', doelgroepTekst(v.doelgroep)),
    rij('Activiteiten', lijstOf(v.hoofdactiviteiten ?? [])),
    rij('Werkingsgebied', lijstOf(v.werkingsgebieden ?? [])),
    rij('Soort vereniging', type, kbo('verenigingstype')),
    v.kboNummer ? rij('Ondernemingsnummer', v.kboNummer, true) : null);
}

/** The basic data, read-only with a button to change it in place. */
export function basisgegevensSectie(staat) {
  const kopId = nieuwId('basis');
  const kop = h('h2', { id: kopId, tabindex: '-1' }, 'Basisgegevens');
  const weergave = h('div', {});
  const wijzigKnop = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Basisgegevens wijzigen');
  const formulierPlek = h('div', { class: 'formulier-plek' });
  const kboUitleg = h('p', { class: 'veld-hint' });

  function teken(v) {
    vervang(weergave, overzicht(v));
    kboUitleg.textContent = (v.alleenLezenVelden ?? []).length
      ? 'Gegevens met het label "Uit de KBO" komen uit de Kruispuntbank van Ondernemingen. Laat ze daar aanpassen; de rest wijzig je hier.'
      : '';
  }

  function open() {
    const velden = basisVelden(staat.vereniging, staat.vereniging.alleenLezenVelden ?? []);
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
          await staat.schrijf('PATCH', '', velden.waarde());
        } catch (fout) {
          toonFormulierFout(form, fout);
          return;
        }
        sluit();
        toonSucces('De basisgegevens zijn bewaard.');
      }),
    }, h('h3', {}, 'Basisgegevens wijzigen'), velden.element, knoppen(bewaar, annuleer));
    annuleer.addEventListener('click', sluit);
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

  return h('section', { class: 'sectie', 'aria-labelledby': kopId }, kop, kboUitleg, weergave, wijzigKnop, formulierPlek);
}

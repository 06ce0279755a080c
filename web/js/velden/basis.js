import { h, nieuwId, vandaag, datum } from '../ui.js';
import { tekstveld, groep, getal } from '../formulier.js';
import { HOOFDACTIVITEITEN } from '../codes/hoofdactiviteiten.js';
import { KBO_NOTITIE } from '../pages/vereniging/herkomst.js';
import { werkingsgebiedenVeld } from './werkingsgebieden.js';

function hoofdactiviteitenVeld(gekozen = []) {
  const vakjes = HOOFDACTIVITEITEN.map((a) => {
    const id = nieuwId('activiteit');
    const invoer = h('input', { type: 'checkbox', id, value: a.code, checked: gekozen.includes(a.code) });
    return { invoer, element: h('li', {}, invoer, h('label', { for: id }, a.naam)) };
  });
  const element = groep({
    veld: 'hoofdactiviteiten',
    legend: 'Wat doet de vereniging?',
    hint: 'Kies de activiteiten die het best passen. Je mag er meer dan één kiezen.',
  }, h('ul', { class: 'vakjes' }, vakjes.map((v) => v.element)));
  return { element, waarde: () => vakjes.filter((v) => v.invoer.checked).map((v) => v.invoer.value) };
}

function doelgroepVeld(d) {
  // 0 and 150 are how the API stores "no limit": show them as empty fields.
  const min = d && d.minimumleeftijd > 0 ? String(d.minimumleeftijd) : '';
  const max = d && d.maximumleeftijd < 150 ? String(d.maximumleeftijd) : '';
  const van = tekstveld({ veld: 'minimumleeftijd', label: 'Vanaf (leeftijd)', waarde: min, inputmode: 'numeric', breedte: 'kort' });
  const tot = tekstveld({ veld: 'maximumleeftijd', label: 'Tot en met (leeftijd)', waarde: max, inputmode: 'numeric', breedte: 'kort' });
  const element = groep({
    veld: 'doelgroep',
    pad: 'doelgroep',
    legend: 'Voor wie is de vereniging?',
    hint: 'Laat leeg als er geen leeftijdsgrens is.',
  }, h('div', { class: 'rij' }, van.element, tot.element));
  // Caught here rather than by the API, whose message for a non-number talks about JSON.
  const fouten = () => [['minimumleeftijd', van], ['maximumleeftijd', tot]]
    .filter(([, v]) => typeof getal(v.waarde()) === 'string')
    .map(([naam]) => ({ veld: `doelgroep.${naam}`, melding: 'Vul een leeftijd in cijfers in, bv. 12.' }));
  return { element, fouten, waarde: () => ({ minimumleeftijd: getal(van.waarde()), maximumleeftijd: getal(tot.waarde()) }) };
}

/**
 * The basic data of an association. `alleenLezen` lists fields that come from KBO: they are shown, not sent.
 * Returns {element, fouten(), waarde()}; waarde() leaves out read-only fields and sends "" to clear an optional text.
 */
export function basisVelden(v = {}, alleenLezen = []) {
  const kbo = (veld) => (alleenLezen.includes(veld) ? KBO_NOTITIE : null);
  const naam = tekstveld({ veld: 'naam', label: 'Naam van de vereniging', verplicht: true, waarde: v.naam, alleenLezen: kbo('naam'),
    autocomplete: 'organization', hint: 'De volledige naam, zoals iedereen ze kent.' });
  const korteNaam = tekstveld({ veld: 'korteNaam', label: 'Korte naam', waarde: v.korteNaam, alleenLezen: kbo('korteNaam'),
    hint: 'Niet verplicht. Bv. een afkorting.' });
  const beschrijving = tekstveld({ veld: 'korteBeschrijving', label: 'Korte beschrijving', waarde: v.korteBeschrijving, regels: 4,
    maxlength: 1000, hint: 'Niet verplicht. Vertel in een paar zinnen wat de vereniging doet (hoogstens 1000 tekens).' });
  const startdatum = tekstveld({ veld: 'startdatum', label: 'Startdatum', type: 'date', max: vandaag(),
    waarde: kbo('startdatum') ? datum(v.startdatum) : v.startdatum,
    alleenLezen: kbo('startdatum'), breedte: 'middel', hint: 'Niet verplicht. Wanneer is de vereniging begonnen?' });
  const doelgroep = doelgroepVeld(v.doelgroep);
  const activiteiten = hoofdactiviteitenVeld((v.hoofdactiviteiten ?? []).map((a) => a.code));
  const gebieden = werkingsgebiedenVeld(v.werkingsgebieden ?? []);

  return {
    element: h('div', { class: 'velden' }, naam.element, korteNaam.element, beschrijving.element, startdatum.element,
      doelgroep.element, activiteiten.element, gebieden.element),
    /** Mistakes worth catching before sending, in the API's own {veld, melding} shape. */
    fouten: () => doelgroep.fouten(),
    waarde: () => ({
      naam: naam.waarde(),
      korteNaam: korteNaam.waarde(),
      korteBeschrijving: beschrijving.waarde(),
      startdatum: startdatum.waarde(),
      doelgroep: doelgroep.waarde(),
      hoofdactiviteiten: activiteiten.waarde(),
      werkingsgebieden: gebieden.waarde(),
    }),
  };
}

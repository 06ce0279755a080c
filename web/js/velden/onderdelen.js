import { h, nieuwId } from '../ui.js';
import { tekstveld, keuzeveld, vinkje, groep } from '../formulier.js';
import { CONTACTTYPES, LOCATIETYPES, contacttype } from '../codes/types.js';
import { plaatsnamen } from '../codes/postcodes.js';

// The fields of one contactgegeven, locatie, vertegenwoordiger or bankrekeningnummer. Used both when registering
// (inside a block with data-pad="contactgegevens[0]") and on the association page (no pad: the API then names
// the fields plainly, "waarde" or "adres.postcode"). Each returns {element, waarde(), isLeeg()}.
// Optional texts are sent as "" when emptied: for a change, "" clears a text while a missing field keeps it.

export function contactgegevenVelden(c = {}) {
  const type = keuzeveld({
    veld: 'type',
    label: 'Soort',
    opties: CONTACTTYPES.map((t) => ({ waarde: t.waarde, label: t.label })),
    waarde: c.type ?? 'E-mail',
  });
  const waarde = tekstveld({ veld: 'waarde', label: 'Gegeven', verplicht: true, waarde: c.waarde, hint: ' ', autocomplete: 'off' });
  const beschrijving = tekstveld({
    veld: 'beschrijving',
    label: 'Omschrijving',
    hint: 'Niet verplicht. Bv. "Secretariaat" of "Verhuur van het lokaal".',
    waarde: c.beschrijving,
  });
  const primair = vinkje({
    veld: 'isPrimair',
    label: 'Dit is het belangrijkste gegeven van deze soort',
    hint: 'Bv. het e-mailadres waarop de vereniging het best bereikbaar is. Per soort kan er één het belangrijkste zijn.',
    aangevinkt: c.isPrimair,
  });

  function volgType() {
    const t = contacttype(type.waarde());
    const labels = { 'E-mail': 'E-mailadres', Telefoon: 'Telefoonnummer', Website: 'Webadres', SocialMedia: 'Adres van de pagina' };
    waarde.zetLabel(labels[t.waarde] ?? 'Gegeven', t.voorbeeld);
    waarde.invoer.type = t.invoertype;
    waarde.invoer.inputMode = t.inputmode ?? 'text';
  }
  type.invoer.addEventListener('change', volgType);
  volgType();

  return {
    element: h('div', { class: 'velden' }, type.element, waarde.element, beschrijving.element, primair.element),
    waarde: () => ({ type: type.waarde(), waarde: waarde.waarde(), beschrijving: beschrijving.waarde(), isPrimair: primair.waarde() }),
    isLeeg: () => !waarde.waarde() && !beschrijving.waarde(),
  };
}

export function adresVelden(a = {}) {
  const straatnaam = tekstveld({ veld: 'straatnaam', label: 'Straat', verplicht: true, waarde: a.straatnaam, autocomplete: 'address-line1' });
  const huisnummer = tekstveld({ veld: 'huisnummer', label: 'Huisnummer', verplicht: true, waarde: a.huisnummer, breedte: 'kort' });
  const busnummer = tekstveld({ veld: 'busnummer', label: 'Bus', waarde: a.busnummer, breedte: 'kort' });
  const postcode = tekstveld({ veld: 'postcode', label: 'Postcode', verplicht: true, waarde: a.postcode, breedte: 'kort',
    inputmode: 'numeric', autocomplete: 'postal-code' });
  const lijstId = nieuwId('plaatsen');
  const gemeente = tekstveld({ veld: 'gemeente', label: 'Gemeente', verplicht: true, waarde: a.gemeente, list: lijstId,
    autocomplete: 'address-level2', hint: 'Na de postcode stellen we de gemeente voor.' });
  const land = tekstveld({ veld: 'land', label: 'Land', verplicht: true, waarde: a.land ?? 'België', autocomplete: 'country-name' });
  const suggesties = h('datalist', { id: lijstId });

  // The API only accepts a Flemish postcode with one of its own place names; proposing them saves a round trip.
  let zelfGetypt = Boolean(a.gemeente);
  gemeente.invoer.addEventListener('input', () => { zelfGetypt = gemeente.waarde() !== ''; });
  postcode.invoer.addEventListener('input', () => {
    const namen = plaatsnamen(postcode.waarde());
    suggesties.replaceChildren(...namen.map((n) => h('option', { value: n })));
    if (namen.length && !zelfGetypt) gemeente.invoer.value = namen[0];
  });
  if (a.postcode) suggesties.append(...plaatsnamen(a.postcode).map((n) => h('option', { value: n })));

  const element = groep({ veld: 'adres', pad: 'adres', legend: 'Adres', klasse: 'adres' },
    h('div', { class: 'rij' }, straatnaam.element, huisnummer.element, busnummer.element),
    h('div', { class: 'rij' }, postcode.element, gemeente.element, suggesties),
    land.element);
  return {
    element,
    waarde: () => ({
      straatnaam: straatnaam.waarde(),
      huisnummer: huisnummer.waarde(),
      busnummer: busnummer.waarde(),
      postcode: postcode.waarde(),
      gemeente: gemeente.waarde(),
      land: land.waarde(),
    }),
    isLeeg: () => ![straatnaam, huisnummer, busnummer, postcode, gemeente].some((v) => v.waarde()),
  };
}

export function locatieVelden(l = {}) {
  const type = keuzeveld({ veld: 'locatietype', label: 'Soort locatie', opties: LOCATIETYPES, waarde: l.locatietype ?? 'Activiteiten',
    hint: 'Een vereniging heeft hoogstens één correspondentieadres.' });
  const naam = tekstveld({ veld: 'naam', label: 'Naam van de plek', waarde: l.naam, hint: 'Niet verplicht. Bv. "Chirolokaal" of "Parochiezaal".' });
  const adres = adresVelden(l.adres);
  const primair = vinkje({ veld: 'isPrimair', label: 'Dit is de hoofdlocatie van de vereniging', aangevinkt: l.isPrimair });
  return {
    element: h('div', { class: 'velden' }, type.element, naam.element, adres.element, primair.element),
    waarde: () => ({ locatietype: type.waarde(), naam: naam.waarde(), isPrimair: primair.waarde(), adres: adres.waarde() }),
    isLeeg: () => !naam.waarde() && adres.isLeeg(),
  };
}

/** `w` is an existing representative (then the rijksregisternummer cannot change) or nothing for a new one. */
export function vertegenwoordigerVelden(w = null) {
  const insz = w
    ? tekstveld({ veld: 'insz', label: 'Rijksregisternummer', waarde: w.insz,
      alleenLezen: 'Dit nummer kan je niet wijzigen. Klopt het niet? Voeg de persoon opnieuw toe en verwijder deze.' })
    : tekstveld({ veld: 'insz', label: 'Rijksregisternummer', verplicht: true, inputmode: 'numeric', autocomplete: 'off',
      hint: '11 cijfers, op de achterkant van de identiteitskaart (jj.mm.dd-xxx.xx). Zo herkent het loket de persoon als die zich aanmeldt.' });
  const voornaam = tekstveld({ veld: 'voornaam', label: 'Voornaam', verplicht: true, waarde: w?.voornaam, autocomplete: 'off' });
  const achternaam = tekstveld({ veld: 'achternaam', label: 'Achternaam', verplicht: true, waarde: w?.achternaam, autocomplete: 'off' });
  const roepnaam = tekstveld({ veld: 'roepnaam', label: 'Roepnaam', waarde: w?.roepnaam, hint: 'Niet verplicht. De naam waarmee iedereen hem of haar kent.' });
  const rol = tekstveld({ veld: 'rol', label: 'Rol in de vereniging', waarde: w?.rol, hint: 'Niet verplicht. Bv. voorzitter, secretaris of penningmeester.' });
  const email = tekstveld({ veld: 'e-mail', label: 'E-mailadres', type: 'email', waarde: w?.eMail, autocomplete: 'off' });
  const telefoon = tekstveld({ veld: 'telefoon', label: 'Telefoon', type: 'tel', waarde: w?.telefoon, autocomplete: 'off' });
  const mobiel = tekstveld({ veld: 'mobiel', label: 'Gsm', type: 'tel', waarde: w?.mobiel, autocomplete: 'off' });
  const primair = vinkje({ veld: 'isPrimair', label: 'Primaire vertegenwoordiger', aangevinkt: w?.isPrimair,
    hint: 'Het eerste aanspreekpunt van de vereniging. Er is er altijd precies één.' });
  return {
    element: h('div', { class: 'velden' },
      insz.element,
      h('div', { class: 'rij' }, voornaam.element, achternaam.element),
      roepnaam.element, rol.element,
      h('div', { class: 'rij' }, email.element, telefoon.element, mobiel.element),
      primair.element),
    waarde: () => ({
      insz: insz.waarde(),
      voornaam: voornaam.waarde(),
      achternaam: achternaam.waarde(),
      roepnaam: roepnaam.waarde(),
      rol: rol.waarde(),
      eMail: email.waarde(),
      telefoon: telefoon.waarde(),
      mobiel: mobiel.waarde(),
      isPrimair: primair.waarde(),
    }),
    isLeeg: () => ![insz, voornaam, achternaam, roepnaam, rol, email, telefoon, mobiel].some((v) => v.waarde()),
  };
}

/**
 * Someone named at registration is invited, not made a representative: an invitation keeps only the
 * rijksregisternummer, the e-mail address and the role, so the form asks nothing else. The person's name comes from
 * their own sign-in when they accept.
 */
export function genodigdeVelden() {
  const insz = tekstveld({ veld: 'insz', label: 'Rijksregisternummer', verplicht: true, inputmode: 'numeric', autocomplete: 'off',
    hint: '11 cijfers, op de achterkant van de identiteitskaart (jj.mm.dd-xxx.xx). Zo herkent het loket de persoon als die zich aanmeldt.' });
  const email = tekstveld({ veld: 'e-mail', label: 'E-mailadres', type: 'email', autocomplete: 'off',
    hint: 'Niet verplicht. Dan krijgt de persoon ook een e-mail over de uitnodiging.' });
  const rol = tekstveld({ veld: 'rol', label: 'Rol in de vereniging', hint: 'Niet verplicht. Bv. secretaris of penningmeester.' });
  return {
    element: h('div', { class: 'velden' }, insz.element, h('div', { class: 'rij' }, email.element, rol.element)),
    waarde: () => ({ insz: insz.waarde(), eMail: email.waarde(), rol: rol.waarde() }),
    isLeeg: () => ![insz, email, rol].some((v) => v.waarde()),
  };
}

export function bankrekeningVelden(b = {}) {
  const bevestigers = (b.bevestigdDoor ?? []).map((x) => x.naam);
  const iban = tekstveld({ veld: 'iban', label: 'Rekeningnummer (IBAN)', verplicht: true, waarde: b.iban, autocomplete: 'off',
    hint: bevestigers.length
      ? `Bv. BE68 5390 0754 7034. Let op: wijzig je het nummer, dan moet ${bevestigers.join(' en ')} het opnieuw bevestigen.`
      : 'Bv. BE68 5390 0754 7034. Spaties mag je typen.' });
  const doel = tekstveld({ veld: 'doel', label: 'Waarvoor dient de rekening?', waarde: b.doel, hint: 'Niet verplicht. Bv. "Werking" of "Lidgelden".' });
  const titularissen = tekstveld({
    veld: 'titularissen',
    label: 'Op wiens naam staat de rekening?',
    verplicht: true,
    regels: 3,
    waarde: (b.titularissen ?? []).join('\n'),
    hint: 'Eén naam per regel. Meestal de naam van de vereniging of van een bestuurslid.',
  });
  const lijst = () => titularissen.invoer.value.split('\n').map((t) => t.trim()).filter(Boolean);
  return {
    element: h('div', { class: 'velden' }, iban.element, doel.element, titularissen.element),
    waarde: () => ({ iban: iban.waarde(), doel: doel.waarde(), titularissen: lijst() }),
    isLeeg: () => !iban.waarde() && !doel.waarde() && lijst().length === 0,
  };
}

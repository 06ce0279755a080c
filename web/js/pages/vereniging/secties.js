import { h, badge } from '../../ui.js';
import { sessie } from '../../sessie.js';
import { contacttype, BRON_VERENIGING } from '../../codes/types.js';
import { contactgegevenVelden, locatieVelden, vertegenwoordigerVelden, bankrekeningVelden } from '../../velden/onderdelen.js';

// What differs between the four lists on the association page: how an item reads, which fields it has, and its
// kenmerken (label and text of each field) to show what someone else changed meanwhile.

function regel(label, waarde) {
  if (waarde === null || waarde === undefined || waarde === '') return null;
  return h('p', { class: 'regel' }, h('span', { class: 'label' }, `${label}: `), waarde);
}

function webadres(tekst) {
  try {
    const url = new URL(tekst);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      return h('a', { href: url.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, tekst,
        h('span', { class: 'visueel-verborgen' }, ' (opent in een nieuw venster)'));
    }
  } catch {
    // Not a URL after all: show it as text.
  }
  return tekst;
}

const janee = (x) => (x ? 'ja' : 'nee');

export function adresRegels(a) {
  if (!a) return [];
  return [
    `${a.straatnaam} ${a.huisnummer}${a.busnummer ? ` bus ${a.busnummer}` : ''}`,
    `${a.postcode} ${a.gemeente}`,
    a.land && a.land !== 'België' ? a.land : null,
  ].filter(Boolean);
}

export const CONTACTGEGEVENS = {
  lijst: 'contactgegevens',
  id: 'contactgegevenId',
  titel: 'Contactgegevens',
  uitleg: 'Hoe kan men de vereniging bereiken?',
  enkelvoud: 'Contactgegeven',
  dit: 'dit contactgegeven',
  leeg: 'Er zijn nog geen contactgegevens.',
  naam: (c) => c.waarde,
  toon: (c) => h('div', {},
    h('p', { class: 'onderdeel-titel' },
      h('span', { class: 'label' }, `${contacttype(c.type).label}: `),
      c.type === 'Website' || c.type === 'SocialMedia' ? webadres(c.waarde) : c.waarde,
      c.isPrimair ? badge('Belangrijkste', 'primair') : null),
    c.beschrijving ? h('p', { class: 'zacht' }, c.beschrijving) : null),
  velden: (c) => contactgegevenVelden(c ?? {}),
  kenmerken: (c) => [
    ['Soort', contacttype(c.type).label],
    ['Gegeven', c.waarde],
    ['Omschrijving', c.beschrijving],
    ['Belangrijkste van deze soort', janee(c.isPrimair)]],
};

export const LOCATIES = {
  lijst: 'locaties',
  id: 'locatieId',
  titel: 'Locaties',
  uitleg: 'Waar komt de vereniging samen, en waar komt de post toe?',
  enkelvoud: 'Locatie',
  dit: 'deze locatie',
  leeg: 'Er zijn nog geen locaties.',
  naam: (l) => [l.naam, adresRegels(l.adres).join(', ')].filter(Boolean).join(', '),
  toon: (l) => h('div', {},
    h('p', { class: 'onderdeel-titel' },
      l.naam ? `${l.naam} – ` : '', l.locatietype,
      l.isPrimair ? badge('Hoofdlocatie', 'primair') : null),
    h('address', {}, adresRegels(l.adres).flatMap((r, i) => (i ? [h('br'), r] : [r])))),
  velden: (l) => locatieVelden(l ?? {}),
  kenmerken: (l) => [
    ['Soort locatie', l.locatietype],
    ['Naam van de plek', l.naam],
    ['Adres', adresRegels(l.adres).join(', ')],
    ['Hoofdlocatie', janee(l.isPrimair)]],
};

function isIk(w) {
  return w.insz === sessie.gegevens?.insz;
}

export function vertegenwoordigers(naarMijnVerenigingen) {
  return {
    lijst: 'vertegenwoordigers',
    id: 'vertegenwoordigerId',
    titel: 'Vertegenwoordigers',
    uitleg: 'Deze mensen mogen de vereniging beheren in het loket. Het rijksregisternummer van anderen zie je maar gedeeltelijk. Iemand toevoegen doe je met een uitnodiging (hieronder).',
    // Adding someone is an invitation they accept themselves: see uitnodigingen.js.
    zonderToevoegen: true,
    enkelvoud: 'Vertegenwoordiger',
    dit: 'deze vertegenwoordiger',
    leeg: 'Er zijn geen vertegenwoordigers.',
    naam: (w) => `${w.voornaam} ${w.achternaam}`,
    toon: (w) => h('div', {},
      h('p', { class: 'onderdeel-titel' },
        `${w.voornaam} ${w.achternaam}`, w.roepnaam ? ` (${w.roepnaam})` : '',
        w.isPrimair ? badge('Primaire vertegenwoordiger', 'primair') : null,
        isIk(w) ? badge('Dit ben jij') : null),
      regel('Rol', w.rol),
      regel('Rijksregisternummer', w.insz),
      regel('E-mail', w.eMail),
      regel('Telefoon', w.telefoon),
      regel('Gsm', w.mobiel)),
    // The API gives representatives no source: they are invited in the loket (at registration or here).
    bron: BRON_VERENIGING,
    velden: (w) => vertegenwoordigerVelden(w),
    kenmerken: (w) => [
      ['Voornaam', w.voornaam], ['Achternaam', w.achternaam], ['Roepnaam', w.roepnaam], ['Rol', w.rol],
      ['E-mailadres', w.eMail], ['Telefoon', w.telefoon], ['Gsm', w.mobiel], ['Primaire vertegenwoordiger', janee(w.isPrimair)]],
    // The API refuses to remove the last one; saying so up front avoids a dead-end button.
    kanVerwijderen: (w, v) => (v.vertegenwoordigers.length > 1
      ? true
      : 'Een vereniging heeft altijd minstens één vertegenwoordiger. Nodig eerst iemand anders uit.'),
    waarschuwing: (w) => (isIk(w)
      ? 'Let op: dit ben jij. Daarna kan je deze vereniging niet meer beheren in het loket.'
      : null),
    naVerwijderen: (w) => {
      if (!isIk(w)) return false;
      naarMijnVerenigingen();
      return true;
    },
  };
}

export const BANKREKENINGNUMMERS = {
  lijst: 'bankrekeningnummers',
  id: 'bankrekeningnummerId',
  titel: 'Rekeningnummers',
  uitleg: 'Rekeningen van de vereniging, bv. om subsidies op te ontvangen.',
  enkelvoud: 'Rekeningnummer',
  dit: 'dit rekeningnummer',
  leeg: 'Er zijn nog geen rekeningnummers.',
  naam: (b) => b.iban,
  toon: (b) => h('div', {},
    h('p', { class: 'onderdeel-titel iban' }, b.iban),
    regel('Waarvoor', b.doel),
    regel('Op naam van', (b.titularissen ?? []).join(', ')),
    b.bevestigdDoor?.length
      ? h('p', { class: 'regel' }, h('span', { class: 'label' }, 'Bevestigd door: '),
        b.bevestigdDoor.map((x) => badge(x.naam, 'bevestigd')))
      : null),
  // No source from the API either: accounts are only entered in the loket; agencies can only confirm them.
  bron: BRON_VERENIGING,
  velden: (b) => bankrekeningVelden(b ?? {}),
  kenmerken: (b) => [
    ['Rekeningnummer (IBAN)', b.iban],
    ['Waarvoor', b.doel],
    ['Op naam van', (b.titularissen ?? []).join(', ')],
    ['Bevestigd door', (b.bevestigdDoor ?? []).map((x) => x.naam).join(', ')]],
};

import { api } from '../api.js';
import { h, metBezig, meldNaNavigatie, nieuwId } from '../ui.js';
import { formulier, knoppen, toonFormulierFout, wisFouten } from '../formulier.js';
import { basisVelden } from '../velden/basis.js';
import { herhaalbareLijst } from '../velden/lijst.js';
import { contactgegevenVelden, locatieVelden, genodigdeVelden, bankrekeningVelden } from '../velden/onderdelen.js';

export async function toon({ vak, titel, navigeer }) {
  titel('Vereniging registreren');

  const basis = basisVelden();
  const contactgegevens = herhaalbareLijst({ pad: 'contactgegevens', naamItem: 'Contactgegeven', start: 1,
    nieuw: () => contactgegevenVelden(), knoptekst: 'Nog een contactgegeven toevoegen' });
  const locaties = herhaalbareLijst({ pad: 'locaties', naamItem: 'Locatie', start: 1,
    nieuw: () => locatieVelden(), knoptekst: 'Nog een locatie toevoegen' });
  const rekeningen = herhaalbareLijst({ pad: 'bankrekeningnummers', naamItem: 'Rekening',
    nieuw: () => bankrekeningVelden(), knoptekst: 'Een rekeningnummer toevoegen' });
  const vertegenwoordigers = herhaalbareLijst({ pad: 'vertegenwoordigers', naamItem: 'Vertegenwoordiger',
    nieuw: () => genodigdeVelden(), knoptekst: 'Een vertegenwoordiger toevoegen' });

  const verzendKnop = h('button', { type: 'submit', class: 'knop' }, 'Vereniging registreren');
  const form = formulier({ label: 'Nieuwe vereniging', opVerzenden: () => verstuur() },
    deel('Over de vereniging', null, basis.element),
    deel('Contactgegevens', 'Hoe kan men de vereniging bereiken? Lege blokken laten we weg.', contactgegevens.element),
    deel('Locaties', 'Waar komt de vereniging samen, of waar komt de post toe?', locaties.element),
    deel('Rekeningnummers', 'Niet verplicht. Handig als de vereniging subsidies wil aanvragen.', rekeningen.element),
    deel('Andere vertegenwoordigers', 'Jij wordt automatisch de primaire vertegenwoordiger. Wil je nog iemand de vereniging laten beheren, bv. de penningmeester? Voeg die persoon dan hier toe: die krijgt een uitnodiging en wordt pas vertegenwoordiger na aanvaarden. Naam en contactgegevens vult die persoon dan zelf aan.',
      vertegenwoordigers.element),
    knoppen(verzendKnop, h('a', { class: 'knop knop-secundair', href: '#/verenigingen' }, 'Annuleren')));

  const duplicaten = h('section', { class: 'duplicaten', hidden: true, tabindex: '-1' });

  vak.append(
    h('h1', {}, 'Een feitelijke vereniging registreren'),
    h('p', { class: 'inleiding' },
      'Vul in wat je weet. Alleen de naam is verplicht; de rest kan je later nog aanvullen. Is je vereniging een vzw? ',
      h('a', { href: '#/kbo' }, 'Voeg ze dan toe via de KBO'), '.'),
    duplicaten,
    form);

  // The body is sent as text and kept as text: confirming a duplicate must send exactly the same bytes.
  async function verstuur() {
    if (basis.fouten().length) {
      toonFormulierFout(form, { fouten: basis.fouten() });
      return;
    }
    const body = {
      ...basis.waarde(),
      contactgegevens: contactgegevens.waarde(),
      locaties: locaties.waarde(),
      vertegenwoordigers: vertegenwoordigers.waarde(),
      bankrekeningnummers: rekeningen.waarde(),
    };
    await metBezig(verzendKnop, 'Bezig met registreren…', () => probeer(JSON.stringify(body), null));
  }

  async function probeer(bodyTekst, bevestigingsToken) {
    try {
      const { data } = await api.registreer(bodyTekst, bevestigingsToken);
      meldNaNavigatie('succes',
        `${data.naam} is geregistreerd met V-code ${data.vCode}. Jij bent de primaire vertegenwoordiger.`);
      navigeer(`/verenigingen/${encodeURIComponent(data.vCode)}/gegevens`);
    } catch (fout) {
      if (fout.status === 409 && fout.probleem.bevestigingsToken) {
        toonDuplicaten(fout.probleem, bodyTekst);
      } else {
        verbergDuplicaten();
        toonFormulierFout(form, fout);
      }
    }
  }

  function toonDuplicaten(probleem, bodyTekst) {
    wisFouten(form);
    form.hidden = true;
    const titelId = nieuwId('dubbel');
    const bevestigKnop = h('button', { type: 'button', class: 'knop' }, 'Het is toch een andere vereniging');
    bevestigKnop.addEventListener('click', () => metBezig(bevestigKnop, 'Bezig met registreren…',
      () => probeer(bodyTekst, probleem.bevestigingsToken)));
    const terugKnop = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Terug naar het formulier');
    terugKnop.addEventListener('click', () => {
      verbergDuplicaten();
      form.querySelector('input')?.focus();
    });

    duplicaten.setAttribute('aria-labelledby', titelId);
    duplicaten.replaceChildren(
      h('h2', { id: titelId }, 'Bestaat je vereniging al?'),
      h('p', {}, 'In het loket staan al verenigingen die erg op de jouwe lijken. Kijk even of je vereniging ertussen staat.'),
      h('ul', { class: 'kaarten' }, (probleem.kandidaten ?? []).map(kandidaat)),
      h('h3', {}, 'Staat je vereniging in de lijst?'),
      h('p', {}, 'Registreer ze dan niet opnieuw. Vraag aan iemand die ze al beheert om jou toe te voegen als vertegenwoordiger. Daarna vind je ze bij ',
        h('a', { href: '#/verenigingen' }, 'Mijn verenigingen'), '.'),
      h('h3', {}, 'Staat ze er niet bij?'),
      h('p', {}, 'Registreer ze dan toch, met de gegevens die je invulde.'),
      knoppen(bevestigKnop, terugKnop));
    duplicaten.hidden = false;
    duplicaten.focus();
    duplicaten.scrollIntoView?.({ block: 'start' });
  }

  function verbergDuplicaten() {
    duplicaten.hidden = true;
    duplicaten.replaceChildren();
    form.hidden = false;
  }
}

function deel(titel, uitleg, ...inhoud) {
  const id = nieuwId('deel');
  return h('section', { class: 'deel', 'aria-labelledby': id },
    h('h2', { id }, titel),
    uitleg ? h('p', { class: 'veld-hint' }, uitleg) : null,
    ...inhoud);
}

function kandidaat(k) {
  const adressen = (k.locaties ?? []).map((l) => l.adres).filter(Boolean)
    .map((a) => `${a.straatnaam} ${a.huisnummer}${a.busnummer ? ` bus ${a.busnummer}` : ''}, ${a.postcode} ${a.gemeente}`);
  return h('li', { class: 'kaart' },
    h('h3', {}, k.naam),
    h('p', { class: 'zacht' }, `V-code ${k.vCode}`),
    adressen.length ? h('p', {}, h('span', { class: 'label' }, 'Adres: '), adressen.join('; ')) : null,
    k.hoofdactiviteiten?.length
      ? h('p', {}, h('span', { class: 'label' }, 'Activiteiten: '), k.hoofdactiviteiten.map((a) => a.naam).join(', '))
      : null);
}

import { api } from '../api.js';
import { sessie } from '../sessie.js';
import { h, metBezig, meldNaNavigatie, nieuwId } from '../ui.js';
import { formulier, knoppen, tekstveld, toonFormulierFout, wisFouten } from '../formulier.js';

// Numbers the demo's simulated KBO knows; only offered when signed in through the demo sign-in.
const DEMO_NUMMERS = ['0412345614', '0876543270', '0712398781', '0987654394'];

export async function toon({ vak, titel, navigeer }) {
  titel('vzw toevoegen via KBO');

  const nummer = tekstveld({
    veld: 'kboNummer',
    label: 'Ondernemingsnummer',
    verplicht: true,
    inputmode: 'numeric',
    autocomplete: 'off',
    breedte: 'middel',
    hint: '10 cijfers, zoals 0412.345.614. Je vindt het op de statuten of in het Belgisch Staatsblad. Punten mag je typen.',
  });
  const knop = h('button', { type: 'submit', class: 'knop' }, 'Vereniging opzoeken en toevoegen');
  const resultaat = h('section', { class: 'resultaat', tabindex: '-1', hidden: true });
  const form = formulier({ label: 'vzw toevoegen via KBO', opVerzenden: () => metBezig(knop, 'Bezig met opzoeken in de KBO…', verstuur) },
    nummer.element,
    knoppen(knop, h('a', { class: 'knop knop-secundair', href: '#/verenigingen' }, 'Annuleren')));

  vak.append(
    h('h1', {}, 'Een vereniging met rechtspersoonlijkheid toevoegen'),
    h('p', { class: 'inleiding' },
      'Is je vereniging een vzw (of een stichting)? Dan staat ze in de Kruispuntbank van Ondernemingen (KBO). Geef het ondernemingsnummer: we halen de naam, het adres van de zetel en de contactgegevens daar op. Jij wordt de eerste vertegenwoordiger.'),
    h('p', {}, 'Heeft je vereniging geen ondernemingsnummer? ',
      h('a', { href: '#/registreren' }, 'Registreer ze dan als feitelijke vereniging'), '.'),
    form,
    resultaat,
    sessie.gegevens?.demo ? demoHulp(nummer.invoer) : null);

  async function verstuur() {
    resultaat.hidden = true;
    wisFouten(form);
    try {
      const { status, data } = await api.registreerUitKbo(nummer.waarde());
      if (status === 201) {
        meldNaNavigatie('succes', `${data.naam} is toegevoegd vanuit de KBO met V-code ${data.vCode}. Jij bent de primaire vertegenwoordiger.`);
        navigeer(`/verenigingen/${encodeURIComponent(data.vCode)}/gegevens`);
        return;
      }
      await toonAlGeregistreerd(data.vCode);
    } catch (fout) {
      toonFormulierFout(form, fout);
    }
  }

  // Already in the loket: only its representatives may see it, so say where to go from here either way.
  async function toonAlGeregistreerd(vCode) {
    let beheerIk = false;
    try {
      const { data } = await api.mijnVerenigingen();
      beheerIk = data.verenigingen.some((v) => v.vCode === vCode);
    } catch {
      // Without the list we still give the general advice below.
    }
    const titelId = nieuwId('resultaat');
    resultaat.setAttribute('aria-labelledby', titelId);
    resultaat.replaceChildren(
      h('div', { class: 'melding melding-info' },
        h('h2', { id: titelId, class: 'melding-titel' }, `Deze vereniging staat al in het loket (V-code ${vCode}).`),
        beheerIk
          ? h('p', {}, 'Jij bent er vertegenwoordiger van. ',
            h('a', { href: `#/verenigingen/${encodeURIComponent(vCode)}` }, 'Ga naar de vereniging'), '.')
          : h('p', {}, 'Iemand anders heeft ze al toegevoegd. Vraag aan die persoon om jou als vertegenwoordiger toe te voegen. Daarna vind je ze bij ',
            h('a', { href: '#/verenigingen' }, 'Mijn verenigingen'), '.')));
    resultaat.hidden = false;
    resultaat.focus();
  }
}

function demoHulp(invoer) {
  return h('details', { class: 'demo-hulp' },
    h('summary', {}, 'Ondernemingsnummers om de demo uit te proberen'),
    h('ul', {}, DEMO_NUMMERS.map((n) => h('li', {},
      h('button', {
        type: 'button',
        class: 'knop knop-link',
        onclick: () => {
          invoer.value = n;
          invoer.focus();
        },
      }, `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)} invullen`)))));
}

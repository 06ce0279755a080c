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
      'Is je vereniging een vzw (of een stichting)? Dan staat ze in de Kruispuntbank van Ondernemingen (KBO). Geef het ondernemingsnummer: we halen de naam, het adres van de zetel en de contactgegevens daar op. Dat kan alleen wie er volgens de KBO een functie heeft, zoals een bestuurder. Staat de vereniging al in het loket? Dan word je er ook vertegenwoordiger van.'),
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
      meldNaNavigatie('succes', status === 201
        ? `${data.naam} is toegevoegd vanuit de KBO met V-code ${data.vCode}. Jij bent de primaire vertegenwoordiger.`
        : `${data.naam} stond al in het loket (V-code ${data.vCode}). Omdat je er volgens de KBO een functie hebt, ben je nu ook vertegenwoordiger.`);
      navigeer(`/verenigingen/${encodeURIComponent(data.vCode)}/gegevens`);
    } catch (fout) {
      if (fout.status === 403) {
        toonGeenMandaat(fout.message);
        return;
      }
      toonFormulierFout(form, fout);
    }
  }

  // Only function holders at KBO may add a vzw: say so next to the form, with the loket's explanation of who can.
  function toonGeenMandaat(uitleg) {
    const titelId = nieuwId('resultaat');
    resultaat.setAttribute('aria-labelledby', titelId);
    resultaat.replaceChildren(
      h('div', { class: 'melding melding-fout' },
        h('h2', { id: titelId, class: 'melding-titel' }, 'Je kan deze vereniging niet toevoegen.'),
        h('p', {}, uitleg)));
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

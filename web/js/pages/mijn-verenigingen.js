import { api } from '../api.js';
import { h, badge, toonApiFout } from '../ui.js';

export async function toon({ vak, titel, actief }) {
  titel('Mijn verenigingen');
  const inhoud = h('div', {}, h('p', { class: 'laden' }, 'Je verenigingen worden geladen…'));
  vak.append(h('h1', {}, 'Mijn verenigingen'), inhoud);

  let verenigingen;
  try {
    ({ data: { verenigingen } } = await api.mijnVerenigingen());
  } catch (fout) {
    if (!actief()) return;
    inhoud.replaceChildren(h('p', {}, 'Je verenigingen konden niet geladen worden.'));
    toonApiFout(fout);
    return;
  }
  if (!actief()) return;

  if (verenigingen.length === 0) {
    inhoud.replaceChildren(leeg());
    return;
  }

  inhoud.replaceChildren(
    h('p', { class: 'inleiding' }, verenigingen.length === 1
      ? 'Je bent vertegenwoordiger van deze vereniging. Klik op de naam: je ziet wat op jullie wacht, en van daar beheer je de gegevens, aanvragen en reservaties.'
      : `Je bent vertegenwoordiger van ${verenigingen.length} verenigingen. Klik op een naam: je ziet wat op jullie wacht, en van daar beheer je de gegevens, aanvragen en reservaties.`),
    h('ul', { class: 'verenigingen' }, verenigingen.map(item)),
    h('h2', {}, 'Nog een vereniging toevoegen?'),
    acties());
}

function item(v) {
  return h('li', { class: 'vereniging-item' },
    h('h2', { class: 'vereniging-naam' }, h('a', { href: `#/verenigingen/${encodeURIComponent(v.vCode)}` }, v.naam)),
    h('p', { class: 'kenmerken' },
      h('span', {}, `V-code ${v.vCode}`),
      h('span', {}, v.verenigingstype?.naam ?? ''),
      badge(v.status, v.status === 'Actief' ? 'actief' : 'gestopt'),
      v.isPrimair ? badge('Primaire vertegenwoordiger', 'primair') : null),
    h('p', { class: 'snelkoppelingen' },
      h('a', { href: `#/verenigingen/${encodeURIComponent(v.vCode)}/aanbod`, 'aria-label': `Aanbod voor ${v.naam}` }, 'Aanbod'),
      h('a', { href: `#/verenigingen/${encodeURIComponent(v.vCode)}/dossiers`, 'aria-label': `Dossiers van ${v.naam}` }, 'Dossiers')));
}

function acties() {
  return h('div', { class: 'acties' },
    h('a', { class: 'knop', href: '#/registreren' }, 'Nieuwe feitelijke vereniging registreren'),
    h('a', { class: 'knop knop-secundair', href: '#/kbo' }, 'Vereniging met rechtspersoonlijkheid (vzw) toevoegen via KBO'));
}

// A newcomer lands here first: explain the three ways forward instead of showing an empty list.
function leeg() {
  return h('div', { class: 'leeg' },
    h('p', { class: 'inleiding' }, 'Je bent nog geen vertegenwoordiger van een vereniging in het loket. Dat los je zo op:'),
    h('ol', { class: 'stappen' },
      h('li', {},
        h('h2', {}, 'Is je vereniging een feitelijke vereniging?'),
        h('p', {}, 'Een vereniging zonder vzw-statuut, zoals een jeugdbeweging, buurtcomité of hobbyclub. Registreer ze hier; jij wordt de eerste vertegenwoordiger.'),
        h('a', { class: 'knop', href: '#/registreren' }, 'Nieuwe feitelijke vereniging registreren')),
      h('li', {},
        h('h2', {}, 'Is je vereniging een vzw?'),
        h('p', {}, 'Dan staat ze al in de Kruispuntbank van Ondernemingen (KBO). Met het ondernemingsnummer halen we de gegevens daar op.'),
        h('a', { class: 'knop knop-secundair', href: '#/kbo' }, 'Vereniging met rechtspersoonlijkheid (vzw) toevoegen via KBO')),
      h('li', {},
        h('h2', {}, 'Staat je vereniging al in het loket?'),
        h('p', {}, 'Vraag dan aan iemand die ze al beheert om jou toe te voegen als vertegenwoordiger. Daarna zie je ze hier.'))));
}

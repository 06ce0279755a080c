import { api } from '../api.js';
import { h, badge, toonApiFout, metBezig, toonSucces } from '../ui.js';

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
  let uitnodigingen = [];
  try {
    ({ data: { uitnodigingen } } = await api.mijnUitnodigingen());
  } catch {
    // Without the invitations the associations still show; the invitations come back on the next visit.
  }
  if (!actief()) return;
  const uitgenodigd = uitnodigingen.length ? uitnodigingenBlok(uitnodigingen, () => toon({ vak: leegMaken(vak), titel, actief })) : null;

  if (verenigingen.length === 0) {
    inhoud.replaceChildren(...[uitgenodigd, leeg()].filter(Boolean));
    return;
  }

  inhoud.replaceChildren(
    ...[uitgenodigd].filter(Boolean),
    h('p', { class: 'inleiding' }, verenigingen.length === 1
      ? 'Je bent vertegenwoordiger van deze vereniging. Klik op de naam: je ziet wat op jullie wacht, en van daar beheer je de gegevens, aanvragen en reservaties.'
      : `Je bent vertegenwoordiger van ${verenigingen.length} verenigingen. Klik op een naam: je ziet wat op jullie wacht, en van daar beheer je de gegevens, aanvragen en reservaties.`),
    h('ul', { class: 'verenigingen' }, verenigingen.map(item)),
    h('h2', {}, 'Nog een vereniging toevoegen?'),
    acties());
}

function leegMaken(vak) {
  vak.replaceChildren();
  return vak;
}

// Invitations wait for the person's own answer: accepting makes them a representative, declining removes the invitation.
function uitnodigingenBlok(uitnodigingen, herlaad) {
  return h('section', { class: 'melding melding-info', 'aria-label': 'Uitnodigingen' },
    h('h2', { class: 'melding-titel' }, uitnodigingen.length === 1 ? 'Je bent uitgenodigd' : `Je bent ${uitnodigingen.length} keer uitgenodigd`),
    h('ul', {}, uitnodigingen.map((u) => {
      const ja = h('button', { type: 'button', class: 'knop' }, 'Aanvaarden');
      const nee = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Weigeren');
      const antwoord = (knop, soort, tekst) => knop.addEventListener('click', () => metBezig(knop, 'Even geduld…', async () => {
        try {
          await api.beantwoordUitnodiging(u.vCode, u.uitnodigingId, soort);
          toonSucces(tekst);
          await herlaad();
        } catch (fout) {
          toonApiFout(fout);
        }
      }));
      antwoord(ja, 'aanvaarden', `Je bent nu vertegenwoordiger van ${u.naam}.`);
      antwoord(nee, 'weigeren', `Je hebt de uitnodiging van ${u.naam} geweigerd.`);
      return h('li', { class: 'uitnodiging' },
        h('p', {}, `${u.verstuurdDoor ?? 'Een vertegenwoordiger'} nodigt je uit als vertegenwoordiger van ${u.naam}${u.rol ? ` (${u.rol})` : ''}.`),
        h('p', { class: 'acties' }, ja, nee));
    })));
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
        h('p', {}, 'Vraag dan aan iemand die ze al beheert om jou uit te nodigen. Je ziet de uitnodiging hier, en na aanvaarden ook de vereniging.'))));
}

import { api } from '../../api.js';
import { h, vervang, badge, toonApiFout, meldNaNavigatie } from '../../ui.js';
import { maakStaat } from './staat.js';
import { basisgegevensSectie } from './basisgegevens.js';
import { onderdeelSectie } from './onderdeel.js';
import { CONTACTGEGEVENS, LOCATIES, BANKREKENINGNUMMERS, vertegenwoordigers } from './secties.js';
import { stopSectie } from './stoppen.js';
import { uitnodigingenSectie } from './uitnodigingen.js';
import { kboMandatenSectie } from './mandaten.js';
import { historiekSectie } from './historiek.js';
import { gedeeldSectie } from './gedeeld.js';
import { meldingenSectie } from './meldingen.js';
import { aanbodSectie } from './aanbod.js';
import { dossierLijstSectie, dossierSectie } from './dossiers.js';
import { gekendeGegevensSectie } from './gekend.js';
import { overzichtSectie } from './overzicht.js';
import { reservatiesSectie } from './reservaties.js';

// The association's tabs in the order of the tab bar; '' is the overview at the bare address.
const TABS = [
  { pad: '', tekst: 'Overzicht' },
  { pad: 'gegevens', tekst: 'Gegevens' },
  { pad: 'gekend', tekst: 'Gekende gegevens' },
  { pad: 'aanbod', tekst: 'Aanbod' },
  { pad: 'dossiers', tekst: 'Dossiers' },
  { pad: 'reservaties', tekst: 'Reservaties' },
  { pad: 'historiek', tekst: 'Historiek' },
  { pad: 'gedeeld', tekst: 'Gedeelde gegevens' },
  { pad: 'meldingen', tekst: 'Meldingen' },
];

export async function toon({ vak, params, titel, navigeer, actief }) {
  const [vCode, tab = '', dossierId] = params;
  const code = vCode.toUpperCase();
  titel(code);
  const kop = h('h1', {}, `Vereniging ${code}`);
  const inhoud = h('div', {}, h('p', { class: 'laden' }, 'De gegevens van de vereniging worden geladen…'));
  vak.append(kruimelpad(null), kop, inhoud);

  let antwoord;
  try {
    antwoord = await api.vereniging(code);
  } catch (fout) {
    if (!actief()) return;
    if (fout.status === 404) {
      kop.textContent = 'Vereniging niet gevonden';
      vervang(inhoud,
        h('p', {}, `We vinden geen vereniging ${code} die jij beheert. Misschien is de V-code fout, of ben je (nog) geen vertegenwoordiger van deze vereniging.`),
        h('p', {}, 'Beheert iemand anders ze al? Vraag dan om jou toe te voegen als vertegenwoordiger.'),
        h('p', {}, h('a', { href: '#/verenigingen' }, 'Terug naar Mijn verenigingen')));
    } else {
      vervang(inhoud, h('p', {}, 'De gegevens konden niet geladen worden. '), h('a', {
        href: location.hash,
        onclick: (e) => {
          e.preventDefault();
          navigeer(location.hash.replace(/^#/, ''));
        },
      }, 'Probeer opnieuw'));
      toonApiFout(fout);
    }
    return;
  }
  if (!actief()) return;

  const tabNaam = TABS.find((t) => t.pad === tab)?.tekst;
  const paginaTitel = (naam) => (tab && tabNaam ? `${tabNaam} – ${naam}` : naam);
  const staat = maakStaat(code, antwoord.data, antwoord.etag);
  const kenmerken = h('p', { class: 'kenmerken' });
  const kboMelding = h('div', {});
  staat.bijWijziging((v) => {
    kop.textContent = v.naam;
    titel(paginaTitel(v.naam));
    vervang(kenmerken,
      h('span', {}, `V-code ${v.vCode}`),
      h('span', {}, v.verenigingssubtype?.naam ?? v.verenigingstype?.naam ?? ''),
      badge(v.status, v.status === 'Actief' ? 'actief' : 'gestopt'));
    vervang(kboMelding, v.kboNummer
      ? h('div', { class: 'melding melding-info' },
        h('p', {}, `Deze vereniging komt uit de Kruispuntbank van Ondernemingen (KBO), ondernemingsnummer ${v.kboNummer}. Wat uit de KBO komt, pas je daar aan. De rest beheer je hier.`))
      : null);
  });
  staat.zet(staat.vereniging);

  const naarLijst = () => {
    meldNaNavigatie('succes', 'Je bent geen vertegenwoordiger meer van deze vereniging.');
    navigeer('/verenigingen');
  };

  vak.replaceChildren(kruimelpad(staat.vereniging.naam), kop, kenmerken, kboMelding, tabs(code, tab));
  const naam = staat.vereniging.naam;
  // Only the dossiers tab has pages below it; anything else there is an old or mistyped link.
  if (dossierId && tab !== 'dossiers') {
    vak.append(h('p', {}, 'Deze pagina bestaat niet. '), h('a', { href: `#/verenigingen/${encodeURIComponent(code)}` }, 'Naar het overzicht van de vereniging'));
    return;
  }
  switch (tab) {
    case 'historiek':
      vak.append(await historiekSectie(code, actief));
      return;
    case 'gedeeld':
      vak.append(gedeeldSectie(code, actief));
      return;
    case 'meldingen':
      vak.append(meldingenSectie(code, actief));
      return;
    case 'aanbod':
      vak.append(aanbodSectie(code, { actief, navigeer }));
      return;
    case 'dossiers':
      vak.append(dossierId ? dossierSectie(code, dossierId, { actief, titel, naam, navigeer }) : dossierLijstSectie(code, { actief }));
      return;
    case 'gekend':
      vak.append(gekendeGegevensSectie(code, { actief }));
      return;
    case 'reservaties':
      vak.append(reservatiesSectie(code, { actief, navigeer }));
      return;
    case 'gegevens':
      vak.append(...[
        basisgegevensSectie(staat),
        onderdeelSectie(staat, CONTACTGEGEVENS),
        onderdeelSectie(staat, LOCATIES),
        onderdeelSectie(staat, vertegenwoordigers(naarLijst)),
        staat.vereniging.kboNummer ? kboMandatenSectie(staat, navigeer) : null,
        uitnodigingenSectie(staat),
        onderdeelSectie(staat, BANKREKENINGNUMMERS),
        stopSectie(staat)].filter(Boolean));
      return;
    default:
      vak.append(overzichtSectie(code, { actief }));
  }
}

function kruimelpad(naam) {
  return h('nav', { class: 'kruimelpad', 'aria-label': 'Kruimelpad' },
    h('ol', {},
      h('li', {}, h('a', { href: '#/verenigingen' }, 'Mijn verenigingen')),
      naam ? h('li', { 'aria-current': 'page' }, naam) : null));
}

// Links, not ARIA tabs: each tab is its own address, so the browser's back button and deep links work.
function tabs(code, tab) {
  return h('nav', { class: 'tabs', 'aria-label': 'Onderdelen van de vereniging' },
    h('ul', {}, TABS.map((t) => h('li', {},
      h('a', { href: `#/verenigingen/${encodeURIComponent(code)}${t.pad ? `/${t.pad}` : ''}`, 'aria-current': t.pad === tab ? 'page' : null },
        t.tekst)))));
}

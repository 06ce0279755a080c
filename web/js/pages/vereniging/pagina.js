import { api } from '../../api.js';
import { h, vervang, badge, toonApiFout, meldNaNavigatie } from '../../ui.js';
import { maakStaat } from './staat.js';
import { basisgegevensSectie } from './basisgegevens.js';
import { onderdeelSectie } from './onderdeel.js';
import { CONTACTGEGEVENS, LOCATIES, BANKREKENINGNUMMERS, vertegenwoordigers } from './secties.js';
import { stopSectie } from './stoppen.js';
import { historiekSectie } from './historiek.js';
import { gedeeldSectie } from './gedeeld.js';
import { aanbodSectie } from './aanbod.js';
import { dossierLijstSectie, dossierSectie } from './dossiers.js';
import { gekendeGegevensSectie } from './gekend.js';

export async function toon({ vak, params, titel, navigeer, actief }) {
  const [vCode, tab, dossierId] = params;
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
      vervang(inhoud, h('p', {}, 'De gegevens konden niet geladen worden. '), h('a', { href: `#/verenigingen/${code}` }, 'Probeer opnieuw'));
      toonApiFout(fout);
    }
    return;
  }
  if (!actief()) return;

  const staat = maakStaat(code, antwoord.data, antwoord.etag);
  const kenmerken = h('p', { class: 'kenmerken' });
  const kboMelding = h('div', {});
  staat.bijWijziging((v) => {
    kop.textContent = v.naam;
    titel(v.naam);
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
  if (tab === 'historiek') {
    titel(`Historiek – ${staat.vereniging.naam}`);
    vak.append(await historiekSectie(code, actief));
    return;
  }
  if (tab === 'gedeeld') {
    titel(`Gedeelde gegevens – ${staat.vereniging.naam}`);
    vak.append(gedeeldSectie(code, actief));
    return;
  }
  if (tab === 'aanbod') {
    titel(`Aanbod – ${staat.vereniging.naam}`);
    vak.append(aanbodSectie(code, { actief, navigeer }));
    return;
  }
  if (tab === 'dossiers') {
    titel(`Dossiers – ${staat.vereniging.naam}`);
    vak.append(dossierId ? dossierSectie(code, dossierId, { actief, titel, naam: staat.vereniging.naam }) : dossierLijstSectie(code, { actief }));
    return;
  }
  if (tab === 'gekend') {
    titel(`Gekende gegevens – ${staat.vereniging.naam}`);
    vak.append(gekendeGegevensSectie(code, { actief }));
    return;
  }
  if (dossierId) {
    vak.append(h('p', {}, 'Deze pagina bestaat niet. '), h('a', { href: `#/verenigingen/${encodeURIComponent(code)}` }, 'Naar de gegevens van de vereniging'));
    return;
  }
  vak.append(
    basisgegevensSectie(staat),
    onderdeelSectie(staat, CONTACTGEGEVENS),
    onderdeelSectie(staat, LOCATIES),
    onderdeelSectie(staat, vertegenwoordigers(naarLijst)),
    onderdeelSectie(staat, BANKREKENINGNUMMERS),
    stopSectie(staat));
}

function kruimelpad(naam) {
  return h('nav', { class: 'kruimelpad', 'aria-label': 'Kruimelpad' },
    h('ol', {},
      h('li', {}, h('a', { href: '#/verenigingen' }, 'Mijn verenigingen')),
      naam ? h('li', { 'aria-current': 'page' }, naam) : null));
}

function tabs(code, tab) {
  const link = (tekst, pad, actief) => h('li', {},
    h('a', { href: `#/verenigingen/${encodeURIComponent(code)}${pad}`, 'aria-current': actief ? 'page' : null }, tekst));
  return h('nav', { class: 'tabs', 'aria-label': 'Onderdelen van de vereniging' },
    h('ul', {},
      link('Gegevens', '', !tab),
      link('Gekende gegevens', '/gekend', tab === 'gekend'),
      link('Aanbod', '/aanbod', tab === 'aanbod'),
      link('Dossiers', '/dossiers', tab === 'dossiers'),
      link('Historiek', '/historiek', tab === 'historiek'),
      link('Gedeelde gegevens', '/gedeeld', tab === 'gedeeld')));
}

import { api } from '../api.js';
import { aanbieder, isBehandelaar, meldAan } from '../aanmelding.js';
import { sessie } from '../sessie.js';
import { h, metBezig, toonApiFout, toonFout } from '../ui.js';

// Signing in goes through the government's identity provider (ACM, or the local provider with the demo personas in
// Development). Only where no provider is configured at all does the demo sign-in with a development token remain.

export async function toon({ vak, titel, navigeer, actief }) {
  titel('Aanmelden');
  vak.append(
    h('h1', {}, 'Aanmelden'),
    h('p', { class: 'inleiding' },
      'Welkom bij het verenigingsloket. Hier registreer je je vereniging en houd je haar gegevens up-to-date, zodat de overheid en de gemeente altijd de juiste gegevens hebben.'));

  let m;
  try {
    m = await aanbieder();
  } catch (fout) {
    if (!actief()) return;
    toonFout('Aanmelden kan nu niet.', fout.message);
    vak.append(h('p', {}, h('button', { type: 'button', class: 'knop', onclick: () => location.reload() }, 'Opnieuw proberen')));
    return;
  }
  if (!actief()) return;
  if (m) {
    const knop = h('button', { type: 'button', class: 'knop' }, 'Aanmelden');
    knop.addEventListener('click', () => metBezig(knop, 'Je gaat naar de aanmeldpagina…', async () => {
      try {
        await meldAan(sessie.neemBestemming()); // none: the return decides (a case worker starts in the back office)
      } catch (fout) {
        toonFout('De aanmeldpagina kon niet geopend worden.', fout?.message ?? 'Probeer het opnieuw.');
      }
    }));
    vak.append(
      h('p', {}, 'Je meldt je aan bij de Vlaamse overheid, met je eID, itsme of een andere digitale sleutel. Daarna kom je hier terug.'),
      h('p', {}, knop));
    return;
  }
  await demoPersonas(vak, navigeer, actief);
}

// No provider configured (the Functions host in Development): the made-up people, each with a development token.
async function demoPersonas(vak, navigeer, actief) {
  const lijst = h('ul', { class: 'kaarten personas' }, h('li', { class: 'laden' }, 'De voorbeeldpersonen worden geladen…'));
  vak.append(
    h('div', { class: 'melding melding-info' },
      h('p', { class: 'melding-titel' }, 'Dit is een demo'),
      h('p', {}, 'Je meldt je aan als een van deze voorbeeldpersonen. Hun gegevens zijn verzonnen.')),
    h('h2', {}, 'Kies met wie je je aanmeldt'),
    lijst);

  let personas;
  try {
    ({ data: { personas } } = await api.personas());
  } catch (fout) {
    if (!actief()) return;
    lijst.replaceChildren();
    if (fout.status === 404) {
      toonFout('Aanmelden kan hier niet.', 'Er is geen aanmeldpagina ingesteld voor deze omgeving.');
    } else {
      toonApiFout(fout);
    }
    return;
  }
  if (!actief()) return;

  lijst.replaceChildren(...personas.map((p) => {
    const naam = `${p.voornaam} ${p.achternaam}`;
    const knop = h('button', { type: 'button', class: 'knop' }, `Aanmelden als ${p.voornaam}`);
    knop.addEventListener('click', () => metBezig(knop, 'Bezig met aanmelden…', async () => {
      try {
        const { data } = await api.token({ insz: p.insz, voornaam: p.voornaam, achternaam: p.achternaam, rollen: p.rollen ?? [] });
        const gegevens = {
          token: data.token,
          insz: p.insz,
          naam,
          demo: true,
          verlooptOp: data.verlooptNaSeconden ? Date.now() + data.verlooptNaSeconden * 1000 : null,
        };
        sessie.bewaar(gegevens);
        // A case worker (a role for an agency in the behandelloket) starts in the back office.
        gegevens.behandelaar = await isBehandelaar();
        sessie.bewaar(gegevens);
        navigeer(sessie.neemBestemming() ?? (gegevens.behandelaar ? '/behandeling' : '/verenigingen'));
      } catch (fout) {
        toonApiFout(fout);
      }
    }));
    return h('li', { class: 'kaart' },
      h('h3', {}, naam),
      h('p', {}, p.omschrijving),
      p.rollen?.length ? h('p', { class: 'zacht' }, `Rol: ${p.rollen.join(', ')}`) : null,
      knop);
  }));
}

import { api, behandelApi } from '../api.js';
import { sessie } from '../sessie.js';
import { h, metBezig, toonApiFout, toonFout } from '../ui.js';

// The demo sign-in: the API (Development only) lists made-up people and hands out a token for one of them.
// A real deployment signs in through the government's identity provider instead.

export async function toon({ vak, titel, navigeer, actief }) {
  titel('Aanmelden');
  const lijst = h('ul', { class: 'kaarten personas' }, h('li', { class: 'laden' }, 'De voorbeeldpersonen worden geladen…'));
  vak.append(
    h('h1', {}, 'Aanmelden'),
    h('p', { class: 'inleiding' },
      'Welkom bij het verenigingsloket. Hier registreer je je vereniging en houd je haar gegevens up-to-date, zodat de overheid en de gemeente altijd de juiste gegevens hebben.'),
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
      toonFout('Aanmelden met een voorbeeldpersoon kan hier niet.', 'Deze omgeving is geen demo-omgeving.');
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

async function isBehandelaar() {
  try {
    await behandelApi.instanties();
    return true;
  } catch {
    return false;
  }
}

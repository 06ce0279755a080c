import { api } from '../../api.js';
import { h, vervang, nieuwId, badge, datum, metBezig, toonApiFout, toonFout, wisMeldingen, meldNaNavigatie } from '../../ui.js';
import { faseBadge, volgOp } from './dossiers.js';
import { wisselAanvraag } from './aanvraag.js';
import { opent } from '../../onbewaard.js';

// The catalogue's codes (DienstCodes in the domain) in the volunteers' words; an unknown code is shown as it is.
const TYPES = {
  FinancieleVerplichting: 'Financiële verplichting',
  Toelating: 'Toelating of vergunning',
  Bewijs: 'Bewijs of attest',
  Voorwerp: 'Voorwerp',
  AdviesBegeleiding: 'Advies en begeleiding',
  InfrastructuurMateriaal: 'Infrastructuur en materiaal',
  FinancieelVoordeel: 'Financieel voordeel',
};
const THEMAS = {
  BurgerOverheid: 'Burger en overheid',
  CultuurSportVrijeTijd: 'Cultuur, sport en vrije tijd',
  EconomieWerk: 'Economie en werk',
  MilieuEnergie: 'Milieu en energie',
  MobiliteitOpenbareWerken: 'Mobiliteit en openbare werken',
  OnderwijsWetenschap: 'Onderwijs en wetenschap',
  WelzijnGezondheid: 'Welzijn en gezondheid',
  BouwenWonen: 'Bouwen en wonen',
};
const typeLabel = (t) => TYPES[t] ?? t;
const themaLabel = (t) => THEMAS[t] ?? t;

/**
 * What the government offers this association: services that apply, legal duties first-class, why each applies,
 * what is still missing, and a way to apply (in the loket itself, or handed over to the agency's own application).
 */
export function aanbodSectie(vCode, { actief, navigeer }) {
  const typeKeuze = h('select', { id: nieuwId('type'), name: 'type' }, h('option', { value: '' }, 'Alle soorten'));
  const themaKeuze = h('select', { id: nieuwId('thema'), name: 'thema' }, h('option', { value: '' }, 'Alle thema\'s'));
  const openVinkje = h('input', { type: 'checkbox', id: nieuwId('open'), name: 'open' });
  const aantal = h('p', { class: 'zacht', role: 'status' });
  const resultaat = h('div', {}, h('p', { class: 'laden' }, 'Het aanbod voor jullie vereniging wordt geladen…'));
  const gekendeTypes = new Set(Object.keys(TYPES));
  const gekendeThemas = new Set(Object.keys(THEMAS));

  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': 'Aanbod filteren', onsubmit: (e) => { e.preventDefault(); laad(); } },
    h('div', { class: 'veld' }, h('label', { for: typeKeuze.id }, 'Soort'), typeKeuze),
    h('div', { class: 'veld' }, h('label', { for: themaKeuze.id }, 'Thema'), themaKeuze),
    h('div', { class: 'veld veld-vinkje' }, h('div', { class: 'vinkje' }, openVinkje, h('label', { for: openVinkje.id }, 'alleen nu aan te vragen'))));
  for (const el of [typeKeuze, themaKeuze, openVinkje]) el.addEventListener('change', () => laad());
  vulOpties();

  const sectie = h('section', { class: 'sectie', 'aria-labelledby': 'aanbod-kop' },
    h('h2', { id: 'aanbod-kop' }, 'Aanbod voor jullie vereniging'),
    h('p', { class: 'inleiding' }, 'Subsidies, vergunningen en verplichtingen die bij jullie vereniging passen. We tonen waarom ze voor jullie gelden en wat nog nodig is.'),
    filters, aantal, resultaat);
  laad();
  return sectie;

  async function laad() {
    let data;
    resultaat.setAttribute('aria-busy', 'true');
    try {
      ({ data } = await api.aanbod(vCode, { type: typeKeuze.value, thema: themaKeuze.value, open: openVinkje.checked }));
    } catch (fout) {
      if (!actief()) return;
      vervang(resultaat, h('p', {}, 'Het aanbod kon niet geladen worden.'));
      toonApiFout(fout);
      return;
    } finally {
      resultaat.removeAttribute('aria-busy');
    }
    if (!actief()) return;
    vulKeuzes(data.diensten);
    aantal.textContent = data.diensten.length === 1 ? '1 dienst gevonden.' : `${data.diensten.length} diensten gevonden.`;
    if (!data.diensten.length) {
      vervang(resultaat, h('p', {}, 'Er is geen aanbod dat bij deze filters past.'));
      return;
    }
    // Legal duties first: those are the things a board can get into trouble for.
    const diensten = [...data.diensten].sort((a, b) => Number(b.verplichting) - Number(a.verplichting));
    vervang(resultaat, h('ul', { class: 'diensten' }, diensten.map(dienstItem)));
  }

  // The filter lists grow with what the loket has shown, so a filter never hides its own alternatives.
  function vulKeuzes(diensten) {
    let nieuw = false;
    for (const d of diensten) {
      if (d.type && !gekendeTypes.has(d.type)) { gekendeTypes.add(d.type); nieuw = true; }
      for (const t of d.themas ?? []) if (!gekendeThemas.has(t)) { gekendeThemas.add(t); nieuw = true; }
    }
    if (nieuw) vulOpties();
  }

  function vulOpties() {
    const opties = (select, waarden, label, alle) => {
      const gekozen = select.value;
      vervang(select, h('option', { value: '' }, alle),
        [...waarden].map((w) => ({ w, l: label(w) })).sort((a, b) => a.l.localeCompare(b.l, 'nl'))
          .map(({ w, l }) => h('option', { value: w, selected: w === gekozen }, l)));
    };
    opties(typeKeuze, gekendeTypes, typeLabel, 'Alle soorten');
    opties(themaKeuze, gekendeThemas, themaLabel, 'Alle thema\'s');
  }

  function dienstItem(d) {
    const naam = d.naam?.nl ?? d.productnummer;
    const kopId = nieuwId('dienst');
    const paneel = h('div', {});
    const overheden = (d.overheden ?? []).map((o) => o.naam).filter(Boolean);
    const acties = h('div', { class: 'acties' });

    if (d.aanvraagwijze === 'loket' && d.nuAanvraagbaar) {
      const knop = opent(h('button', { type: 'button', class: 'knop', 'aria-expanded': 'false', 'aria-describedby': kopId }, 'Aanvragen'),
        `aanvraag:${d.productnummer}`);
      knop.addEventListener('click', () => toggleAanvraag(d, naam, paneel, knop));
      acties.append(knop);
    } else if (d.aanvraagwijze === 'doorverwijzing') {
      const instantie = overheden[0] ?? 'de bevoegde overheid';
      const knop = h('button', { type: 'button', class: 'knop knop-secundair', 'aria-describedby': kopId },
        `Naar de toepassing van ${instantie}`);
      knop.addEventListener('click', () => verwijsDoor(d, knop));
      acties.append(knop, h('p', { class: 'veld-hint' }, 'Opent in een nieuw tabblad. Je bent daar meteen aangemeld voor jullie vereniging.'));
    }
    if (d.dossierstatus) {
      acties.append(h('a', { href: `#/verenigingen/${encodeURIComponent(vCode)}/dossiers` }, 'Bekijk jullie dossiers'));
    }

    return h('li', { class: `dienst ${d.verplichting ? 'dienst-verplicht' : ''}` },
      h('h3', { id: kopId }, naam),
      h('p', { class: 'kenmerken' },
        d.verplichting ? badge('Verplichting', 'verplicht') : null,
        d.type ? h('span', {}, typeLabel(d.type)) : null,
        (d.themas ?? []).length ? h('span', {}, (d.themas ?? []).map(themaLabel).join(', ')) : null,
        d.dossierstatus ? h('span', {}, 'Dossier: ', faseBadge(d.dossierstatus)) : null),
      d.verplichting
        ? h('p', { class: 'verplichting' }, 'Verplichting: dit moet jullie vereniging wettelijk in orde brengen.')
        : null,
      d.beschrijving?.nl ? h('p', {}, d.beschrijving.nl) : null,
      overheden.length ? h('p', {}, h('span', { class: 'label' }, 'Bevoegd: '), overheden.join(', ')) : null,
      lijstje('Waarom voor jullie:', d.redenen),
      lijstje('Nog nodig:', d.ontbreekt, 'nog-nodig'),
      h('p', {}, h('span', { class: 'label' }, 'Aanvragen: '), vensterTekst(d.venster)),
      acties,
      paneel);
  }

  function toggleAanvraag(d, naam, paneel, knop) {
    return wisselAanvraag(vCode, {
      productnummer: d.productnummer,
      naam,
      knop,
      paneel,
      actief,
      // A new application is followed on its dossier's page.
      naIndienen: (data) => {
        volgOp(data.dossierId);
        meldNaNavigatie('succes', `Je aanvraag "${naam}" is ingediend. We sturen ze door naar de bevoegde instantie.`);
        navigeer(`/verenigingen/${encodeURIComponent(vCode)}/dossiers/${encodeURIComponent(data.dossierId)}`);
      },
      // A draft is continued on its dossier's page, where every representative finds it.
      naBewaren: (data) => {
        meldNaNavigatie('succes', `Je concept voor "${naam}" is bewaard. Jij en de andere vertegenwoordigers kunnen het hier verder invullen.`);
        navigeer(`/verenigingen/${encodeURIComponent(vCode)}/dossiers/${encodeURIComponent(data.dossierId)}`);
      },
    });
  }

  async function verwijsDoor(d, knop) {
    wisMeldingen();
    // The tab is opened inside the click (popup blockers allow that); the form is posted into it once the token is there.
    const doel = nieuwId('vloket-doorverwijzing');
    const venster = window.open('about:blank', doel);
    if (venster) venster.opener = null;
    await metBezig(knop, 'Even geduld…', async () => {
      let data;
      try {
        ({ data } = await api.doorverwijzing(vCode, d.productnummer));
      } catch (fout) {
        venster?.close();
        toonApiFout(fout);
        return;
      }
      let url;
      try {
        url = new URL(data.url);
      } catch {
        url = null;
      }
      if (!url || !['https:', 'http:'].includes(url.protocol) || !data.veld || !data.token) {
        venster?.close();
        toonFout('De doorverwijzing is niet gelukt.', 'Het loket gaf geen geldig adres terug. Probeer het later opnieuw.');
        return;
      }
      // The token travels in a POST body, never in the address: addresses end up in histories and logs.
      const form = h('form', { method: 'post', action: url.href, target: venster ? doel : '_blank', rel: 'noopener noreferrer', hidden: true },
        h('input', { type: 'hidden', name: data.veld, value: data.token }));
      document.body.append(form);
      form.submit();
      form.remove();
    });
  }
}

function vensterTekst(v) {
  if (!v) return '';
  if (v.open) return v.sluitOp ? `nu mogelijk, tot en met ${datum(v.sluitOp)}` : 'nu mogelijk';
  if (v.opentOp) return `nu niet, wel vanaf ${datum(v.opentOp)}`;
  return 'nu niet mogelijk';
}

function lijstje(titel, items, klasse = '') {
  if (!items?.length) return null;
  if (items.length === 1) return h('p', { class: klasse }, h('span', { class: 'label' }, `${titel} `), items[0]);
  return h('div', { class: klasse }, h('p', { class: 'label' }, titel), h('ul', {}, items.map((i) => h('li', {}, i))));
}

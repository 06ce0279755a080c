import { behandelApi } from '../../api.js';
import { h, vervang, stapelbaar, metBezig, toonApiFout, toonSucces, wisMeldingen } from '../../ui.js';
import { formulier, tekstveld, keuzeveld, vinkje, knoppen, toonFormulierFout, wisFouten, getal } from '../../formulier.js';
import { herhaalbareLijst } from '../../velden/lijst.js';
import { onderdelenMenu, instantieNaam, leeg } from './gedeeld.js';
import { periodeTekst } from './uitleen.js';

// A lending service's stock in the behandelloket: its items and rooms with how many, whether each reservation needs
// approval, and when one cannot be lent. The API takes an item whole (by its code), so changing or removing an
// unavailable period is saving the item with its new list.

const SOORTEN = [{ waarde: 'materiaal', label: 'Materiaal' }, { waarde: 'lokaal', label: 'Lokaal' }];

/** #/behandeling/{ovo}/voorraad */
export async function toon({ vak, params, titel, actief }) {
  const [ovo] = params;
  titel('Voorraad – Behandelloket');
  const kop = h('h1', {}, 'Voorraad van de uitleendienst');
  const lijstKop = h('h2', { id: 'kop-voorraad', tabindex: '-1' }, 'Materiaal en lokalen');
  const lijst = h('div', {}, h('p', { class: 'laden' }, 'De voorraad wordt geladen…'));
  const formVak = h('section', { class: 'sectie', 'aria-labelledby': 'kop-item' });
  let items = [];
  vak.append(kop, onderdelenMenu(ovo, 'voorraad'),
    h('p', {}, 'Wat verenigingen via het loket kunnen lenen. Het loket rekent de beschikbaarheid uit deze voorraad; een reservatie van iets dat goedkeuring vereist, keur je goed of weiger je bij Goedkeuringen.'),
    h('section', { class: 'sectie', 'aria-labelledby': 'kop-voorraad' }, lijstKop, lijst), formVak);

  const naam = await instantieNaam(ovo);
  if (!actief()) return;
  if (naam !== ovo) {
    kop.textContent = `Voorraad ${naam}`;
    titel(`Voorraad – ${naam}`);
  }
  if (await laad()) toonFormulier(null);

  async function laad() {
    try {
      ({ data: { items } } = await behandelApi.voorraad(ovo));
    } catch (fout) {
      if (!actief()) return false;
      vervang(lijst, h('p', {}, fout.status === 404 ? 'Deze uitleendienst bestaat niet in het behandelloket, of je hebt er geen rol.' : 'De voorraad kon niet geladen worden.'),
        h('p', {}, h('a', { href: '#/behandeling' }, 'Naar het behandelloket')));
      toonApiFout(fout);
      return false;
    }
    if (!actief()) return false;
    vervang(lijst, items.length ? tabel() : h('p', {}, 'Er staat nog niets in de voorraad. Voeg hieronder het eerste materiaal of lokaal toe.'));
    return true;
  }

  function tabel() {
    return stapelbaar(h('table', { class: 'tabel voorraad' },
      h('caption', { class: 'visueel-verborgen' }, 'Materiaal en lokalen van de uitleendienst'),
      h('thead', {}, h('tr', {}, ['Naam', 'Code', 'Soort', 'Aantal', 'Goedkeuring', 'Niet beschikbaar', 'Actie'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map((i) => h('tr', { dataset: { code: i.code } },
        h('td', {}, i.naam),
        h('td', {}, h('code', {}, i.code)),
        h('td', {}, SOORTEN.find((s) => s.waarde === i.soort)?.label ?? i.soort),
        h('td', {}, String(i.aantal)),
        h('td', {}, i.vereistGoedkeuring ? 'Vereist' : 'Niet nodig'),
        h('td', {}, i.onbeschikbaar.length
          ? h('ul', { class: 'periodes' }, i.onbeschikbaar.map((o) => h('li', {}, `${periodeTekst(o)}: ${o.reden}`)))
          : leeg()),
        h('td', {}, h('button', { type: 'button', class: 'knop knop-klein knop-secundair', onclick: () => toonFormulier(i) },
          'Wijzigen', h('span', { class: 'visueel-verborgen' }, `: ${i.naam}`))))))));
  }

  /** The form to add an item (`item` null) or to change one; its heading gets the focus when it opens for a change. */
  function toonFormulier(item) {
    const code = tekstveld({ veld: 'code', label: 'Code', verplicht: true, breedte: 'middel', autocomplete: 'off', spellcheck: 'false',
      hint: 'Zoals verenigingen het materiaal in hun aanvraag noemen: kleine letters, cijfers en streepjes, bijvoorbeeld tent of zaal-1.',
      waarde: item?.code, alleenLezen: item ? 'De code kan je niet wijzigen: verenigingen reserveren met deze code.' : null });
    const naamVeld = tekstveld({ veld: 'naam', label: 'Naam', verplicht: true, waarde: item?.naam, maxlength: 200 });
    const soort = keuzeveld({ veld: 'soort', label: 'Soort', opties: SOORTEN, waarde: item?.soort ?? 'materiaal' });
    const aantal = tekstveld({ veld: 'aantal', label: 'Aantal', verplicht: true, breedte: 'kort', inputmode: 'numeric',
      hint: 'Voor een lokaal 1. Met 0 kan niemand het reserveren.', waarde: item ? String(item.aantal) : '' });
    const goedkeuring = vinkje({ veld: 'vereistGoedkeuring', label: 'Elke reservatie vereist goedkeuring', aangevinkt: item?.vereistGoedkeuring,
      hint: 'Een vereniging kan de reservatie pas bevestigen nadat iemand van de uitleendienst ze goedkeurde.' });
    const begin = [...(item?.onbeschikbaar ?? [])];
    const periodes = herhaalbareLijst({ pad: 'onbeschikbaar', naamItem: 'Periode', knoptekst: 'Periode toevoegen', start: begin.length, nieuw: () => periodeVelden(begin.shift()) });
    const bewaar = h('button', { type: 'submit', class: 'knop' }, item ? 'Wijzigingen bewaren' : 'Toevoegen');
    const form = formulier({ label: item ? `${item.naam} wijzigen` : 'Materiaal of lokaal toevoegen', opVerzenden: () => verstuur() },
      h('div', { class: 'velden' }, code.element, naamVeld.element, soort.element, aantal.element, goedkeuring.element,
        h('fieldset', { class: 'groep' }, h('legend', {}, 'Niet beschikbaar'),
          h('p', { class: 'veld-hint' }, 'Dagen waarop je het niet uitleent (herstelling, eigen gebruik). Beide dagen tellen mee. Haal een periode weg om ze te schrappen.'),
          periodes.element)),
      knoppen(bewaar, item ? h('button', { type: 'button', class: 'knop knop-secundair', onclick: () => sluit(item.code) }, 'Annuleren') : null));
    const formKop = h('h2', { id: 'kop-item', tabindex: '-1' }, item ? `${item.naam} wijzigen` : 'Materiaal of lokaal toevoegen');
    vervang(formVak, formKop, form);
    if (item) formKop.focus();

    async function verstuur() {
      wisFouten(form);
      wisMeldingen();
      // A negative number goes as a number, so the loket answers about every field at once, not about its format.
      const invoer = {
        code: item ? item.code : code.waarde(),
        naam: naamVeld.waarde(),
        soort: soort.waarde(),
        aantal: /^-?\d+$/.test(aantal.waarde()) ? Number(aantal.waarde()) : getal(aantal.waarde()),
        vereistGoedkeuring: goedkeuring.waarde(),
        onbeschikbaar: periodes.waarde(),
      };
      // Saving under an existing code replaces that item: adding must not overwrite one by accident.
      if (!item && items.some((i) => i.code === invoer.code.toLowerCase())) {
        toonFormulierFout(form, { fouten: [{ veld: 'code', melding: 'Deze code staat al in de voorraad. Kies Wijzigen bij dat materiaal, of een andere code.' }] });
        return;
      }
      await metBezig(bewaar, 'Bezig met bewaren…', async () => {
        let bewaard;
        try {
          ({ data: bewaard } = await behandelApi.bewaarItem(ovo, invoer));
        } catch (fout) {
          if (fout.status === 400) toonFormulierFout(form, fout);
          else toonApiFout(fout);
          return;
        }
        // The message comes with the new list, and the focus with both.
        const geladen = await laad();
        toonSucces(`${bewaard.naam} is bewaard: ${bewaard.aantal} in de voorraad.`);
        if (geladen) sluit(bewaard.code);
      });
    }
  }

  /** Back to adding; focus on the item's own button, so the keyboard stays where the person was. */
  function sluit(itemCode) {
    toonFormulier(null);
    const knop = lijst.querySelector(`tr[data-code="${CSS.escape(itemCode)}"] button`);
    if (knop) knop.focus();
    else lijstKop.focus();
  }
}

function periodeVelden(o) {
  const van = tekstveld({ veld: 'van', label: 'Van', type: 'date', breedte: 'middel', waarde: o?.van });
  const tot = tekstveld({ veld: 'tot', label: 'Tot en met', type: 'date', breedte: 'middel', waarde: o?.tot });
  const reden = tekstveld({ veld: 'reden', label: 'Reden', waarde: o?.reden, maxlength: 200, hint: 'Bijvoorbeeld: herstelling.' });
  return {
    element: h('div', {}, h('div', { class: 'rij' }, van.element, tot.element), reden.element),
    isLeeg: () => !van.waarde() && !tot.waarde() && !reden.waarde(),
    waarde: () => ({ van: van.waarde(), tot: tot.waarde(), reden: reden.waarde() || null }),
  };
}

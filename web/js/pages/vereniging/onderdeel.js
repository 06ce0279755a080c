import { h, nieuwId, vervang, metBezig, bevestig, toonSucces, toonFout, toonApiFout, beschrijfFout, badge } from '../../ui.js';
import { formulier, knoppen, toonFormulierFout } from '../../formulier.js';
import { BRON_KBO, KBO_NOTITIE } from '../../codes/types.js';

/**
 * One list on the association page (contactgegevens, locaties, vertegenwoordigers, bankrekeningnummers) with
 * add, change and remove. The list follows the state; the add/change form lives beside it so it survives a reload.
 *
 * soort: {lijst, id, titel, uitleg, enkelvoud ('Contactgegeven'), dit ('dit contactgegeven'), leeg,
 *         toon(item, v), velden(item|null, v), naam(item), kanVerwijderen(item, v) → true | reden,
 *         waarschuwing(item)?, naVerwijderen(item)?}
 */
export function onderdeelSectie(staat, soort) {
  const kopId = nieuwId('sectie');
  const kop = h('h2', { id: kopId, tabindex: '-1' }, soort.titel);
  const lijst = h('ul', { class: 'onderdelen' });
  const formulierPlek = h('div', { class: 'formulier-plek' });
  const toevoegKnop = h('button', { type: 'button', class: 'knop knop-secundair' }, `${soort.enkelvoud} toevoegen`);
  toevoegKnop.addEventListener('click', () => open(null, toevoegKnop));

  function teken(v) {
    const items = v[soort.lijst] ?? [];
    if (items.length === 0) {
      vervang(lijst, h('li', { class: 'onderdeel onderdeel-leeg' }, soort.leeg));
      return;
    }
    vervang(lijst, items.map((item) => {
      const vanKbo = item.bron === BRON_KBO;
      const naam = soort.naam(item);
      let acties;
      if (vanKbo) {
        acties = h('p', { class: 'kbo-notitie' }, KBO_NOTITIE);
      } else {
        const reden = soort.kanVerwijderen?.(item, v) ?? true;
        const wijzig = h('button', { type: 'button', class: 'knop knop-klein knop-secundair', 'aria-label': `${naam} wijzigen` }, 'Wijzigen');
        wijzig.addEventListener('click', () => open(item, wijzig));
        const weg = reden === true
          ? h('button', { type: 'button', class: 'knop knop-klein knop-link-gevaar', 'aria-label': `${naam} verwijderen` }, 'Verwijderen')
          : null;
        weg?.addEventListener('click', () => verwijder(item, weg));
        acties = h('div', { class: 'onderdeel-acties' }, wijzig, weg, reden === true ? null : h('p', { class: 'veld-hint' }, reden));
      }
      return h('li', { class: 'onderdeel' },
        h('div', { class: 'onderdeel-inhoud' }, soort.toon(item, v), vanKbo ? badge('Uit de KBO', 'kbo') : null),
        acties);
    }));
  }

  function open(item, terugNaar) {
    const velden = soort.velden(item, staat.vereniging);
    const titelId = nieuwId('form');
    const bewaar = h('button', { type: 'submit', class: 'knop' }, item ? 'Wijzigingen bewaren' : `${soort.enkelvoud} toevoegen`);
    const annuleer = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Annuleren');
    const form = formulier({
      label: item ? `${soort.enkelvoud} wijzigen` : `${soort.enkelvoud} toevoegen`,
      klasse: 'formulier-kader',
      opVerzenden: () => metBezig(bewaar, 'Bezig met bewaren…', () => verstuur(form, item, velden)),
    },
    h('h3', { id: titelId }, item ? `${soort.enkelvoud} wijzigen: ${soort.naam(item)}` : `${soort.enkelvoud} toevoegen`),
    velden.element,
    knoppen(bewaar, annuleer));
    annuleer.addEventListener('click', () => sluit(terugNaar));
    vervang(formulierPlek, form);
    toevoegKnop.hidden = true;
    form.querySelector('input:not([type=hidden]), select, textarea')?.focus();
  }

  function sluit(terugNaar) {
    formulierPlek.replaceChildren();
    toevoegKnop.hidden = false;
    (terugNaar?.isConnected ? terugNaar : kop).focus();
  }

  async function verstuur(form, item, velden) {
    try {
      if (item) await staat.schrijf('PATCH', `/${soort.lijst}/${item[soort.id]}`, velden.waarde());
      else await staat.schrijf('POST', `/${soort.lijst}`, velden.waarde());
    } catch (fout) {
      toonFormulierFout(form, fout);
      return;
    }
    sluit(null);
    toonSucces(item ? `${soort.enkelvoud} bewaard.` : `${soort.enkelvoud} toegevoegd.`);
  }

  async function verwijder(item, knop) {
    const ja = await bevestig({
      titel: `${soort.enkelvoud} verwijderen?`,
      tekst: [`Wil je ${soort.dit} verwijderen: ${soort.naam(item)}?`, soort.waarschuwing?.(item)],
      ja: 'Ja, verwijderen',
      gevaarlijk: true,
    });
    if (!ja) return;
    await metBezig(knop, 'Bezig…', async () => {
      try {
        await staat.schrijf('DELETE', `/${soort.lijst}/${item[soort.id]}`);
      } catch (fout) {
        if (fout.status === 412) {
          toonFout(beschrijfFout(fout).titel, 'We hebben de nieuwste gegevens geladen. Kijk na of je het nog altijd wil verwijderen.');
        } else {
          toonApiFout(fout);
        }
        return;
      }
      if (soort.naVerwijderen?.(item)) return;
      toonSucces(`${soort.enkelvoud} verwijderd.`);
      kop.focus();
    });
  }

  staat.bijWijziging(teken);
  teken(staat.vereniging);

  return h('section', { class: 'sectie', 'aria-labelledby': kopId },
    kop,
    soort.uitleg ? h('p', { class: 'veld-hint' }, soort.uitleg) : null,
    lijst,
    formulierPlek,
    toevoegKnop);
}

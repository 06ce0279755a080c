import { h, nieuwId, vervang, metBezig, bevestig, toonSucces, toonApiFout, beschrijfFout } from '../../ui.js';
import { formulier, knoppen } from '../../formulier.js';
import { markeerGeopend, opent } from '../../onbewaard.js';
import { BRON_KBO } from '../../codes/types.js';
import { bronRegel } from './herkomst.js';
import { intussenBlok, toonBewaarFout } from './intussen.js';
import { gewijzigd } from '../../wijzigingen.js';

/**
 * One list on the association page (contactgegevens, locaties, vertegenwoordigers, bankrekeningnummers) with
 * add, change and remove. The list follows the state; the add/change form lives beside it so it survives a reload.
 *
 * Every item says where it comes from: its own `bron` from the API, else the soort's (lists the API gives no source
 * for). A conflicting change (412) shows what someone else stored meanwhile: in the open form, or above the list for
 * a removal.
 *
 * soort: {lijst, id, titel, uitleg, enkelvoud ('Contactgegeven'), dit ('dit contactgegeven'), leeg, bron?, zonderToevoegen?,
 *         toon(item, v), velden(item|null, v), naam(item), kenmerken(item) → [[label, tekst]],
 *         kanVerwijderen(item, v) → true | reden, waarschuwing(item)?, naVerwijderen(item)?}
 */
export function onderdeelSectie(staat, soort) {
  const kopId = nieuwId('sectie');
  const kop = h('h2', { id: kopId, tabindex: '-1' }, soort.titel);
  const lijst = h('ul', { class: 'onderdelen' });
  const formulierPlek = h('div', { class: 'formulier-plek' });
  const meldingPlek = h('div', {});
  const toevoegKnop = opent(h('button', { type: 'button', class: 'knop knop-secundair' }, `${soort.enkelvoud} toevoegen`), `${soort.lijst}:nieuw`);
  toevoegKnop.addEventListener('click', () => open(null, toevoegKnop));

  function teken(v) {
    const items = v[soort.lijst] ?? [];
    if (items.length === 0) {
      vervang(lijst, h('li', { class: 'onderdeel onderdeel-leeg' }, soort.leeg));
      return;
    }
    vervang(lijst, items.map((item) => {
      const bron = item.bron ?? soort.bron;
      const naam = soort.naam(item);
      // What comes from KBO is changed there: its source line says so, and there are no buttons.
      let acties = null;
      if (bron !== BRON_KBO) {
        const reden = soort.kanVerwijderen?.(item, v) ?? true;
        const wijzig = opent(h('button', { type: 'button', class: 'knop knop-klein knop-secundair', 'aria-label': `${naam} wijzigen` }, 'Wijzigen'),
          `${soort.lijst}:${item[soort.id]}`);
        wijzig.addEventListener('click', () => open(item, wijzig));
        const weg = reden === true
          ? h('button', { type: 'button', class: 'knop knop-klein knop-link-gevaar', 'aria-label': `${naam} verwijderen` }, 'Verwijderen')
          : null;
        weg?.addEventListener('click', () => verwijder(item, weg));
        acties = h('div', { class: 'onderdeel-acties' }, wijzig, weg, reden === true ? null : h('p', { class: 'veld-hint' }, reden));
      }
      return h('li', { class: 'onderdeel' },
        h('div', { class: 'onderdeel-inhoud' }, soort.toon(item, v), h('p', { class: 'bron' }, bronRegel(bron))),
        acties);
    }));
  }

  const zoek = (item) => (staat.vereniging[soort.lijst] ?? []).find((x) => x[soort.id] === item[soort.id]) ?? null;

  function open(item, terugNaar) {
    meldingPlek.replaceChildren();
    // The version the volunteer starts from: after a 412 the form compares the stored one with it.
    let basis = item;
    const velden = soort.velden(item, staat.vereniging);
    // What the form showed when it opened: a change sends only what differs from it (wijzigingen.js).
    const begin = velden.waarde();
    const titelId = nieuwId('form');
    const bewaar = h('button', { type: 'submit', class: 'knop' }, item ? 'Wijzigingen bewaren' : `${soort.enkelvoud} toevoegen`);
    const annuleer = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Annuleren');
    const form = formulier({
      label: item ? `${soort.enkelvoud} wijzigen` : `${soort.enkelvoud} toevoegen`,
      klasse: 'formulier-kader',
      opVerzenden: () => metBezig(bewaar, 'Bezig met bewaren…', async () => {
        const fout = await verstuur(form, item, velden, begin);
        if (fout?.status === 412 && item) {
          const nieuw = zoek(item);
          toonBewaarFout(form, fout, { oud: basis, nieuw, kenmerken: soort.kenmerken, dit: soort.dit });
          if (nieuw) basis = nieuw;
        } else if (fout) {
          toonBewaarFout(form, fout);
        }
      }),
    },
    h('h3', { id: titelId }, item ? `${soort.enkelvoud} wijzigen: ${soort.naam(item)}` : `${soort.enkelvoud} toevoegen`),
    velden.element,
    knoppen(bewaar, annuleer));
    annuleer.addEventListener('click', () => sluit(terugNaar));
    markeerGeopend(form, terugNaar);
    vervang(formulierPlek, form);
    toevoegKnop.hidden = true;
    form.querySelector('input:not([type=hidden]), select, textarea')?.focus();
  }

  function sluit(terugNaar) {
    formulierPlek.replaceChildren();
    toevoegKnop.hidden = false;
    (terugNaar?.isConnected ? terugNaar : kop).focus();
  }

  /** Saves the form; returns the error, if any, for the caller to show. */
  async function verstuur(form, item, velden, begin) {
    try {
      if (item) await staat.schrijf('PATCH', `/${soort.lijst}/${item[soort.id]}`, gewijzigd(begin, velden.waarde()));
      else await staat.schrijf('POST', `/${soort.lijst}`, velden.waarde());
    } catch (fout) {
      return fout;
    }
    sluit(null);
    toonSucces(item ? `${soort.enkelvoud} bewaard.` : `${soort.enkelvoud} toegevoegd.`);
    return null;
  }

  async function verwijder(item, knop) {
    const ja = await bevestig({
      titel: `${soort.enkelvoud} verwijderen?`,
      tekst: [`Wil je ${soort.dit} verwijderen: ${soort.naam(item)}?`, soort.waarschuwing?.(item)],
      ja: 'Ja, verwijderen',
      gevaarlijk: true,
    });
    if (!ja) return;
    await metBezig(knop, 'Bezig…', () => verwijderNu(item));
  }

  async function verwijderNu(item) {
    meldingPlek.replaceChildren();
    try {
      await staat.schrijf('DELETE', `/${soort.lijst}/${item[soort.id]}`);
    } catch (fout) {
      if (fout.status === 412) toonVerwijderConflict(item, fout);
      else toonApiFout(fout);
      return;
    }
    if (soort.naVerwijderen?.(item)) return;
    toonSucces(`${soort.enkelvoud} verwijderd.`);
    kop.focus();
  }

  // The list has been redrawn with the newest data (so the pressed button is gone): the message takes the focus and
  // offers both ways on, with what changed in between.
  function toonVerwijderConflict(item, fout) {
    const geladen = fout.nieuwsteGeladen !== false;
    const nieuw = geladen ? zoek(item) : null;
    const titelId = nieuwId('conflict');
    const sluitKnop = h('button', { type: 'button', class: 'knop knop-secundair' }, nieuw ? 'Niet verwijderen' : 'Sluiten');
    sluitKnop.addEventListener('click', () => {
      meldingPlek.replaceChildren();
      kop.focus();
    });
    let tochKnop = null;
    if (nieuw) {
      // Confirmed once already, and this button says what it does: no second dialog.
      tochKnop = h('button', { type: 'button', class: 'knop knop-gevaar' }, 'Toch verwijderen');
      tochKnop.addEventListener('click', () => metBezig(tochKnop, 'Bezig…', () => verwijderNu(nieuw)));
    }
    const melding = h('div', { class: 'melding melding-fout', role: 'group', 'aria-labelledby': titelId, tabindex: '-1' },
      h('p', { class: 'melding-titel', id: titelId }, beschrijfFout(fout).titel),
      geladen
        ? [nieuw ? h('p', {}, `We hebben de nieuwste gegevens geladen. Wil je ${soort.dit} nog altijd verwijderen: ${soort.naam(nieuw)}?`) : null,
          intussenBlok({ oud: item, nieuw, kenmerken: soort.kenmerken, dit: soort.dit })]
        : h('p', {}, beschrijfFout(fout).tekst),
      knoppen(tochKnop, sluitKnop));
    vervang(meldingPlek, melding);
    melding.focus();
  }

  staat.bijWijziging(teken);
  teken(staat.vereniging);

  return h('section', { class: 'sectie', 'aria-labelledby': kopId },
    kop,
    soort.uitleg ? h('p', { class: 'veld-hint' }, soort.uitleg) : null,
    meldingPlek,
    lijst,
    formulierPlek,
    soort.zonderToevoegen ? null : toevoegKnop);
}

import { api } from '../../api.js';
import { h, vervang, nieuwId, datum, vandaag, metBezig, toonSucces, toonFout, toonInfo, wisMeldingen, meldNaNavigatie } from '../../ui.js';
import { formulier, tekstveld, keuzeveld, knoppen, toonFormulierFout, wisFouten } from '../../formulier.js';
import { wisselAanvraag } from './aanvraag.js';
import { opent } from '../../onbewaard.js';
import { dossierLink, reservatieWens, wensTekst, volgDossier, volgRegel } from './dossierlijst.js';

// Part of the "Reservaties" tab: what a lending service has free for a period, and reserving it through the service's
// own application form (aanvraag.js), followed until the agency holds it.

const NOG_NIET_BEHANDELD = new Set(['Ingediend', 'InBehandeling']);

/**
 * `diensten`: the association's offer of type InfrastructuurMateriaal. `bijNieuweReservatie()` is called once a
 * reservation is submitted, `bijGevolgd(dossier)` once following it ended (held, refused, or still waiting).
 */
export function nakijkDeel(vCode, diensten, { actief, navigeer, bijNieuweReservatie, bijGevolgd }) {
  // Services the loket applies for itself; the others (an agency's own booking site) are in the offer.
  const lenen = diensten.filter((d) => d.aanvraagwijze === 'loket');
  const naarAanbod = () => h('a', { href: `#/verenigingen/${encodeURIComponent(vCode)}/aanbod` }, 'Bekijk het aanbod');
  if (!lenen.length) {
    return h('div', {},
      h('p', {}, 'Er is geen uitleendienst die jullie via het loket kunnen reserveren.'),
      h('p', {}, naarAanbod(), ' om te zien wat jullie wel kunnen aanvragen, of pas de hoofdactiviteiten en het werkingsgebied van jullie vereniging aan bij Gegevens.'));
  }

  const naamVan = (d) => d.naam?.nl ?? d.productnummer;
  const dienstKeuze = keuzeveld({
    veld: 'productnummer',
    label: 'Uitleendienst',
    opties: [
      ...(lenen.length > 1 ? [{ waarde: '', label: 'Kies een uitleendienst' }] : []),
      ...lenen.map((d) => ({ waarde: d.productnummer, label: naamVan(d) })),
    ],
    waarde: lenen.length === 1 ? lenen[0].productnummer : '',
  });
  const materiaal = tekstveld({ veld: 'materiaal', label: 'Materiaal', hint: 'Eén soort materiaal of een zaal, bijvoorbeeld tent, podium of zaal.', breedte: 'middel' });
  const van = tekstveld({ veld: 'van', label: 'Van', hint: 'De dag waarop je het ophaalt.', type: 'date', breedte: 'middel', min: vandaag() });
  const tot = tekstveld({ veld: 'tot', label: 'Tot en met', hint: 'De dag waarop je het terugbrengt.', type: 'date', breedte: 'middel', min: vandaag() });
  const nakijken = h('button', { type: 'submit', class: 'knop' }, 'Beschikbaarheid nakijken');
  const uitkomst = h('div', { class: 'uitkomst', 'aria-live': 'polite' });
  const paneel = h('div', {});
  // Not a live region: it gets focus while following (the submitted form is gone), and the outcome is announced
  // by the page's own status message.
  const opvolging = h('div', { class: 'opvolging', tabindex: '-1' });
  const form = formulier({ label: 'Beschikbaarheid nakijken', opzoeken: true, opVerzenden: () => kijkNa() },
    h('div', { class: 'velden' },
      dienstKeuze.element,
      materiaal.element,
      h('div', { class: 'rij' }, van.element, tot.element)),
    knoppen(nakijken));
  // An answer about other choices than those now in the form would mislead: it goes as soon as one changes.
  form.addEventListener('input', () => wisUitkomst());
  form.addEventListener('change', () => wisUitkomst());

  return h('div', { class: 'nakijken' },
    h('p', {}, 'Kies de uitleendienst, het materiaal en de dagen. Je ziet meteen hoeveel er vrij is, en je kan het daarna reserveren.'),
    form, uitkomst, paneel, opvolging,
    diensten.length > lenen.length ? h('p', { class: 'zacht' }, 'Sommige zalen en terreinen reserveer je in de eigen toepassing van de gemeente. ', naarAanbod(), '.') : null);

  function wisUitkomst() {
    uitkomst.replaceChildren();
    paneel.replaceChildren();
  }

  async function kijkNa() {
    wisFouten(form);
    wisMeldingen();
    wisUitkomst();
    const vraag = { productnummer: dienstKeuze.waarde(), materiaal: materiaal.waarde(), van: van.waarde(), tot: tot.waarde() };
    await metBezig(nakijken, 'Bezig met nakijken…', async () => {
      let data;
      try {
        ({ data } = await api.beschikbaarheid(vCode, vraag));
      } catch (fout) {
        if (fout.status === 401) return;
        toonFormulierFout(form, fout);
        return;
      }
      if (!actief()) return;
      toonUitkomst(lenen.find((d) => d.productnummer === vraag.productnummer), vraag, data);
    });
  }

  function toonUitkomst(dienst, vraag, data) {
    const wie = dienst?.overheden?.[0]?.naam ?? 'De uitleendienst';
    const periode = `van ${datum(data.van)} tot en met ${datum(data.tot)}`;
    if (!(data.beschikbaar > 0)) {
      vervang(uitkomst, h('div', { class: 'melding melding-info' },
        h('p', { class: 'melding-titel' }, `${wie} heeft geen ${data.materiaal} vrij ${periode}.`),
        h('p', {}, 'Kies andere dagen of ander materiaal, of kijk bij een andere uitleendienst. Schrijf het materiaal zoals de uitleendienst het noemt, bijvoorbeeld tent, podium of zaal.')));
      return;
    }
    const naam = naamVan(dienst);
    const kopId = nieuwId('vrij');
    const delen = [h('p', { class: 'melding-titel', id: kopId }, `Vrij bij ${wie}: ${data.beschikbaar} × ${data.materiaal}, ${periode}.`)];
    if (dienst?.nuAanvraagbaar) {
      const knop = opent(h('button', { type: 'button', class: 'knop', 'aria-expanded': 'false', 'aria-describedby': kopId }, 'Reserveren'),
        `reserveren:${dienst.productnummer}`);
      knop.addEventListener('click', () => wisselAanvraag(vCode, {
        productnummer: dienst.productnummer,
        naam,
        knop,
        paneel,
        actief,
        // Whichever of these keys the service's form asks, it gets what was just checked.
        waarden: { materiaal: data.materiaal, van: vraag.van, ophaaldatum: vraag.van, tot: vraag.tot, terugbrengdatum: vraag.tot },
        naIndienen: (nieuw) => na(nieuw, wie),
      }));
      delen.push(h('p', {}, 'Reserveer je het? Je vult dan de aanvraag van de uitleendienst aan. Wat je hier koos, staat er al in.'), h('div', { class: 'knoppen' }, knop));
    } else {
      delen.push(h('p', {}, 'Deze uitleendienst kan je nu niet via het loket aanvragen. ', naarAanbod(), ' om te zien vanaf wanneer.'));
    }
    vervang(uitkomst, h('div', { class: 'melding melding-succes' }, delen));
  }

  function na(dossier, wie) {
    const wens = reservatieWens(dossier);
    if (!wens) {
      // The service's form asked no material or dates: it became an ordinary application, followed on its own page.
      meldNaNavigatie('succes', 'Je aanvraag is ingediend. Je volgt ze op in het dossier.');
      navigeer(dossierLink(vCode, dossier.dossierId).slice(1));
      return;
    }
    uitkomst.replaceChildren();
    paneel.replaceChildren();
    bijNieuweReservatie();
    volg(dossier, wens, wie);
  }

  async function volg(dossier, wens, wie) {
    vervang(opvolging, volgRegel(`Je reservatie is verstuurd. We vragen ${wie} om ${wensTekst(wens)} voor jullie vast te houden…`));
    opvolging.focus();
    opvolging.scrollIntoView?.({ block: 'nearest' });
    const d = await volgDossier(() => api.dossier(vCode, dossier.dossierId).then((r) => r.data),
      { actief, klaar: (x) => !NOG_NIET_BEHANDELD.has(x.status?.fase) });
    if (!actief()) return;
    opvolging.replaceChildren();
    const fase = d?.status?.fase;
    if (fase === 'ActieNodig') {
      toonSucces(`${wie} houdt ${wensTekst(wens)} voor jullie vast. ${d.actie ?? 'Bevestig je reservatie op tijd.'}`);
    } else if (fase === 'Afgekeurd') {
      const waarom = (d.statusgeschiedenis ?? []).filter((s) => s.toelichting).at(-1)?.toelichting;
      toonFout(`${d.status?.label ?? 'Niet beschikbaar'}: ${wie} kon ${wensTekst(wens)} niet vasthouden.`,
        `${waarom ? `${waarom} ` : ''}Kijk opnieuw wat er vrij is en kies andere dagen of ander materiaal.`);
    } else if (fase && !NOG_NIET_BEHANDELD.has(fase)) {
      toonInfo(`Je reservatie staat nu op: ${d.status?.label ?? fase}.`);
    } else {
      toonInfo(`${wie} heeft nog niet geantwoord. Je reservatie staat bij de lopende reservaties; kijk over een paar minuten opnieuw.`);
    }
    bijGevolgd(d ?? dossier);
  }
}

import { api } from '../../api.js';
import { h, nieuwId, toonApiFout, toonSucces } from '../../ui.js';

const KEUZES = [
  { waarde: 'Onmiddellijk', tekst: 'Meteen een e-mail' },
  { waarde: 'Dagelijks', tekst: 'Eén keer per dag, gebundeld' },
  { waarde: 'Geen', tekst: 'Geen e-mail' },
];

/** The signed-in representative's own choice, per kind of mail, of how the loket tells them. */
export function meldingenSectie(vCode, actief) {
  const inhoud = h('div', {}, h('p', { class: 'laden' }, 'Je voorkeuren worden geladen…'));
  const sectie = h('section', { class: 'sectie', 'aria-label': 'Meldingen' },
    h('h2', {}, 'Meldingen per e-mail'),
    h('p', {}, 'Het loket mailt je wanneer er iets gebeurt bij je vereniging, op het e-mailadres dat bij jou als vertegenwoordiger staat. '
      + 'Kies per soort bericht hoe je het wilt krijgen. Wat actie van je vraagt, kun je niet helemaal uitzetten: dan krijg je het in de dagelijkse bundel.'),
    inhoud);
  laad();
  return sectie;

  async function laad() {
    let antwoord;
    try {
      ({ data: antwoord } = await api.meldingVoorkeuren(vCode));
    } catch (fout) {
      if (actief()) toonApiFout(fout);
      inhoud.replaceChildren();
      return;
    }
    if (!actief()) return;
    inhoud.replaceChildren(formulier(antwoord.voorkeuren));
  }

  function formulier(voorkeuren) {
    const form = h('form', { class: 'formulier', novalidate: '' },
      ...voorkeuren.map(keuzeGroep),
      h('button', { type: 'submit', class: 'knop' }, 'Voorkeuren bewaren'));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const gekozen = Object.fromEntries(voorkeuren.map((v) => [v.soort, new FormData(form).get(v.soort)]));
      try {
        const { data: na } = await api.zetMeldingVoorkeuren(vCode, gekozen);
        if (!actief()) return;
        inhoud.replaceChildren(formulier(na.voorkeuren));
        toonSucces('Je voorkeuren zijn bewaard.');
      } catch (fout) {
        if (actief()) toonApiFout(fout);
      }
    });
    return form;
  }

  function keuzeGroep(v) {
    return h('fieldset', { class: 'keuzegroep', 'data-soort': v.soort },
      h('legend', {}, v.naam, v.actieNodig ? h('span', { class: 'zacht' }, ' (actie nodig)') : null),
      ...KEUZES.map((k) => {
        const id = nieuwId('keuze');
        const uit = v.actieNodig && k.waarde === 'Geen';
        return h('div', { class: 'keuze' },
          h('input', { type: 'radio', id, name: v.soort, value: k.waarde, checked: v.keuze === k.waarde, disabled: uit }),
          h('label', { for: id }, k.tekst, uit ? ' — niet mogelijk voor berichten die actie vragen' : ''));
      }));
  }
}

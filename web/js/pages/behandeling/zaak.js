import { behandelApi, haalDocument } from '../../api.js';
import { h, vervang, badge, tijdstip, toonApiFout, toonSucces, metBezig, nieuwId } from '../../ui.js';
import { toestandBadge, leeg } from './gedeeld.js';

// One application in the behandelloket: answers, attachments, known data within the service's legal basis, the
// exchanges with the association, and what the case worker can do. Opening it is logged for the association.

const GEGEVENS = {
  'vereniging.naam': 'Naam van de vereniging', 'vereniging.vCode': 'vCode', 'vereniging.iban': 'Rekeningnummer',
  'vereniging.adres': 'Adres', 'vereniging.email': 'E-mailadres', 'vereniging.telefoon': 'Telefoonnummer',
  'vertegenwoordiger.naam': 'Contactpersoon', 'vertegenwoordiger.email': 'E-mailadres contactpersoon',
  'erkenningen.actief': 'Actieve erkenningen', 'attesten.leiding': 'Leiding met attest',
};

/** #/behandeling/{ovo}/zaken/{dossierId} */
export async function toon({ vak, params, titel, actief }) {
  const [ovo, , dossierId] = params;
  titel('Aanvraag – Behandelloket');
  let zaak;
  let collegas = [];
  try {
    ({ data: zaak } = await behandelApi.zaak(ovo, dossierId));
    ({ data: { items: collegas } } = await behandelApi.collegas(ovo));
  } catch (fout) {
    if (!actief()) return;
    if (zaak) {
      collegas = [];
    } else {
      vak.append(h('h1', {}, 'Aanvraag'), h('p', {}, fout.status === 404 ? 'Deze aanvraag bestaat niet.' : 'De aanvraag kon niet geladen worden.'),
        h('p', {}, h('a', { href: `#/behandeling/${ovo}` }, 'Terug naar de inbox')));
      if (fout.status !== 404) toonApiFout(fout);
      return;
    }
  }
  if (!actief()) return;
  const inhoud = h('div');
  vak.append(h('p', {}, h('a', { href: `#/behandeling/${ovo}` }, '← Terug naar de inbox')), inhoud);
  teken(zaak);

  function teken(z) {
    titel(`${z.dienstnaam} – ${z.verenigingsnaam}`);
    vervang(inhoud,
      // Focusable, so an action (whose button the redraw removes) can leave keyboard users on the case's heading.
      h('h1', { tabindex: '-1' }, `${z.dienstnaam}: ${z.verenigingsnaam}`),
      h('p', {}, toestandBadge(z.toestand), ' ', z.teLaat ? badge('Te laat', 'verplicht') : null, ' ',
        `Zaak ${z.zaakId} · ${z.vCode}${z.gemeente ? ` · ${z.gemeente}` : ''} · ingediend ${tijdstip(z.ingediendOp)} · termijn tot ${tijdstip(z.uiterlijk)}`),
      h('p', {}, 'Behandelaar: ', z.toegewezenNaam ?? 'nog niemand'),
      h('p', { class: 'zacht' }, 'Je opening van deze aanvraag is gelogd: de vereniging ziet wie wanneer welke gegevens inkeek.'),
      acties(z),
      z.besluit ? h('section', { class: 'sectie', 'aria-labelledby': 'kop-besluit' },
        h('h2', { id: 'kop-besluit' }, 'Beslissing'),
        h('p', {}, badge(z.besluit.uitkomst === 'Goedgekeurd' ? 'Goedgekeurd' : 'Afgekeurd', z.besluit.uitkomst === 'Goedgekeurd' ? 'actief' : 'afgekeurd'),
          ` door ${z.besluit.beslistDoor} op ${tijdstip(z.besluit.beslistOp)}`),
        h('p', {}, z.besluit.motivering)) : null,
      h('section', { class: 'sectie', 'aria-labelledby': 'kop-antwoorden' },
        h('h2', { id: 'kop-antwoorden' }, 'Antwoorden'),
        h('dl', { class: 'gegevens' }, z.antwoorden.map((a) => [h('dt', {}, a.vraag), h('dd', {}, a.waarde || leeg())]))),
      h('section', { class: 'sectie', 'aria-labelledby': 'kop-bijlagen' },
        h('h2', { id: 'kop-bijlagen' }, 'Bijlagen en documenten'),
        z.documenten.length
          ? h('ul', {}, z.documenten.map((d) => h('li', {}, `${d.naam} (${d.soort}) `,
            h('button', { type: 'button', class: 'knop knop-klein knop-secundair', onclick: (e) => download(d, e.currentTarget) }, `${d.naam} downloaden`))))
          : h('p', {}, 'Geen bijlagen.')),
      h('section', { class: 'sectie', 'aria-labelledby': 'kop-gekend' },
        h('h2', { id: 'kop-gekend' }, 'Gekende gegevens'),
        z.rechtsgrond ? h('p', {}, `Op grond van: ${z.rechtsgrond}`) : null,
        z.gekendeGegevens.length
          ? h('dl', { class: 'gegevens' }, z.gekendeGegevens.map((g) => [h('dt', {}, GEGEVENS[g.code] ?? g.code),
            h('dd', {}, g.waarde, g.bron ? h('span', { class: 'zacht' }, ` (bron: ${g.bron})`) : null)]))
          : h('p', {}, 'De rechtsgrond van deze dienst laat geen gekende gegevens toe.')),
      h('section', { class: 'sectie', 'aria-labelledby': 'kop-gesprek' },
        h('h2', { id: 'kop-gesprek' }, 'Vragen en antwoorden'),
        z.gesprek.length
          ? h('ol', { class: 'tijdlijn' }, z.gesprek.map((u) => h('li', {}, h('strong', {}, u.van === 'vereniging' ? 'Vereniging' : u.van),
            ` (${tijdstip(u.tijdstip)}): `, u.tekst)))
          : h('p', {}, 'Nog geen vragen gesteld.')));
  }

  function acties(z) {
    const open = ['nieuw', 'in-behandeling', 'wacht-op-vereniging'].includes(z.toestand);
    // The server says whether this case worker may reopen now: a team lead, within 24 hours of the decision.
    if (!open) {
      return z.kanHeropenen
        ? h('section', { class: 'sectie', 'aria-label': 'Acties' }, h('div', { class: 'knoppen' },
          h('button', { type: 'button', class: 'knop knop-secundair', onclick: (e) => doe(e.currentTarget, () => behandelApi.heropen(ovo, dossierId), 'De beslissing is heropend; de aanvraag is opnieuw in behandeling.') },
            'Beslissing heropenen')))
        : null;
    }
    const delen = [];
    if (!z.toegewezenAan || z.isTeamverantwoordelijke) {
      delen.push(h('div', { class: 'knoppen' },
        h('button', { type: 'button', class: 'knop', onclick: (e) => doe(e.currentTarget, () => behandelApi.neem(ovo, dossierId), 'Je behandelt deze aanvraag nu.') },
          z.toegewezenAan ? 'Zelf overnemen' : 'Nemen')));
    }
    if (collegas.length) {
      const id = nieuwId('collega');
      const keuze = h('select', { id }, collegas.map((c) => h('option', { value: c.id }, c.naam)));
      delen.push(h('form', { class: 'inline-vorm', onsubmit: (e) => { e.preventDefault(); doe(e.submitter, () => behandelApi.wijsToe(ovo, dossierId, keuze.value), 'De aanvraag is toegewezen.'); } },
        h('label', { for: id }, 'Toewijzen aan'), keuze, h('button', { type: 'submit', class: 'knop knop-secundair' }, 'Toewijzen')));
    }
    if (z.toestand === 'in-behandeling') {
      const vraagId = nieuwId('vraag');
      const vraag = h('textarea', { id: vraagId, rows: 3, maxlength: 4000, required: true });
      delen.push(h('form', { 'aria-labelledby': `${vraagId}-kop`, onsubmit: (e) => { e.preventDefault(); doe(e.submitter, () => behandelApi.vraag(ovo, dossierId, vraag.value), 'De vraag staat bij de vereniging onder "Actie nodig".'); } },
        h('h2', { id: `${vraagId}-kop` }, 'Vraag stellen aan de vereniging'),
        h('div', { class: 'veld' }, h('label', { for: vraagId }, 'Je vraag'), vraag), h('div', { class: 'knoppen' }, h('button', { type: 'submit', class: 'knop' }, 'Vraag versturen'))));
      delen.push(beslisVorm());
    }
    return h('section', { class: 'sectie', 'aria-label': 'Acties' }, delen);
  }

  function beslisVorm() {
    const mot = nieuwId('motivering');
    const bestand = nieuwId('besluit');
    const naam = `uitkomst-${mot}`;
    const motivering = h('textarea', { id: mot, rows: 4, maxlength: 4000, required: true });
    const bestandVeld = h('input', { id: bestand, type: 'file', accept: 'application/pdf' });
    const maakId = nieuwId('maak');
    const maak = h('input', { id: maakId, type: 'checkbox' });
    return h('form', { 'aria-labelledby': `${mot}-kop`, onsubmit: async (e) => {
      e.preventDefault();
      const uitkomst = e.target.querySelector(`input[name="${naam}"]:checked`)?.value;
      const bijlage = bestandVeld.files[0] ? await alsDocument(bestandVeld.files[0]) : null;
      await doe(e.submitter, () => behandelApi.beslis(ovo, dossierId, { uitkomst, motivering: motivering.value, document: bijlage, genereerDocument: maak.checked }), 'De beslissing is genomen en de vereniging ziet ze.');
    } },
    h('h2', { id: `${mot}-kop` }, 'Beslissen'),
    h('fieldset', { class: 'veld veld-vinkje' }, h('legend', { class: 'veld-label' }, 'Uitkomst'),
      h('div', { class: 'vinkje' }, h('input', { type: 'radio', name: naam, id: `${naam}-ja`, value: 'goedgekeurd', required: true }), h('label', { for: `${naam}-ja` }, 'Goedkeuren')),
      h('div', { class: 'vinkje' }, h('input', { type: 'radio', name: naam, id: `${naam}-nee`, value: 'afgekeurd' }), h('label', { for: `${naam}-nee` }, 'Afkeuren'))),
    h('div', { class: 'veld' }, h('label', { for: mot }, 'Motivering'), motivering),
    h('div', { class: 'veld' }, h('label', { for: bestand }, 'Beslissingsdocument (pdf, niet verplicht)'), bestandVeld),
    h('div', { class: 'veld veld-vinkje' }, h('div', { class: 'vinkje' }, maak, h('label', { for: maakId }, 'Of laat het loket een beslissingsdocument (pdf) maken uit het sjabloon van de dienst'))),
    h('div', { class: 'knoppen' }, h('button', { type: 'submit', class: 'knop' }, 'Beslissing versturen')));
  }

  async function doe(knop, werk, melding) {
    await metBezig(knop, 'Bezig…', async () => {
      try {
        const { data } = await werk();
        toonSucces(melding);
        teken(data);
        inhoud.querySelector('h1')?.focus?.();
      } catch (fout) {
        toonApiFout(fout);
      }
    });
  }

  async function download(d, knop) {
    await metBezig(knop, 'Bezig met downloaden…', async () => {
      try {
        const blob = await haalDocument(behandelApi.documentUrl(ovo, dossierId, d.documentId));
        const adres = URL.createObjectURL(blob);
        const a = h('a', { href: adres, download: d.naam || 'document', hidden: true });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(adres), 60000);
      } catch (fout) {
        toonApiFout(fout);
      }
    });
  }
}

function alsDocument(bestand) {
  return new Promise((klaar, faal) => {
    const lezer = new FileReader();
    lezer.onload = () => klaar({ naam: bestand.name, contentType: bestand.type || 'application/pdf', inhoudBase64: String(lezer.result).split(',')[1] ?? '' });
    lezer.onerror = () => faal(lezer.error);
    lezer.readAsDataURL(bestand);
  });
}


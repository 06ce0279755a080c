import { h, nieuwId, vervang, metBezig, toonSucces, tijdstip } from '../../ui.js';
import { formulier, knoppen, tekstveld, toonFormulierFout } from '../../formulier.js';

/**
 * Inviting a co-representative: by rijksregisternummer or e-mail address. The person becomes a representative only
 * after accepting in their own "Mijn verenigingen"; until then the loket shows nothing about them and asks no source.
 */
export function uitnodigingenSectie(staat) {
  const kopId = nieuwId('uitnodigingen');
  const lijst = h('ul', { class: 'onderdelen' });

  function teken(v) {
    const open = v.uitnodigingen ?? [];
    vervang(lijst, ...(open.length === 0
      ? [h('li', { class: 'onderdeel onderdeel-leeg' }, 'Er zijn geen openstaande uitnodigingen.')]
      : open.map((u) => {
        const knop = h('button', { type: 'button', class: 'knop knop-secundair' }, 'Intrekken');
        knop.addEventListener('click', () => metBezig(knop, 'Bezig met intrekken…', async () => {
          try {
            await staat.schrijf('DELETE', `/uitnodigingen/${u.uitnodigingId}`);
            toonSucces(`De uitnodiging voor ${u.uitgenodigd} is ingetrokken.`);
          } catch (fout) {
            toonFormulierFout(form, fout);
          }
        }));
        return h('li', { class: 'onderdeel' },
          h('p', { class: 'onderdeel-titel' }, `Uitgenodigd: ${u.uitgenodigd}`),
          h('p', {}, `Wacht op antwoord${u.rol ? ` · rol: ${u.rol}` : ''}${u.verstuurdOp ? ` · verstuurd ${tijdstip(u.verstuurdOp)}` : ''}`),
          knop);
      })));
  }

  const insz = tekstveld({ veld: 'insz', label: 'Rijksregisternummer', breedte: 'middel', inputmode: 'numeric', autocomplete: 'off',
    hint: 'Of laat leeg en geef een e-mailadres.' });
  const eMail = tekstveld({ veld: 'eMail', label: 'E-mailadres', type: 'email', autocomplete: 'off' });
  const rol = tekstveld({ veld: 'rol', label: 'Rol (niet verplicht)', breedte: 'middel', hint: 'Bijvoorbeeld penningmeester.' });
  const knop = h('button', { type: 'submit', class: 'knop' }, 'Uitnodiging versturen');
  const form = formulier({
    label: 'Iemand uitnodigen als vertegenwoordiger',
    opVerzenden: () => metBezig(knop, 'Bezig met uitnodigen…', async () => {
      try {
        await staat.schrijf('POST', '/uitnodigingen', { insz: insz.waarde() || null, eMail: eMail.waarde() || null, rol: rol.waarde() || null });
        toonSucces('De uitnodiging is verstuurd. De persoon ziet ze na aanmelden bij "Mijn verenigingen".');
        for (const v of [insz, eMail, rol]) v.invoer.value = '';
      } catch (fout) {
        toonFormulierFout(form, fout);
      }
    }),
  }, insz.element, eMail.element, rol.element, knoppen(knop));

  staat.bijWijziging(teken);
  teken(staat.vereniging);
  return h('section', { class: 'sectie', 'aria-labelledby': kopId },
    h('h2', { id: kopId }, 'Uitnodigingen'),
    h('p', { class: 'veld-hint' }, 'Wie je uitnodigt, wordt pas vertegenwoordiger nadat die persoon de uitnodiging zelf aanvaardt. Tot dan zie je niets over die persoon.'),
    lijst, form);
}

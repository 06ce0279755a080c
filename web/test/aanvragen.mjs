// Smoke test: applying through the loket with a pre-filled form. What the register and the youth administration know
// about the Chiro is shown with its source and not asked; what no source knows is asked. Needs a freshly started demo host: see
// web/test/README.md.
import { wachtTot, zichtbaar, pagina, knop, check, ga, veld, sessionStorage, status } from './helpers.mjs';

await import('../js/app.js');
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten');
knop('Aanmelden als An').click();
await wachtTot(() => pagina().querySelectorAll('.vereniging-item').length >= 2, 'lijst');

const dienst = 'Erkenning als jeugdvereniging (Stad Gent)';
await ga('/verenigingen/V0001001/aanbod');
const kop = await wachtTot(() => pagina().querySelectorAll('h3').find((h) => h.textContent === dienst), 'dienst in het aanbod', 15000);
const item = kop.parentNode;
const aanvragen = item.querySelectorAll('button').find((b) => b.textContent === 'Aanvragen');
check(aanvragen, 'de dienst is nu aan te vragen via het loket');
aanvragen.click();
const form = await wachtTot(() => item.querySelector('form'), 'aanvraagformulier');
await wachtTot(() => zichtbaar(form).includes('Ingevuld door het loket'), 'vooraf ingevulde antwoorden');
const tekst = zichtbaar(form);
console.log('    formulier:', tekst.slice(0, 600).replace(/\n/g, ' | '));
check(tekst.includes('Chiro Sint-Jan Gent') && tekst.includes('Ingevuld door het loket uit het Verenigingsregister'), 'naam uit het register, met bron');
check(tekst.includes('Sint-Jansvest 12'), 'adres uit het register');
check(tekst.includes('An Peeters: Animator in het jeugdwerk, Hoofdanimator') && tekst.includes('Jeugdadministratie (attesten jeugdwerk)'), 'attesten uit de bron, met bron');
check(veld('Aantal leden jonger dan 30 jaar', form), 'wat geen bron kent, wordt gevraagd');
let gevraagd = true;
try { veld('Naam van de vereniging', form); } catch { gevraagd = false; }
check(!gevraagd, 'de naam wordt niet gevraagd');

knop('Annuleren', form).click();
await wachtTot(() => !item.querySelector('form'), 'formulier dicht');
check(aanvragen.getAttribute('aria-expanded') === 'false', 'knop weer dicht');

// Applying for real: only the unknown answers are typed; the dossier shows which answers the loket filled in, from where.
aanvragen.click();
const form2 = await wachtTot(() => item.querySelector('form'), 'aanvraagformulier opnieuw');
await wachtTot(() => zichtbaar(form2).includes('Ingevuld door het loket'), 'vooraf ingevuld opnieuw');
veld('Aantal leden jonger dan 30 jaar', form2).typ('42');
veld('Aantal leiders of begeleiders', form2).typ('9');
// A file question uploads the file as soon as it is chosen and shows its name and size.
const verslag = veld('Werkingsverslag van het voorbije jaar', form2);
check(verslag.getAttribute('type') === 'file', 'een bestandsvraag vraagt een bestand');
verslag.files = [Object.assign(new Blob(['%PDF-1.4\n% werkingsverslag\n%%EOF\n'], { type: 'application/pdf' }), { name: 'werkingsverslag-2026.pdf' })];
verslag.dispatchEvent(new Event('change', { bubbles: true }));
await wachtTot(() => zichtbaar(form2).includes('Opgeladen: werkingsverslag-2026.pdf'), 'bestand opgeladen', 15000);
veld('E-mailadres voor vragen over deze aanvraag', form2).typ('an@chirosintjan.be');
knop('Aanvraag indienen', form2).click();
await wachtTot(() => location.hash.includes('/dossiers/D'), 'naar het dossier', 15000);
await wachtTot(() => zichtbaar(pagina()).includes('Jullie antwoorden'), 'dossier met antwoorden', 15000);
const dossier = zichtbaar(pagina());
console.log('    dossier:', dossier.slice(0, 500).replace(/\n/g, ' | '));
check(dossier.includes('Erkenning als jeugdvereniging (Stad Gent)'), 'dossier van de dienst');
check(dossier.includes('42') && dossier.includes('werkingsverslag-2026.pdf'), 'getypte antwoorden in het dossier');
check(dossier.includes('het loket uit het Verenigingsregister'), 'herkomst register in het dossier');
check(dossier.includes('het loket uit Jeugdadministratie (attesten jeugdwerk)'), 'herkomst attesten in het dossier');

// A 401 while the application form is open (it opens on a click): after signing in again, the same service's form is
// open again with what was typed, not another service's.
await ga('/verenigingen/V0001001/aanbod');
const dienstKop = () => pagina().querySelectorAll('h3').find((h) => h.textContent === dienst);
await wachtTot(dienstKop, 'aanbod voor de 401', 15000);
dienstKop().parentNode.querySelectorAll('button').find((b) => b.textContent === 'Aanvragen').click();
const formVoor = await wachtTot(() => dienstKop().parentNode.querySelector('form'), 'aanvraagformulier voor de 401');
await wachtTot(() => zichtbaar(formVoor).includes('Ingevuld door het loket'), 'vooraf ingevuld voor de 401');
veld('Aantal leden jonger dan 30 jaar', formVoor).typ('41');
sessionStorage.setItem('vloket.sessie', JSON.stringify({ ...JSON.parse(sessionStorage.getItem('vloket.sessie')), token: 'kapot' }));
knop('Bewaren als concept', formVoor).click();
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten na de 401 in de aanvraag');
knop('Aanmelden als An').click();
const formNa = await wachtTot(() => location.hash === '#/verenigingen/V0001001/aanbod' && dienstKop()?.parentNode.querySelector('form')
  && veld('Aantal leden jonger dan 30 jaar', dienstKop().parentNode.querySelector('form')).value === '41'
  && dienstKop().parentNode.querySelector('form'), 'de aanvraag staat weer open, met wat getypt was', 15000);
check(pagina().querySelectorAll('form').filter((f) => f.getAttribute('data-geopend-door')).length === 1, 'alleen het formulier van die dienst staat open');
check(status().includes('staat terug in het formulier'), `melding teruggezet in de aanvraag: ${status()}`);
knop('Annuleren', formNa).click();
process.exit(0);

// Smoke test: Lotte registers (block errors, duplicate flow), adds vzw's via KBO, stops an association, 401 and deep links.
// Needs a freshly started demo host: see web/test/README.md.
import { document, location, sessionStorage, bevestig, wacht, wachtTot, zichtbaar, pagina, fout, status, knop, veld, foutBij, check, ga } from './helpers.mjs';

await import('../js/app.js');

async function meldAanAls(voornaam) {
  await wachtTot(() => location.hash === '#/aanmelden', 'naar aanmelden');
  await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'persona-kaarten');
  knop(`Aanmelden als ${voornaam}`).click();
  await wachtTot(() => location.hash !== '#/aanmelden', 'aangemeld');
}

// Lotte, the newcomer
await meldAanAls('Lotte');
await wachtTot(() => pagina().querySelector('.leeg'), 'lege toestand');
const leeg = zichtbaar(pagina());
check(leeg.includes('Nieuwe feitelijke vereniging registreren') && leeg.includes('toevoegen via KBO') && leeg.includes('Staat je vereniging al in het loket?'), 'lege toestand legt drie wegen uit');

// Registration with errors in blocks; the first contact block stays empty and is skipped
knop('Nieuwe feitelijke vereniging registreren').click();
await wachtTot(() => pagina().querySelector('h1')?.textContent.includes('registreren'), 'registratiepagina');
let form = pagina().querySelector('form');
knop('Nog een contactgegeven toevoegen').click();
const blokken = () => form.querySelectorAll('fieldset.blok');
check(blokken().length === 3, 'twee contactblokken + één locatieblok');
check(document.activeElement === blokken()[1].querySelector('select'), 'focus naar nieuw blok');
const [leegBlok, contact2, locatie1] = blokken();
check(zichtbaar(contact2.querySelector('legend')).includes('Contactgegeven 2'), 'blok genummerd');
veld('Soort', contact2).kies('Website');
check(veld('Webadres', contact2).type === 'url', 'veld past zich aan aan soort');
veld('Webadres', contact2).typ('www.chiro.be');
veld('Straat', locatie1).typ('Sint-Jansvest');
veld('Huisnummer', locatie1).typ('12');
veld('Postcode', locatie1).typ('9999');
veld('Gemeente', locatie1).typ('Gent');
knop('Een vertegenwoordiger toevoegen').click();
const vt = blokken()[3];
check(!vt.querySelectorAll('label').some((l) => /Voornaam|Achternaam|Telefoon|Gsm/.test(l.textContent)),
  'een uitgenodigde: geen velden voor wat de uitnodiging niet bewaart');
veld('Rijksregisternummer', vt).typ('85092328401');
veld('E-mailadres', vt).typ('karim@voorbeeld.be');
veld('Rol in de vereniging', vt).typ('penningmeester');
knop('Vereniging registreren', pagina()).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'foutoverzicht registratie');
console.log('    overzicht:', zichtbaar(form.querySelector('.foutoverzicht')).replace(/\n/g, ' | '));
check(foutBij(veld('Naam van de vereniging', form)).includes('verplicht'), 'naam verplicht');
check(foutBij(veld('Webadres', contact2)).includes('http'), 'contactgegevens[0].waarde landt in het tweede (eerste niet-lege) blok');
check(!foutBij(veld('E-mailadres', leegBlok)), 'leeg blok zonder fout');
check(foutBij(veld('Postcode', locatie1)).length > 0, 'locaties[0].adres.postcode bij postcode');

// Remove the empty block, fix, submit → 409 (Chiro Sint-Jan Gent exists)
knop('Contactgegeven 1 weghalen').click();
check(zichtbaar(blokken()[0].querySelector('legend')).includes('Contactgegeven 1'), 'hernummerd na weghalen');
veld('Naam van de vereniging', form).typ('Chiro Sint Jan Gent');
veld('Webadres', blokken()[0]).typ('https://www.chirosintjan2.be');
veld('Postcode', locatie1).typ('9000');
form.querySelectorAll('.vakjes label').find((l) => l.textContent === 'Jeugdwerk').parentNode.querySelector('input').click();
const zoek = form.querySelector('input[type=search]');
zoek.typ('gent');
form.querySelectorAll('.zoekresultaten li').find((li) => li.textContent.startsWith('Gent –')).querySelector('input').click();
knop('Vereniging registreren', pagina()).click();
await wachtTot(() => !pagina().querySelector('.duplicaten').hidden, 'duplicatenpaneel');
const dup = pagina().querySelector('.duplicaten');
check(form.hidden, 'formulier verborgen tijdens de keuze');
check(document.activeElement === dup, 'focus op duplicatenpaneel');
console.log('    kandidaten:', zichtbaar(dup.querySelector('ul')).replace(/\n/g, ' | '));
check(zichtbaar(dup).includes('Chiro Sint-Jan Gent') && zichtbaar(dup).includes('V0001001'), 'kandidaat getoond');
// back to the form and again: still 409
knop('Terug naar het formulier', dup).click();
check(!form.hidden && dup.hidden, 'terug naar formulier');
knop('Vereniging registreren', pagina()).click();
await wachtTot(() => !pagina().querySelector('.duplicaten').hidden, 'duplicatenpaneel opnieuw');
knop('Het is toch een andere vereniging').click();
await wachtTot(() => /^#\/verenigingen\/V\d+\/gegevens$/.test(location.hash), 'naar de gegevens van de nieuwe vereniging');
await wachtTot(() => pagina().querySelector('h1')?.textContent === 'Chiro Sint Jan Gent', 'nieuwe vereniging geladen');
check(status().includes('is geregistreerd met V-code'), `succesmelding: ${status()}`);
const nieuw = zichtbaar(pagina());
check(nieuw.includes('Lotte Janssens') && !nieuw.includes('Karim El Amrani') && nieuw.includes('Uitgenodigd: 85.09.23-xxx.xx'), 'Lotte vertegenwoordiger, Karim alleen uitgenodigd (niets over hem getoond)');
check(nieuw.includes('rol: penningmeester'), 'de rol van de uitgenodigde is bewaard');
check(nieuw.includes('https://www.chirosintjan2.be') && nieuw.includes('Jeugdwerk'), 'gegevens bewaard');

// KBO: new
await ga('/kbo');
await wachtTot(() => pagina().querySelector('h1')?.textContent.includes('rechtspersoonlijkheid'), 'kbo-pagina');
form = pagina().querySelector('form');
veld('Ondernemingsnummer', form).typ('0412.345.615');
knop('Vereniging opzoeken en toevoegen').click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'kbo-fout');
check(foutBij(veld('Ondernemingsnummer', form)).includes('ongeldig'), `fout KBO-nummer: ${foutBij(veld('Ondernemingsnummer', form))}`);
knop('0876.543.270 invullen').click();
check(veld('Ondernemingsnummer', form).value === '0876543270', 'demonummer ingevuld');
knop('Vereniging opzoeken en toevoegen').click();
await wachtTot(() => /^#\/verenigingen\/V\d+\/gegevens$/.test(location.hash), 'naar de gegevens van de kbo-vereniging');
const kboRoute = location.hash.slice(1);
await wachtTot(() => pagina().querySelectorAll('section').length >= 6, 'kbo-vereniging geladen');
const kbo = zichtbaar(pagina());
console.log('    kbo-vereniging:', pagina().querySelector('h1').textContent, '|', status());
check(kbo.includes('Bron: Kruispuntbank van Ondernemingen (KBO). Pas dit aan bij de KBO.') && kbo.includes('Bron: door jullie ingevuld in het loket.'), 'elk gegeven zegt waar het vandaan komt: KBO of het loket');
const zetel = pagina().querySelectorAll('.onderdeel').find((li) => li.textContent.includes('Maatschappelijke zetel'));
check(zetel && zetel.textContent.includes('Bron: Kruispuntbank') && !zetel.querySelector('button'), 'KBO-zetel alleen-lezen, met bron');
knop('Basisgegevens wijzigen').click();
form = pagina().querySelector('.formulier-kader');
check(!form.querySelectorAll('label').some((l) => l.textContent.startsWith('Naam van de vereniging')), 'naam geen invulveld');
check(zichtbaar(form).includes('Komt uit de KBO, laat het daar aanpassen.'), 'notitie in formulier');
veld('Korte beschrijving', form).typ('Voetbal voor jong en oud.');
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => status().includes('basisgegevens zijn bewaard'), 'kbo basis bewaard');
const gevraagdNaBewaren = bevestig.gevraagd.length;

// KBO: Lotte holds no function at KSV Heverlee (Karim's vzw): refused, with who can
await ga('/kbo');
await wachtTot(() => pagina().querySelector('h1')?.textContent.includes('rechtspersoonlijkheid'), 'kbo-pagina 2');
check(bevestig.gevraagd.length === gevraagdNaBewaren, 'wie net bewaarde, vertrekt zonder vraag');
form = pagina().querySelector('form');
veld('Ondernemingsnummer', form).typ('0412345614');
knop('Vereniging opzoeken en toevoegen').click();
await wachtTot(() => !pagina().querySelector('.resultaat').hidden, 'geen mandaat');
console.log('    geen mandaat:', zichtbaar(pagina().querySelector('.resultaat')).replace(/\n/g, ' | '));
check(zichtbaar(pagina().querySelector('.resultaat')).includes('bestuurder'), 'uitleg wie de vereniging kan toevoegen');

// Stop the registered Chiro copy
await ga('/verenigingen');
await wachtTot(() => pagina().querySelectorAll('.vereniging-item').length === 2, 'twee verenigingen voor Lotte');
pagina().querySelectorAll('a').find((a) => a.textContent === 'Chiro Sint Jan Gent').click();
await wachtTot(() => pagina().querySelector('.tabs a[aria-current="page"]')?.textContent === 'Overzicht', 'overzicht');
knop('Gegevens').click();
await wachtTot(() => pagina().querySelectorAll('section').length >= 6, 'detail');
form = pagina().querySelector('.sectie-stoppen form');
veld('Datum waarop de vereniging gestopt is', form).typ('2999-01-01');
knop('Vereniging stoppen', form).click();
await wachtTot(() => document.querySelector('dialog'), 'bevestiging');
knop('Ja, stop de vereniging', document.querySelector('dialog')).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'fout toekomstige datum');
check(foutBij(veld('Datum waarop de vereniging gestopt is', form)).includes('toekomst'), 'einddatum-fout bij het veld');
veld('Datum waarop de vereniging gestopt is', form).typ('2025-06-30');
knop('Vereniging stoppen', form).click();
await wachtTot(() => document.querySelector('dialog'), 'bevestiging 2');
knop('Nee, niet stoppen', document.querySelector('dialog')).click();
await wacht(50);
check(zichtbaar(pagina()).includes('Actief'), 'niet gestopt bij annuleren');
knop('Vereniging stoppen', form).click();
await wachtTot(() => document.querySelector('dialog'), 'bevestiging 3');
knop('Ja, stop de vereniging', document.querySelector('dialog')).click();
await wachtTot(() => zichtbaar(pagina()).includes('Deze vereniging is gestopt op 30 juni 2025.'), 'gestopt');
check(pagina().querySelector('.kenmerken').textContent.includes('Gestopt'), 'status Gestopt in de kop');

// Karim was only invited, so Lotte is the last representative: no remove button, and the page says why
check(!pagina().querySelectorAll('button').some((b) => b.getAttribute('aria-label') === 'Lotte Janssens verwijderen'), 'laatste vertegenwoordiger niet te verwijderen');
check(zichtbaar(pagina()).includes('Nodig eerst iemand anders uit.'), 'uitleg bij de laatste vertegenwoordiger');

// Leaving a page with typed input that was not sent asks first; staying keeps the page and what was typed.
await ga('/registreren');
await wachtTot(() => pagina().querySelector('h1')?.textContent.includes('registreren'), 'registratieformulier voor het verlaten');
veld('Naam van de vereniging', pagina()).typ('Buurtcomité Blijf');
const naarMijnVerenigingen = () => document.querySelectorAll('#hoofdnavigatie a').find((a) => a.textContent === 'Mijn verenigingen').click();
const gevraagdVoorVerlaten = bevestig.gevraagd.length;
bevestig.antwoord = false;
naarMijnVerenigingen();
await wacht(200);
check(bevestig.gevraagd.length === gevraagdVoorVerlaten + 1 && bevestig.gevraagd.at(-1).includes('nog niet verstuurd'), 'verlaten met getypte invoer vraagt eerst');
check(location.hash === '#/registreren' && veld('Naam van de vereniging', pagina())?.value === 'Buurtcomité Blijf', 'wie blijft, houdt de pagina en wat er getypt is');
document.getElementById('afmelden').click();
await wacht(200);
check(bevestig.gevraagd.length === gevraagdVoorVerlaten + 2 && location.hash === '#/registreren' && sessionStorage.getItem('vloket.sessie'),
  'afmelden met getypte invoer vraagt eerst, en wie blijft, blijft aangemeld');
bevestig.antwoord = true;
naarMijnVerenigingen();
await wachtTot(() => location.hash === '#/verenigingen' && pagina().querySelector('h1')?.textContent === 'Mijn verenigingen', 'wie toch vertrekt, gaat');

// 401 in the middle of a form: after signing in again, what was typed is back, for the same person only.
await ga('/registreren');
await wachtTot(() => pagina().querySelector('h1')?.textContent.includes('registreren'), 'registratieformulier voor de 401');
veld('Naam van de vereniging', pagina()).typ('Buurtcomité Onderbroken');
veld('Korte beschrijving', pagina()).typ('Wij organiseren het straatfeest.');
knop('Een vertegenwoordiger toevoegen').click();
veld('Rijksregisternummer', pagina()).typ('85092328401');
veld('Rol in de vereniging', pagina()).typ('penningmeester');
const geldig = JSON.parse(sessionStorage.getItem('vloket.sessie'));
sessionStorage.setItem('vloket.sessie', JSON.stringify({ ...geldig, token: 'kapot' }));
knop('Vereniging registreren', pagina()).click();
await wachtTot(() => location.hash === '#/aanmelden', '401 tijdens het formulier → aanmelden');
await wachtTot(() => fout().includes('proberen we daarna terug te zetten'), 'melding 401 met invoer');
const bewaard = sessionStorage.getItem('vloket.onbewaard') ?? '';
check(bewaard.includes('Buurtcomité Onderbroken') && !bewaard.includes('85092328401'), `een getypt rijksregisternummer blijft niet in de browser: ${bewaard.slice(0, 300)}`);
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten na 401 in het formulier');
knop('Aanmelden als Lotte').click();
await wachtTot(() => location.hash === '#/registreren' && veld('Naam van de vereniging', pagina())?.value === 'Buurtcomité Onderbroken',
  'de getypte naam staat terug', 15000);
check(veld('Korte beschrijving', pagina()).value === 'Wij organiseren het straatfeest.', 'de getypte beschrijving staat terug');
check(status().includes('staat terug in het formulier') && status().includes('Een rijksregisternummer bewaren we niet'), `melding teruggezet: ${status()}`);
check(veld('Rol in de vereniging', pagina())?.value === 'penningmeester' && veld('Rijksregisternummer', pagina())?.value === '',
  'het blok van de uitgenodigde staat er weer, met de rol en zonder het rijksregisternummer');
// Someone else signing in after a 401 does not get it: Karim sees an empty form.
veld('Naam van de vereniging', pagina()).typ('Van Lotte');
sessionStorage.setItem('vloket.sessie', JSON.stringify({ ...JSON.parse(sessionStorage.getItem('vloket.sessie')), token: 'kapot' }));
knop('Vereniging registreren', pagina()).click();
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten na de tweede 401');
knop('Aanmelden als Karim').click();
await wachtTot(() => location.hash === '#/registreren' && veld('Naam van de vereniging', pagina()), 'Karim op het formulier');
await wacht(300);
check(veld('Naam van de vereniging', pagina()).value === '', 'wat Lotte typte, krijgt Karim niet');
document.getElementById('afmelden').click();
await wachtTot(() => location.hash === '#/aanmelden', 'Karim afgemeld');
check(sessionStorage.getItem('vloket.laatste') === null && sessionStorage.getItem('vloket.onbewaard') === null,
  'afmelden vergeet wie laatst aangemeld was en wat er getypt werd');
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten voor Lotte');
knop('Aanmelden als Lotte').click();
await wachtTot(() => location.hash === '#/verenigingen', 'Lotte terug');

// A 401 in a form that opens on a click (the basic data): after signing in again that form is open again, with what was typed.
await ga(kboRoute);
await wachtTot(() => pagina().querySelectorAll('section').length >= 6, 'kbo-vereniging voor de 401 in een sectie');
knop('Basisgegevens wijzigen').click();
veld('Korte beschrijving', pagina().querySelector('.formulier-kader')).typ('Getypt voor de 401.');
sessionStorage.setItem('vloket.sessie', JSON.stringify({ ...JSON.parse(sessionStorage.getItem('vloket.sessie')), token: 'kapot' }));
knop('Wijzigingen bewaren', pagina().querySelector('.formulier-kader')).click();
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten na de 401 in een sectie');
knop('Aanmelden als Lotte').click();
await wachtTot(() => location.hash === `#${kboRoute}` && pagina().querySelector('.formulier-kader')
  && veld('Korte beschrijving', pagina().querySelector('.formulier-kader'))?.value === 'Getypt voor de 401.',
  'het formulier van de sectie staat weer open, met wat getypt was', 15000);
check(status().includes('staat terug in het formulier'), `melding teruggezet in een sectie: ${status()}`);
knop('Annuleren', pagina().querySelector('.formulier-kader')).click();

// 401: an expired token sends you to sign-in and back to where you were
const s = JSON.parse(sessionStorage.getItem('vloket.sessie'));
sessionStorage.setItem('vloket.sessie', JSON.stringify({ ...s, token: 'kapot' }));
await ga('/registreren');
await ga('/verenigingen');
await wachtTot(() => location.hash === '#/aanmelden', '401 → aanmelden');
await wachtTot(() => fout().includes('niet meer aangemeld'), `melding 401: ${fout()}`);
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten na 401');
knop('Aanmelden als Lotte').click();
await wachtTot(() => location.hash === '#/verenigingen', 'terug naar bestemming');

// Not signed in: deep link remembered
document.getElementById('afmelden').click();
await wachtTot(() => location.hash === '#/aanmelden', 'afgemeld');
await ga('/kbo');
await wachtTot(() => location.hash === '#/aanmelden', 'deeplink → aanmelden');
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'kaarten');
knop('Aanmelden als Karim').click();
await wachtTot(() => location.hash === '#/kbo', 'na aanmelden naar onthouden pagina');
await ga('/bestaat-niet');
await wachtTot(() => pagina().querySelector('h1')?.textContent === 'Deze pagina bestaat niet', 'onbekende route');
console.log('registreren: geslaagd');
process.exit(0);

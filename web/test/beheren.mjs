// Smoke test: sign in as An, manage Chiro Sint-Jan Gent (every section, field errors, 412, dialogs, history), sign out.
// Needs a freshly started demo host: see web/test/README.md.
import { document, location, sessionStorage, bevestig, wacht, wachtTot, zichtbaar, pagina, fout, status, knop, veld, foutBij, check, ga, BASE } from './helpers.mjs';

await import('../js/app.js');

// 1. Sign in
await wachtTot(() => location.hash === '#/aanmelden', 'naar aanmelden');
await wachtTot(() => pagina().querySelectorAll('.kaart').length === 5, 'vijf persona-kaarten');
check(document.activeElement?.tagName !== 'H1', 'eerste pagina: focus blijft aan het begin, zodat Tab eerst de overslaanlink bereikt');
check(document.title.startsWith('Aanmelden'), 'titel Aanmelden');
knop('Aanmelden als An').click();
await wachtTot(() => location.hash === '#/verenigingen', 'naar mijn verenigingen');
await wachtTot(() => pagina().querySelectorAll('.vereniging-item').length >= 2, 'lijst verenigingen');
check(zichtbaar(pagina()).includes('Chiro Sint-Jan Gent'), 'Chiro staat in de lijst');
check(zichtbaar(pagina()).includes('Primaire vertegenwoordiger'), 'badge primair');
check(!document.getElementById('gebruiker').hidden && document.getElementById('gebruiker-naam').textContent === 'Aangemeld als An Peeters', 'kop toont gebruiker');

// 2. Detail: the association opens on its overview; the data are one tab further
const chiro = pagina().querySelectorAll('a').find((a) => a.textContent === 'Chiro Sint-Jan Gent');
chiro.click();
await wachtTot(() => pagina().querySelector('h1')?.textContent === 'Chiro Sint-Jan Gent', 'detail Chiro');
await wachtTot(() => zichtbaar(pagina()).includes('Er is niets dat op jullie wacht.'), 'overzicht met Actie nodig');
check(pagina().querySelector('h2')?.textContent === 'Actie nodig', 'Actie nodig staat bovenaan het overzicht');
knop('Gegevens').click();
await wachtTot(() => location.hash === '#/verenigingen/V0001001/gegevens', 'naar het tabblad Gegevens');
await wachtTot(() => pagina().querySelectorAll('section').length >= 6, 'secties');
check(document.title.startsWith('Gegevens – Chiro Sint-Jan Gent'), 'titel noemt het tabblad');
const tekst = zichtbaar(pagina());
for (const t of ['Basisgegevens', 'Contactgegevens', 'Locaties', 'Vertegenwoordigers', 'Rekeningnummers', 'Vereniging stoppen', 'leiding@chirosintjan.be', 'Sint-Jansvest 12', '85.09.23-xxx.xx', 'BE68 5390 0754 7034', 'Van 6 tot en met 18 jaar', 'Jeugdwerk', 'Gent']) {
  check(tekst.includes(t), `detail toont "${t}"`);
}
check(tekst.includes('78041212319'), 'eigen INSZ voluit (zoals de API het geeft)');

// 3. Add contactgegeven: first invalid, then valid
knop('Contactgegeven toevoegen').click();
let form = pagina().querySelector('.formulier-kader');
check(form && zichtbaar(form).includes('Contactgegeven toevoegen'), 'formulier contactgegeven open');
veld('E-mailadres', form).typ('geen-email');
knop('Contactgegeven toevoegen', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'foutoverzicht');
check(foutBij(veld('E-mailadres', form)).includes('e-mailadres is ongeldig'), 'fout naast het veld waarde');
check(veld('E-mailadres', form).getAttribute('aria-invalid') === 'true', 'aria-invalid gezet');
check(document.activeElement === form.querySelector('.foutoverzicht'), 'focus op foutoverzicht');
console.log('    overzicht:', zichtbaar(form.querySelector('.foutoverzicht')).replace(/\n/g, ' | '));
// the summary link focuses the field
form.querySelector('.foutoverzicht a').click();
check(document.activeElement === veld('E-mailadres', form), 'link in overzicht zet focus op veld');
check(location.hash.startsWith('#/verenigingen/'), 'route niet gewijzigd door overzichtslink');

veld('E-mailadres', form).typ('kamp@chirosintjan.be');
veld('Omschrijving', form).typ('Kamp');
knop('Contactgegeven toevoegen', form).click();
await wachtTot(() => status().includes('Contactgegeven toegevoegd'), 'succesmelding toegevoegd');
check(zichtbaar(pagina()).includes('kamp@chirosintjan.be'), 'nieuw contactgegeven in de lijst');
check(!pagina().querySelector('.formulier-kader'), 'formulier dicht');

// 4. 412: someone else changes this very contactgegeven (and the basic data) between load and save
const token = JSON.parse(sessionStorage.getItem('vloket.sessie')).token;
knop('kamp@chirosintjan.be wijzigen').click();
form = pagina().querySelector('.formulier-kader');
veld('Omschrijving', form).typ('Zomerkamp');
{
  const kop = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const r = await fetch(new URL('api/verenigingen/V0001001', BASE), { headers: kop });
  const id = (await r.json()).contactgegevens.find((c) => c.waarde === 'kamp@chirosintjan.be').contactgegevenId;
  const c = await fetch(new URL(`api/verenigingen/V0001001/contactgegevens/${id}`, BASE), { method: 'PATCH', headers: { ...kop, 'If-Match': r.headers.get('ETag') }, body: JSON.stringify({ beschrijving: 'Kamp aan zee' }) });
  const p = await fetch(new URL('api/verenigingen/V0001001', BASE), { method: 'PATCH', headers: { ...kop, 'If-Match': c.headers.get('ETag') }, body: JSON.stringify({ korteNaam: 'Chiro SJ' }) });
  check(c.status === 200 && p.status === 200, 'andere wijzigingen buiten de UI');
}
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, '412 getoond');
const conflict = zichtbaar(form.querySelector('.foutoverzicht'));
console.log('    412:', conflict.replace(/\n/g, ' | '));
check(conflict.includes('Iemand anders heeft deze gegevens intussen gewijzigd'), '412 uitgelegd');
check(conflict.includes('Intussen opgeslagen door iemand anders') && conflict.includes('Omschrijving') && conflict.includes('Kamp aan zee') && conflict.includes('(was: Kamp)'), '412 toont de nieuwere waarde van dit contactgegeven');
check(document.activeElement === form.querySelector('.foutoverzicht'), 'focus op de melding met de nieuwere waarde');
check(veld('Omschrijving', form).value === 'Zomerkamp', 'invoer behouden na 412');
check(zichtbaar(pagina()).includes('Chiro SJ'), 'nieuwste gegevens geladen na 412');
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => status().includes('Contactgegeven bewaard'), 'tweede poging lukt met nieuwe ETag');
check(zichtbaar(pagina()).includes('Zomerkamp'), 'wijziging zichtbaar');

// 5. Basisgegevens: PATCH and clear korteNaam
knop('Basisgegevens wijzigen').click();
form = pagina().querySelector('.formulier-kader');
check(veld('Korte naam', form).value === 'Chiro SJ', 'korte naam ingevuld');
veld('Korte naam', form).typ('');
veld('Tot en met (leeftijd)', form).typ('abc');
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'fout doelgroep');
check(foutBij(veld('Tot en met (leeftijd)', form)).includes('Vul een leeftijd in cijfers in'), 'lokale fout bij leeftijd');
veld('Tot en met (leeftijd)', form).typ('');
veld('Vanaf (leeftijd)', form).typ('8');
// werkingsgebied: search and tick Drongen's municipality via postcode
const zoek = form.querySelector('input[type=search]');
zoek.typ('9031');
await wacht(10);
const vakjes = form.querySelectorAll('.zoekresultaten input');
check(vakjes.length === 1 && vakjes[0].checked, 'zoeken op postcode 9031 geeft Gent, al aangevinkt');
zoek.typ('limburg');
form.querySelectorAll('.zoekresultaten input').find((i) => i.parentNode.textContent.includes('Provincie Limburg')).click();
check(zichtbaar(form.querySelector('.chips')).includes('Provincie Limburg'), 'chip Limburg');
knop('Wijzigingen bewaren', form).click();
await wachtTot(() => status().includes('basisgegevens zijn bewaard'), 'basisgegevens bewaard');
const na = zichtbaar(pagina());
check(na.includes('Vanaf 8 jaar') && na.includes('Provincie Limburg') && na.includes('Gent'), 'nieuwe doelgroep en werkingsgebied getoond');
check(!na.includes('Chiro SJ'), 'korte naam gewist');

// 6. Locatie with postcode autofill, then bad postcode
knop('Locatie toevoegen').click();
form = pagina().querySelector('.formulier-kader');
veld('Straat', form).typ('Kerkstraat');
veld('Huisnummer', form).typ('1');
veld('Postcode', form).typ('9030');
check(veld('Gemeente', form).value === 'Mariakerke', 'gemeente voorgesteld uit postcode');
veld('Soort locatie', form).kies('Correspondentie');
knop('Locatie toevoegen', form).click();
await wachtTot(() => status().includes('Locatie toegevoegd'), 'locatie toegevoegd');
knop('Locatie toevoegen').click();
form = pagina().querySelector('.formulier-kader');
veld('Straat', form).typ('Rue Neuve');
veld('Huisnummer', form).typ('1');
veld('Postcode', form).typ('1000');
veld('Gemeente', form).typ('Brussel');
veld('Soort locatie', form).kies('Correspondentie');
knop('Locatie toevoegen', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'fouten locatie');
console.log('    locatie-overzicht:', zichtbaar(form.querySelector('.foutoverzicht')).replace(/\n/g, ' | '));
check(foutBij(veld('Postcode', form)).includes('niet in Vlaanderen'), 'postcodefout bij postcode (adres.postcode)');
veld('Postcode', form).typ('9000');
veld('Gemeente', form).typ('Gent');
knop('Locatie toevoegen', form).click();
await wachtTot(() => foutBij(veld('Soort locatie', form)).includes('correspondentieadres'), 'fout bij locatietype (tweede correspondentieadres)');
check(!foutBij(veld('Postcode', form)), 'oude postcodefout gewist');
knop('Annuleren', form).click();

// 7. Invite a co-representative: a bad INSZ first, then Lotte; she is only invited, shown masked
form = pagina().querySelectorAll('form').find((f) => f.getAttribute('aria-label') === 'Iemand uitnodigen als vertegenwoordiger');
veld('Rijksregisternummer', form).typ('12345678901');
knop('Uitnodiging versturen', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'fout uitnodiging');
check(foutBij(veld('Rijksregisternummer', form)).includes('INSZ'), 'insz-fout bij rijksregisternummer');
veld('Rijksregisternummer', form).typ('02.03.05-117.19');
knop('Uitnodiging versturen', form).click();
await wachtTot(() => status().includes('uitnodiging is verstuurd'), 'uitnodiging verstuurd');
check(zichtbaar(pagina()).includes('Uitgenodigd: 02.03.05-xxx.xx'), 'uitgenodigde gemaskeerd, zonder naam');

// 8. Bankrekening with two holders
knop('Rekeningnummer toevoegen').click();
form = pagina().querySelector('.formulier-kader');
veld('Rekeningnummer (IBAN)', form).typ('BE71 0961 2345 6769');
veld('Op wiens naam staat de rekening?', form).typ('Chiro Sint-Jan\nChiro Sint-Jan');
knop('Rekeningnummer toevoegen', form).click();
await wachtTot(() => !form.querySelector('.foutoverzicht').hidden, 'titularis dubbel');
check(foutBij(veld('Op wiens naam staat de rekening?', form)).includes('titularis staat er al bij'), 'titularissen[1] naar textarea');
veld('Op wiens naam staat de rekening?', form).typ('Chiro Sint-Jan\nAn Peeters');
knop('Rekeningnummer toevoegen', form).click();
await wachtTot(() => status().includes('Rekeningnummer toegevoegd'), 'rekening toegevoegd');

// 9. Delete with dialog, while another form holds typed input: that write does not send what is typed there.
knop('Locatie toevoegen').click();
const locatieOpen = pagina().querySelectorAll('form').find((f) => f.getAttribute('aria-label') === 'Locatie toevoegen');
veld('Straat', locatieOpen).typ('Nieuwstraat');
knop('kamp@chirosintjan.be verwijderen').click();
await wachtTot(() => document.querySelector('dialog'), 'dialoog');
const dlg = document.querySelector('dialog');
check(document.activeElement.textContent === 'Annuleren', 'focus op de veilige keuze');
knop('Ja, verwijderen', dlg).click();
await wachtTot(() => status().includes('Contactgegeven verwijderd'), 'verwijderd');
check(!zichtbaar(pagina()).includes('kamp@chirosintjan.be'), 'weg uit de lijst');

// 10. Historiek (leaving the Gegevens tab asks first: the new location's street was typed and not sent)
const gevraagdVoorHistoriek = bevestig.gevraagd.length;
knop('Historiek').click();
check(bevestig.gevraagd.length === gevraagdVoorHistoriek + 1, 'een andere schrijfactie telt niet als versturen van wat in een formulier getypt staat');
await wachtTot(() => pagina().querySelector('table'), 'historiek-tabel');
const rijen = pagina().querySelectorAll('tbody tr');
check(rijen.length >= 6, `historiek heeft ${rijen.length} rijen`);
console.log('    eerste rij:', zichtbaar(rijen[0]).trim());
check(zichtbaar(rijen[0]).includes('verwijderd'), 'nieuwste eerst');

// 10b. Shared data: the log of what the loket passed on to agencies loads (a table, or the empty state)
knop('Gedeelde gegevens').click();
await wachtTot(() => zichtbaar(pagina()).includes('alleen wat de wet hen toestaat'), 'uitleg over de rechtsgrond');
await wachtTot(() => zichtbaar(pagina()).includes('Op grond van') || zichtbaar(pagina()).includes('gaf nog geen gegevens'), 'logboek of lege toestand');
console.log('    gedeeld:', zichtbaar(pagina()).includes('Op grond van') ? 'logboek' : 'nog niets gedeeld');

// 11. Unknown association
await ga('/verenigingen/V9999999');
await wachtTot(() => pagina().querySelector('h1')?.textContent === 'Vereniging niet gevonden', '404-pagina');

// 12. Sign out
document.getElementById('afmelden').click();
await wachtTot(() => location.hash === '#/aanmelden', 'afgemeld');
await wachtTot(() => status().includes('Je bent afgemeld'), 'melding afgemeld');
check(!sessionStorage.getItem('vloket.sessie'), 'sessie gewist');
console.log('beheren: geslaagd');
process.exit(0);

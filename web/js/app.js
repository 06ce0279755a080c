import { sessie } from './sessie.js';
import { bijVerlopenAanmelding } from './api.js';
import { aanbieder, meldAf as meldAfBijAanbieder, vergeet, verwerkTerugkeer } from './aanmelding.js';
import { h, vervang, wisMeldingen, toonBewaardeMelding, meldNaNavigatie, toonInfo } from './ui.js';
import { onthoudInvoer, zetInvoerTerug, vergeetInvoer } from './onbewaard.js';
import { volgInvoer, nieuwePagina, heeftOnverstuurdeInvoer } from './onverstuurd.js';
import * as aanmelden from './pages/aanmelden.js';
import * as mijnVerenigingen from './pages/mijn-verenigingen.js';
import * as vereniging from './pages/vereniging/pagina.js';
import * as registreren from './pages/registreren.js';
import * as kbo from './pages/kbo.js';
import * as inbox from './pages/behandeling/inbox.js';
import * as zaak from './pages/behandeling/zaak.js';
import * as voorraad from './pages/behandeling/voorraad.js';
import * as kalender from './pages/behandeling/kalender.js';
import * as goedkeuringen from './pages/behandeling/goedkeuringen.js';

// Hash routes keep the front end a set of static files: the host needs no fallback route for deep links.
const ROUTES = [
  { patroon: /^\/aanmelden$/, pagina: aanmelden, openbaar: true },
  { patroon: /^\/verenigingen$/, pagina: mijnVerenigingen, sectie: 'verenigingen' },
  { patroon: /^\/verenigingen\/([A-Za-z0-9]+)(?:\/(gegevens|gekend|aanbod|dossiers|reservaties|historiek|gedeeld|meldingen)(?:\/([A-Za-z0-9_.-]+))?)?$/, pagina: vereniging, sectie: 'verenigingen' },
  { patroon: /^\/registreren$/, pagina: registreren, sectie: 'registreren' },
  { patroon: /^\/kbo$/, pagina: kbo, sectie: 'kbo' },
  { patroon: /^\/behandeling$/, pagina: { toon: inbox.toonStart }, sectie: 'behandeling' },
  { patroon: /^\/behandeling\/(OVO[0-9]+)$/, pagina: { toon: inbox.toonInbox }, sectie: 'behandeling' },
  { patroon: /^\/behandeling\/(OVO[0-9]+)\/(zaken)\/([A-Za-z0-9]+)$/, pagina: zaak, sectie: 'behandeling' },
  { patroon: /^\/behandeling\/(OVO[0-9]+)\/voorraad$/, pagina: voorraad, sectie: 'behandeling' },
  { patroon: /^\/behandeling\/(OVO[0-9]+)\/kalender(?:\/(\d{4}-\d{2}-\d{2})(?:\/(\d))?)?$/, pagina: kalender, sectie: 'behandeling' },
  { patroon: /^\/behandeling\/(OVO[0-9]+)\/goedkeuringen$/, pagina: goedkeuringen, sectie: 'behandeling' },
];

const paginaVak = () => document.getElementById('pagina');
let huidige = 0; // the current visit; a page whose visit is no longer this one has been left
let bezoeken = 0; // pages shown, to tell the first one
let terugVanAanbieder = false;
let getoond = null; // the route of the page on screen
let doorCodeNaar = null; // the route of the app's own navigation, or of a link already asked about: its hashchange does not ask
let bewustWeg = false; // signing out: the browser need not ask again when the provider's page loads

const VERLATEN = 'Je typte iets dat nog niet verstuurd is. Als je deze pagina verlaat, gaat dat verloren. Wil je de pagina toch verlaten?';

/**
 * The app's own navigation (after a write, a cancel button, a 401): the page decided to leave, so nothing is asked.
 * Links and the browser's back button go through the hashchange and ask first when typed input would be lost.
 */
export function navigeer(route) {
  // The page being left stops now, not when the browser gets round to the hashchange: a key pressed in between (the
  // browser handles input first) would otherwise still act on that page, e.g. a second week step counted from the old week.
  huidige++;
  if (location.hash === `#${route}`) toon();
  else {
    doorCodeNaar = route;
    location.hash = route;
  }
}

/** True when the page may be left for `route`: nothing typed would be lost, or the person says to leave anyway. */
function magWeg(route) {
  return !getoond || route === getoond || !heeftOnverstuurdeInvoer(paginaVak()) || confirm(VERLATEN);
}

function bijHashwijziging() {
  const route = location.hash.replace(/^#/, '');
  // A link was asked about when it was clicked (below); anything else is the back or forward button.
  const gevraagd = route === doorCodeNaar;
  doorCodeNaar = null;
  if (!gevraagd && !magWeg(route)) {
    // Stay: the page is shown again at a new history entry, so Back still goes where it went.
    history.pushState(null, '', `#${getoond}`);
    return;
  }
  toon();
}

function startRoute() {
  return sessie.aangemeld ? '/verenigingen' : '/aanmelden';
}

async function toon() {
  const route = location.hash.replace(/^#/, '');
  if (!route.startsWith('/')) {
    // A plain "#id" link (skip link, error summary) is handled by the click handler; anything else goes home.
    if (!route) navigeer(startRoute());
    return;
  }

  const gevonden = ROUTES.map((r) => ({ r, m: route.match(r.patroon) })).find((x) => x.m);
  if (gevonden && !gevonden.r.openbaar && !sessie.aangemeld) {
    sessie.onthoudBestemming(route);
    navigeer('/aanmelden');
    return;
  }
  if (gevonden?.r.pagina === aanmelden && sessie.aangemeld) {
    navigeer('/verenigingen');
    return;
  }

  const dit = ++huidige;
  const eerste = ++bezoeken === 1;
  getoond = route;
  nieuwePagina();
  wisMeldingen();
  toonBewaardeMelding();
  werkKoptekstBij(gevonden?.r.sectie);

  // A fresh container per visit: a slow page that finishes after the visitor moved on writes into a detached node.
  const vak = h('div', { 'aria-busy': 'true' });
  vervang(paginaVak(), vak);
  const context = {
    vak,
    params: gevonden ? gevonden.m.slice(1) : [],
    navigeer,
    actief: () => dit === huidige,
    titel: (tekst) => { document.title = `${tekst} – Verenigingsloket`; },
  };

  try {
    if (gevonden) await gevonden.r.pagina.toon(context);
    else nietGevonden(context);
  } finally {
    vak.removeAttribute('aria-busy');
  }
  // The first page of a visit keeps the browser's own start, so the first Tab still reaches the skip link; back from
  // the provider is a page change for the person, so its page's title gets the focus.
  if (dit === huidige && (!eerste || terugVanAanbieder)) focusKop(vak);
  terugVanAanbieder = false;
  // Input kept across a 401 comes back last: a form it opens again (which may wait for its section) takes the focus.
  const terug = dit === huidige && sessie.aangemeld ? await zetInvoerTerug(route, vak, sessie.laatste) : null;
  if (terug && dit === huidige) {
    toonInfo('Wat je typte voor je opnieuw moest aanmelden, staat terug in het formulier. Kijk het na en verstuur het opnieuw.'
      + (terug.inszOpnieuw ? ' Een rijksregisternummer bewaren we niet in je browser: typ dat opnieuw.' : ''));
  }
}

// After a page change, focus goes to its heading so screen readers announce the new page.
function focusKop(vak) {
  const kop = vak.querySelector('h1');
  if (!kop) return;
  kop.setAttribute('tabindex', '-1');
  kop.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function nietGevonden({ vak, titel }) {
  titel('Pagina niet gevonden');
  vak.append(
    h('h1', {}, 'Deze pagina bestaat niet'),
    h('p', {}, 'Misschien is de link oud of klopt het adres niet helemaal.'),
    h('p', {}, h('a', { href: `#${startRoute()}` }, 'Naar de startpagina')));
}

function werkKoptekstBij(sectie) {
  const g = sessie.gegevens;
  document.getElementById('gebruiker').hidden = !g;
  document.getElementById('hoofdnavigatie').hidden = !g;
  document.getElementById('gebruiker-naam').textContent = g ? `Aangemeld als ${g.naam}` : '';
  document.getElementById('nav-behandeling').hidden = !g?.behandelaar;
  for (const a of document.querySelectorAll('#hoofdnavigatie a')) {
    if (a.dataset.sectie === sectie) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function meldAf() {
  if (!magWeg('/aanmelden')) return;
  bewustWeg = true;
  vergeetInvoer();
  sessie.vergeetLaatste();
  // With a provider the browser goes there and comes back at "?afgemeld=1"; without one, straight to the sign-in page.
  if (await meldAfBijAanbieder().catch(() => false)) return;
  bewustWeg = false;
  meldNaNavigatie('succes', 'Je bent afgemeld.');
  navigeer('/aanmelden');
}

bijVerlopenAanmelding(() => {
  const route = location.hash.replace(/^#/, '');
  // What was typed goes along to the sign-in and back, for this person only (onbewaard.js).
  const bewaard = route.startsWith('/') && route !== '/aanmelden' && onthoudInvoer(route, paginaVak(), sessie.laatste);
  vergeet();
  if (route.startsWith('/') && route !== '/aanmelden') sessie.onthoudBestemming(route);
  meldNaNavigatie('fout', bewaard
    ? 'Meld je opnieuw aan om verder te gaan. Wat je in het formulier typte, proberen we daarna terug te zetten.'
    : 'Meld je opnieuw aan om verder te gaan.', 'Je bent niet meer aangemeld.');
  navigeer('/aanmelden');
});

// A link to another page asks first when typed input would be lost; the question comes before the address changes, so
// staying leaves the history as it was.
document.addEventListener('click', (e) => {
  const a = e.target.closest?.('a[href^="#/"]');
  // A click that opens another tab or window (a modifier key, another button) leaves this page where it is.
  if (e.defaultPrevented || !a || e.button > 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  const route = a.getAttribute('href').slice(1);
  if (!magWeg(route)) {
    e.preventDefault();
    return;
  }
  if (route !== getoond) doorCodeNaar = route;
});

// In-page links ("#inhoud", the error summary) must move focus without touching the route.
document.addEventListener('click', (e) => {
  const a = e.target.closest?.('a[href^="#"]');
  if (e.defaultPrevented || !a || a.getAttribute('href').startsWith('#/')) return;
  e.preventDefault();
  const doel = document.getElementById(a.getAttribute('href').slice(1));
  doel?.focus();
});

document.getElementById('afmelden').addEventListener('click', meldAf);

// Back from the provider: finish signing in (or out) before the first page shows, so no page ever sees the code.
const terug = await verwerkTerugkeer();
terugVanAanbieder = terug !== null;
if (terug?.afgemeld) meldNaNavigatie('succes', 'Je bent afgemeld, ook bij de aanmeldpagina van de overheid.');
if (terug?.fout) meldNaNavigatie('fout', `${terug.fout} Je kan het hieronder opnieuw proberen.`, 'Aanmelden is niet gelukt.');
// A signed-in tab renews its token before it runs out: the UserManager plans that once it has read the stored sign-in.
if (sessie.aangemeld) aanbieder().then((m) => m?.getUser()).catch(() => {});
volgInvoer(paginaVak);
// Closing the tab or going to another site with typed input: the browser asks in its own words.
// Back on this page from the provider's (a sign-out stopped, or the browser's page cache): ask again before it unloads.
window.addEventListener('pageshow', () => { bewustWeg = false; });
window.addEventListener('beforeunload', (e) => {
  if (!bewustWeg && heeftOnverstuurdeInvoer(paginaVak())) {
    e.preventDefault();
    e.returnValue = '';
  }
});
window.addEventListener('hashchange', bijHashwijziging);
toon();

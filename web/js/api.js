import { sessie } from './sessie.js';
import { invoerVerstuurd, huidigFormulier } from './onverstuurd.js';

/** A failed call: `status` is the HTTP status (0 when the loket could not be reached), `probleem` the problem+json body. */
export class ApiFout extends Error {
  constructor(status, probleem) {
    super(probleem.detail || probleem.title);
    this.name = 'ApiFout';
    this.status = status;
    this.probleem = probleem;
  }

  /** [{veld, melding}] for a 400 about specific fields; empty otherwise. */
  get fouten() {
    return Array.isArray(this.probleem.fouten) ? this.probleem.fouten : [];
  }
}

// Used when an answer has no problem body of its own (a proxy error page, an empty 404 …).
const STANDAARD = {
  400: 'De gegevens zijn niet in orde.',
  401: 'Je bent niet aangemeld.',
  404: 'Niet gevonden.',
  409: 'Dit bestaat misschien al.',
  412: 'De gegevens zijn intussen gewijzigd.',
  428: 'De versie van de gegevens ontbreekt.',
  503: 'Een gegevensbron is tijdelijk niet bereikbaar.',
};

let bijNietAangemeld = () => {};

/** What to do on a 401 anywhere (the app sends people back to sign-in). */
export function bijVerlopenAanmelding(doe) {
  bijNietAangemeld = doe;
}

/**
 * Calls `/api/<pad>`. Returns {status, data, etag}; throws ApiFout for anything but 2xx.
 * `body` may be an object (sent as JSON) or a string sent byte for byte: the duplicate confirmation
 * needs exactly the same text as the first attempt.
 */
export async function vraag(pad, { methode = 'GET', body, etag, headers = {} } = {}) {
  const kop = { Accept: 'application/json, application/problem+json', ...headers };
  const token = sessie.token;
  if (token) kop.Authorization = `Bearer ${token}`;
  if (etag) kop['If-Match'] = etag;
  let tekst;
  if (body !== undefined) {
    tekst = typeof body === 'string' ? body : JSON.stringify(body);
    kop['Content-Type'] = 'application/json';
  }

  const bron = methode === 'GET' ? null : huidigFormulier();
  let antwoord;
  try {
    antwoord = await fetch(`/api/${pad}`, { method: methode, headers: kop, body: tekst, cache: 'no-store' });
  } catch {
    throw new ApiFout(0, {
      title: 'Het loket is niet bereikbaar.',
      detail: 'Controleer je internetverbinding en probeer het opnieuw.',
    });
  }

  const data = await leesJson(antwoord);
  if (!antwoord.ok) {
    const probleem = data && typeof data === 'object' && (data.title || data.detail)
      ? data
      : { title: STANDAARD[antwoord.status] ?? 'Er liep iets mis bij het loket.', status: antwoord.status };
    const fout = new ApiFout(antwoord.status, probleem);
    if (antwoord.status === 401) bijNietAangemeld(fout);
    throw fout;
  }
  if (bron) invoerVerstuurd(bron);
  return { status: antwoord.status, data, etag: antwoord.headers.get('ETag'), location: antwoord.headers.get('Location') };
}

async function leesJson(antwoord) {
  const tekst = await antwoord.text();
  if (!tekst) return null;
  try {
    return JSON.parse(tekst);
  } catch {
    return null;
  }
}

export const api = {
  personas: () => vraag('dev/personas'),
  token: (persona) => vraag('dev/token', { methode: 'POST', body: persona }),
  mijnVerenigingen: () => vraag('mijn/verenigingen'),
  vereniging: (vCode) => vraag(`verenigingen/${encodeURIComponent(vCode)}`),
  historiek: (vCode) => vraag(`verenigingen/${encodeURIComponent(vCode)}/historiek`),
  exporteer: (vCode) => vraag(`verenigingen/${encodeURIComponent(vCode)}/export`),
  gegevensdelingen: (vCode, vervolg) => vraag(`verenigingen/${encodeURIComponent(vCode)}/gegevensdelingen?aantal=20${vervolg ? `&vervolg=${encodeURIComponent(vervolg)}` : ''}`),
  registreer: (bodyTekst, bevestigingsToken) => vraag('verenigingen', {
    methode: 'POST',
    body: bodyTekst,
    headers: bevestigingsToken ? { 'VL-Bevestigingstoken': bevestigingsToken } : {},
  }),
  meldingVoorkeuren: (vCode) => vraag(`verenigingen/${encodeURIComponent(vCode)}/meldingen/voorkeuren`),
  zetMeldingVoorkeuren: (vCode, voorkeuren) => vraag(`verenigingen/${encodeURIComponent(vCode)}/meldingen/voorkeuren`,
    { methode: 'PUT', body: { voorkeuren } }),
  mijnUitnodigingen: () => vraag('mijn/uitnodigingen'),
  beantwoordUitnodiging: (vCode, id, antwoord) => vraag(`mijn/uitnodigingen/${encodeURIComponent(vCode)}/${encodeURIComponent(id)}/${antwoord}`, { methode: 'POST' }),
  registreerUitKbo: (kboNummer) => vraag('verenigingen/kbo', { methode: 'POST', body: { kboNummer } }),
  aanbod: (vCode, { type, thema, open } = {}) => {
    const q = new URLSearchParams();
    if (type) q.set('type', type);
    if (thema) q.set('thema', thema);
    if (open) q.set('open', 'true');
    const s = q.toString();
    return vraag(`verenigingen/${encodeURIComponent(vCode)}/aanbod${s ? `?${s}` : ''}`);
  },
  dienst: (productnummer) => vraag(`diensten/${encodeURIComponent(productnummer)}`),
  formulier: (vCode, productnummer) => vraag(`verenigingen/${encodeURIComponent(vCode)}/formulieren/${encodeURIComponent(productnummer)}`),
  /** `sleutel`: the form's Idempotency-Key, the same for every attempt at one application. */
  vraagAan: (vCode, productnummer, antwoorden, sleutel) => vraag(`verenigingen/${encodeURIComponent(vCode)}/aanvragen`,
    { methode: 'POST', body: { productnummer, antwoorden }, headers: sleutel ? { 'Idempotency-Key': sleutel } : {} }),
  doorverwijzing: (vCode, productnummer) => vraag(`verenigingen/${encodeURIComponent(vCode)}/doorverwijzingen`,
    { methode: 'POST', body: { productnummer } }),
  gegevens: (vCode) => vraag(`verenigingen/${encodeURIComponent(vCode)}/gegevens`),
  verversGegevens: (vCode) => vraag(`verenigingen/${encodeURIComponent(vCode)}/gegevens/verversen`, { methode: 'POST' }),
  /** Follows a Location the API gave ("/api/…"). */
  volg: (location) => vraag(location.replace(/^\/api\//, '')),
  dossiers: (vCode, fase) => vraag(`verenigingen/${encodeURIComponent(vCode)}/dossiers${fase ? `?fase=${encodeURIComponent(fase)}` : ''}`),
  dossier: (vCode, id) => vraag(dossierPad(vCode, id)),
  /** How many of `materiaal` the lending service's agency has free from `van` to `tot` (yyyy-MM-dd, inclusive). */
  beschikbaarheid: (vCode, { productnummer, materiaal, van, tot }) => vraag(`verenigingen/${encodeURIComponent(vCode)}/beschikbaarheid?${
    new URLSearchParams({ productnummer: productnummer ?? '', materiaal: materiaal ?? '', van: van ?? '', tot: tot ?? '' })}`),
  bevestigReservatie: (vCode, id) => vraag(`${dossierPad(vCode, id)}/bevestig`, { methode: 'POST' }),
  beantwoordDossier: (vCode, id, body) => vraag(`${dossierPad(vCode, id)}/antwoord`, { methode: 'POST', body }),
  annuleerDossier: (vCode, id, reden) => vraag(`${dossierPad(vCode, id)}/annuleer`, { methode: 'POST', body: { reden } }),
  bewaarConcept: (vCode, productnummer, antwoorden) => vraag(`verenigingen/${encodeURIComponent(vCode)}/concepten`,
    { methode: 'POST', body: { productnummer, antwoorden } }),
  openConcept: (vCode, id) => vraag(conceptPad(vCode, id)),
  /** `versie`: the draft's ETag as last opened or saved; a save by someone else since gives 412. */
  wijzigConcept: (vCode, id, antwoorden, versie) => vraag(conceptPad(vCode, id), { methode: 'PUT', body: { antwoorden }, etag: versie }),
  dienConceptIn: (vCode, id, antwoorden) => vraag(`${conceptPad(vCode, id)}/indienen`, { methode: 'POST', body: { antwoorden } }),
  verwijderConcept: (vCode, id) => vraag(conceptPad(vCode, id), { methode: 'DELETE' }),
};

function conceptPad(vCode, id) {
  return `verenigingen/${encodeURIComponent(vCode)}/concepten/${encodeURIComponent(id)}`;
}

/**
 * Uploads a file for the association (`body`: {naam, contentType, inhoudBase64}) with XMLHttpRequest, the one browser
 * API that reports an upload's progress: `opVoortgang(fractie)` gets 0…1. Resolves {status, data}; throws ApiFout.
 */
export function laadBijlageOp(vCode, body, opVoortgang = () => {}) {
  return new Promise((klaar, mislukt) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/verenigingen/${encodeURIComponent(vCode)}/bijlagen`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Content-Type', 'application/json');
    if (sessie.token) xhr.setRequestHeader('Authorization', `Bearer ${sessie.token}`);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) opVoortgang(e.loaded / e.total);
    });
    xhr.addEventListener('load', () => {
      let data = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // no JSON body (a proxy's error page)
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        opVoortgang(1);
        klaar({ status: xhr.status, data });
        return;
      }
      const fout = new ApiFout(xhr.status, data?.title || data?.detail ? data
        : { title: STANDAARD[xhr.status] ?? 'Het bestand kon niet opgeladen worden.', status: xhr.status });
      if (xhr.status === 401) bijNietAangemeld(fout);
      mislukt(fout);
    });
    xhr.addEventListener('error', () => mislukt(new ApiFout(0, {
      title: 'Het loket is niet bereikbaar.',
      detail: 'Controleer je internetverbinding en probeer het opnieuw.',
    })));
    xhr.send(JSON.stringify(body));
  });
}

// The behandelloket (case workers): every route answers 404 to someone without a role for the agency.
const zaakPad = (ovo, id) => `behandeling/${encodeURIComponent(ovo)}/zaken/${encodeURIComponent(id)}`;
export const behandelApi = {
  instanties: () => vraag('behandeling/instanties'),
  inbox: (ovo, filter = {}, vervolg = null) => {
    const q = new URLSearchParams({ aantal: '25' });
    for (const [k, v] of Object.entries(filter)) if (v) q.set(k, v);
    if (vervolg) q.set('vervolg', vervolg);
    return vraag(`behandeling/${encodeURIComponent(ovo)}/inbox?${q}`);
  },
  collegas: (ovo) => vraag(`behandeling/${encodeURIComponent(ovo)}/collegas`),
  zaak: (ovo, id) => vraag(zaakPad(ovo, id)),
  neem: (ovo, id) => vraag(`${zaakPad(ovo, id)}/nemen`, { methode: 'POST' }),
  heropen: (ovo, id) => vraag(`${zaakPad(ovo, id)}/heropenen`, { methode: 'POST' }),
  wijsToe: (ovo, id, medewerkerId) => vraag(`${zaakPad(ovo, id)}/toewijzen`, { methode: 'POST', body: { medewerkerId } }),
  vraag: (ovo, id, tekst) => vraag(`${zaakPad(ovo, id)}/vragen`, { methode: 'POST', body: { vraag: tekst } }),
  beslis: (ovo, id, body) => vraag(`${zaakPad(ovo, id)}/beslissen`, { methode: 'POST', body }),
  documentUrl: (ovo, id, documentId) => `/api/${zaakPad(ovo, id)}/documenten/${encodeURIComponent(documentId)}`,
  // A lending service's stock (docs/behandelloket.md): an item is added or changed whole, by its code.
  voorraad: (ovo) => vraag(`behandeling/${encodeURIComponent(ovo)}/voorraad`),
  bewaarItem: (ovo, item) => vraag(`behandeling/${encodeURIComponent(ovo)}/voorraad`, { methode: 'POST', body: item }),
  kalender: (ovo, van, tot) => vraag(`behandeling/${encodeURIComponent(ovo)}/kalender?${new URLSearchParams({ van, tot })}`),
  keurReservatie: (ovo, reservatieId, body) => vraag(`behandeling/${encodeURIComponent(ovo)}/reservaties/${encodeURIComponent(reservatieId)}/goedkeuring`,
    { methode: 'POST', body }),
};

function dossierPad(vCode, id) {
  return `verenigingen/${encodeURIComponent(vCode)}/dossiers/${encodeURIComponent(id)}`;
}

/**
 * Downloads a document (its `url` is "/api/…" and needs the bearer token, so a plain link cannot work).
 * Returns a Blob; throws ApiFout like `vraag`.
 */
export async function haalDocument(url) {
  const pad = String(url).replace(/^\/?api\//, '');
  const kop = {};
  if (sessie.token) kop.Authorization = `Bearer ${sessie.token}`;
  let antwoord;
  try {
    antwoord = await fetch(`/api/${pad}`, { headers: kop, cache: 'no-store' });
  } catch {
    throw new ApiFout(0, { title: 'Het loket is niet bereikbaar.', detail: 'Controleer je internetverbinding en probeer het opnieuw.' });
  }
  if (!antwoord.ok) {
    const data = await leesJson(antwoord);
    const fout = new ApiFout(antwoord.status, data?.title || data?.detail ? data
      : { title: STANDAARD[antwoord.status] ?? 'Het document kon niet gedownload worden.', status: antwoord.status });
    if (antwoord.status === 401) bijNietAangemeld(fout);
    throw fout;
  }
  return antwoord.blob();
}

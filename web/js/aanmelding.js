// Signing in with OpenID Connect: authorization code with PKCE at the provider the API names (ACM in production, the
// local provider in Development), through oidc-client-ts (web/vendor, copied there by `npm ci`). The access token is
// renewed with the refresh token before it runs out; signing out ends the session at the provider too.
import { sessie } from './sessie.js';
import { behandelApi } from './api.js';

let beheerder = null;

/** An error with the loket's own Dutch text, shown as it is (unlike the sign-in library's). */
class LoketFout extends Error {}

/** The UserManager for this loket, or null where no provider is configured (the API answers 404). */
export function aanbieder() {
  beheerder ??= maak();
  return beheerder;
}

async function maak() {
  let antwoord;
  try {
    antwoord = await fetch('/api/aanmelding', { headers: { Accept: 'application/json' }, cache: 'no-store' });
  } catch {
    throw new LoketFout('Het loket is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.');
  }
  if (antwoord.status === 404) return null;
  if (!antwoord.ok) throw new LoketFout('Het aanmelden kon niet voorbereid worden. Probeer het straks opnieuw.');
  const { authority, clientId, scope, inszClaim } = await antwoord.json();
  const oidc = globalThis.oidc;
  if (!oidc?.UserManager) throw new LoketFout('Het aanmelden kon niet geladen worden. Laad de pagina opnieuw.');

  const m = new oidc.UserManager({
    authority,
    client_id: clientId,
    redirect_uri: `${location.origin}/`,
    post_logout_redirect_uri: `${location.origin}/?afgemeld=1`,
    response_type: 'code',
    scope,
    automaticSilentRenew: true,
    loadUserInfo: false,
    // The sign-in ends with the browser tab, as before: a shared computer in a club house keeps nobody signed in.
    userStore: new oidc.WebStorageStateStore({ store: sessionStorage }),
  });
  const demo = ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(authority).hostname);
  m.events.addUserLoaded((user) => bewaar(user, inszClaim, demo));
  m.events.addUserUnloaded(() => sessie.wis());
  return m;
}

function bewaar(user, inszClaim, demo) {
  const p = user.profile ?? {};
  sessie.bewaar({
    token: user.access_token,
    insz: claimUitToken(user.access_token, inszClaim),
    naam: [p.given_name, p.family_name].filter(Boolean).join(' ') || p.name || 'onbekend',
    demo,
    verlooptOp: user.expires_at ? user.expires_at * 1000 : null,
    // A renewal keeps what signing in found out about the back office.
    behandelaar: sessie.gegevens?.behandelaar ?? false,
  });
}

// A case worker (a role for an agency in the behandelloket) starts in the back office; the back office answers 404
// to anyone else, so asking it is the one check that cannot disagree with the API.
export async function isBehandelaar() {
  try {
    await behandelApi.instanties();
    return true;
  } catch {
    return false;
  }
}

// The API reads the person's INSZ from the access token (a JWT it validates); the front end only needs it to recognise
// the person among the representatives, so it reads it without checking: the API checks.
function claimUitToken(token, naam) {
  try {
    const deel = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(deel))))[naam] ?? null;
  } catch {
    return null;
  }
}

/** Sends the browser to the provider; `bestemming` is where to land afterwards. */
export async function meldAan(bestemming) {
  const m = await aanbieder();
  await m.signinRedirect({ state: { bestemming } });
}

/**
 * Handles the return from the provider at start-up. Returns null when the address is no return, else
 * {bestemming} after signing in, {afgemeld: true} after signing out, or {fout} when signing in failed.
 */
export async function verwerkTerugkeer() {
  const query = new URLSearchParams(location.search);
  const isAanmelding = query.has('state') && (query.has('code') || query.has('error'));
  const isAfmelding = query.has('afgemeld');
  if (!isAanmelding && !isAfmelding) return null;
  // Whatever happens, the code and state leave the address bar and the history.
  const schoon = () => history.replaceState(null, '', `${location.pathname}#/aanmelden`);
  try {
    const m = await aanbieder();
    if (isAfmelding) {
      await m?.signoutRedirectCallback().catch(() => {});
      schoon();
      return { afgemeld: true };
    }
    const user = await m.signinRedirectCallback();
    const behandelaar = await isBehandelaar();
    sessie.bewaar({ ...sessie.gegevens, behandelaar });
    const bestemming = user.state?.bestemming ?? (behandelaar ? '/behandeling' : '/verenigingen');
    history.replaceState(null, '', `${location.pathname}#${bestemming}`);
    return { bestemming };
  } catch (fout) {
    schoon();
    return { fout: aanmeldFout(fout, query.get('error')) };
  }
}

/** Why signing in failed, in Dutch: the sign-in library's own messages are English and technical. */
function aanmeldFout(fout, code) {
  if (code === 'access_denied') return 'Je hebt het aanmelden geannuleerd.';
  if (fout instanceof LoketFout) return fout.message;
  if (code) return 'De aanmeldingsdienst heeft het aanmelden niet afgerond.';
  if (/state/i.test(fout?.message ?? '')) return 'Deze aanmelding is verlopen of werd in een ander venster gestart.';
  if (fout instanceof TypeError) return 'We konden de aanmeldingsdienst niet bereiken.';
  return 'De aanmeldingsdienst gaf een onverwacht antwoord.';
}

/** Signs out here and at the provider; the provider sends the browser back to the sign-in page. */
export async function meldAf() {
  const m = await aanbieder().catch(() => null);
  const user = await m?.getUser();
  sessie.wis();
  if (!m || !user) return false;
  await m.removeUser();
  await m.signoutRedirect({ id_token_hint: user.id_token });
  return true;
}

/** Forgets the sign-in here only (the API said the token is no longer good). */
export async function vergeet() {
  sessie.wis();
  const m = await aanbieder().catch(() => null);
  await m?.removeUser();
}

// The sign-in lives in sessionStorage: it ends with the browser tab, so a shared computer in a club house
// does not keep someone signed in.
const SLEUTEL = 'vloket.sessie';
const TERUG = 'vloket.terug';
const LAATSTE = 'vloket.laatste';

function lees() {
  try {
    return JSON.parse(sessionStorage.getItem(SLEUTEL)) ?? null;
  } catch {
    return null;
  }
}

export const sessie = {
  /** {token, insz, naam, demo, verlooptOp} or null when nobody is signed in (or the token ran out). */
  get gegevens() {
    const g = lees();
    if (!g?.token) return null;
    // A token past its lifetime would only earn a 401; treat it as signed out straight away.
    if (g.verlooptOp && Date.now() > g.verlooptOp) {
      sessionStorage.removeItem(SLEUTEL);
      return null;
    }
    return g;
  },
  get token() {
    return this.gegevens?.token ?? null;
  },
  get aangemeld() {
    return this.gegevens !== null;
  },
  bewaar(gegevens) {
    sessionStorage.setItem(SLEUTEL, JSON.stringify(gegevens));
    if (gegevens?.insz) sessionStorage.setItem(LAATSTE, gegevens.insz);
  },
  /**
   * Who was signed in last in this tab, also after the token ran out (then `gegevens` is gone): what they typed is
   * kept for them only (see onbewaard.js).
   */
  get laatste() {
    return sessionStorage.getItem(LAATSTE);
  },
  /** Signing out on purpose: the tab forgets who was signed in last too. */
  vergeetLaatste() {
    sessionStorage.removeItem(LAATSTE);
  },
  wis() {
    sessionStorage.removeItem(SLEUTEL);
  },
  /** Remembers where someone wanted to go, so signing in brings them there instead of to the start page. */
  onthoudBestemming(route) {
    sessionStorage.setItem(TERUG, route);
  },
  neemBestemming() {
    const route = sessionStorage.getItem(TERUG);
    sessionStorage.removeItem(TERUG);
    return route;
  },
};

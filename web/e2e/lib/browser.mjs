// What every browser journey shares: Debian's Chromium driven by playwright-core, a screenshot and an axe check per
// main screen, and small checks that print what they proved. A journey is a plain Node script: it exits non-zero on
// the first failed check, and the xunit runner (tests/VLoket.Tests/Web/BrowserTests.cs) reports its output.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

process.on('unhandledRejection', (e) => {
  console.error('MISLUKT (onverwachte fout):', e);
  process.exit(1);
});

export const BASE = process.env.BASE ?? 'http://127.0.0.1:7071/';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const UITVOER = process.env.SCHERMAFDRUKKEN ?? path.resolve('test-output', 'schermafdrukken');

/** Viewports the loket must work on: a laptop and a small phone (360 px, the issue's floor). */
export const LAPTOP = { width: 1280, height: 900 };
export const GSM = { width: 360, height: 780 };

// axe impacts that fail a journey; minor and moderate ones are printed so they are not forgotten.
const BLOKKEREND = new Set(['serious', 'critical']);

/**
 * Starts Chromium headless with the flags this closed network needs (no background calls to Google) and returns a
 * journey object. `naam` prefixes its screenshots.
 */
export async function start(naam, { viewport = LAPTOP } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium ontbreekt op ${CHROMIUM}. Installeer het met: npm run browser`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--lang=nl-BE', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const map = path.join(UITVOER, naam);
  // A journey's folder holds only this run's pictures.
  await rm(map, { recursive: true, force: true });
  await mkdir(map, { recursive: true });
  const fouten = [];
  let teller = 0;

  async function nieuweContext(opties = {}) {
    const ctx = await browser.newContext({ viewport, acceptDownloads: true, locale: 'nl-BE', timezoneId: 'Europe/Brussels', ...opties });
    ctx.setDefaultTimeout(15000);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => fouten.push(`JavaScript-fout: ${e.message}`));
    // Journeys run under the loket's Content-Security-Policy: a page of the loket without it fails the journey, and a
    // violation shows up as a console error, which fails it too.
    page.on('response', (r) => {
      if (r.request().resourceType() === 'document' && r.url().startsWith(BASE) && !r.headers()['content-security-policy']) {
        fouten.push(`geen Content-Security-Policy op ${r.url()}`);
      }
    });
    page.on('console', (m) => { if (m.type() === 'error' && !/status of (4\d\d)/.test(m.text())) fouten.push(`console: ${m.text()}`); });
    return page;
  }

  const page = await nieuweContext();
  // A journey that stops on a timeout leaves a picture of where it stood, and the text a volunteer would have read.
  const opFout = async (e) => {
    console.error(`MISLUKT: ${e?.message ?? e}`);
    try {
      await page.screenshot({ path: path.join(map, 'MISLUKT.png'), fullPage: true, timeout: 5000 });
      console.error(`--- pagina ---\n${(await page.locator('body').innerText({ timeout: 2000 })).slice(0, 3000)}`);
    } catch { /* the browser itself may be gone */ }
    process.exit(1);
  };
  process.removeAllListeners('unhandledRejection');
  process.on('unhandledRejection', opFout);
  process.on('uncaughtException', opFout);
  return {
    browser,
    page,
    nieuweContext,
    /**
     * A main screen: waits until nothing is loading, saves a full-page screenshot and runs axe. Serious or critical
     * violations fail the journey; at a phone width the page may not scroll sideways.
     */
    async scherm(schermNaam, p = page) {
      await rustig(p);
      const bestand = path.join(map, `${String(++teller).padStart(2, '0')}-${schermNaam}.png`);
      await p.screenshot({ path: bestand, fullPage: true });
      const resultaat = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const ernstig = resultaat.violations.filter((v) => BLOKKEREND.has(v.impact));
      for (const v of resultaat.violations.filter((x) => !BLOKKEREND.has(x.impact))) {
        console.log(`    axe (${v.impact}) ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      check(ernstig.length === 0, `${schermNaam}: geen ernstige toegankelijkheidsfouten${ernstig.length ? `\n${beschrijf(ernstig)}` : ''}`);
      const breedte = p.viewportSize().width;
      if (breedte <= GSM.width) {
        const scroll = await p.evaluate(() => document.documentElement.scrollWidth);
        check(scroll <= breedte, `${schermNaam}: past op ${breedte} px (breedte ${scroll})`);
      }
      console.log(`    schermafdruk ${path.relative(process.cwd(), bestand)}`);
      await writeFile(`${bestand}.axe.json`, JSON.stringify(resultaat.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })), null, 1));
    },
    /** Ends the journey: no JavaScript errors may have happened on the way. */
    async einde() {
      await browser.close();
      check(fouten.length === 0, `geen JavaScript-fouten in de browser${fouten.length ? `:\n${fouten.join('\n')}` : ''}`);
      process.exit(0);
    },
  };
}

function beschrijf(violations) {
  return violations.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`).join('\n');
}

/** Waits until the page shows no loading text and no busy region, so screenshots and axe see the finished screen. */
export async function rustig(page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .laden:not(.volgt)'), null, { timeout: 20000 });
}

export function check(voorwaarde, wat) {
  if (!voorwaarde) {
    console.error(`MISLUKT: ${wat}`);
    process.exit(1);
  }
  console.log(`ok  ${wat}`);
}

/** How long the trip to the provider and back may take: on a busy two-core machine a cold provider needs seconds. */
export const AANBIEDER_MS = 60000;

/**
 * Signs in as a demo persona as a volunteer would, through OpenID Connect: the loket's sign-in button, the local
 * provider's persona picker (its login page), and back with a code the front end exchanges (PKCE).
 */
export async function meldAan(page, voornaam, { scherm } = {}) {
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  const kies = page.getByRole('button', { name: new RegExp(`^Aanmelden als ${voornaam}\\b`) });
  await kies.waitFor({ timeout: AANBIEDER_MS });
  if (scherm) await scherm('aanmeldpagina-aanbieder', page);
  await kies.click();
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Aanmelden' }).waitFor({ timeout: AANBIEDER_MS });
}

/** Opens a part of the association through its tab bar, and waits until it has loaded. */
export async function naarTab(page, naam) {
  await page.getByRole('navigation', { name: 'Onderdelen van de vereniging' }).getByRole('link', { name: naam, exact: true }).click();
  await rustig(page);
}

/** The error messages shown next to a field (its `aria-describedby` points at them), as a sighted user reads them. */
export async function foutBij(veld) {
  return veld.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ')
    .map((id) => document.getElementById(id)).filter((e) => e && e.classList.contains('veld-fout') && !e.hidden)
    .map((e) => e.textContent.trim()).join(' '));
}

/** The text of the page's main region, for checks on what a volunteer reads. */
export async function tekst(page, selector = 'main') {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

/** Calls the loket's API straight from Node, for what a journey prepares or checks outside the browser. */
export function api(pad, { methode = 'GET', token, body } = {}) {
  return fetch(new URL(`api/${pad}`, BASE), {
    method: methode,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
}

/** A development token for a person (Development only: `POST /api/dev/token`). */
export async function tokenVoor(insz, voornaam, rollen = []) {
  return (await (await api('dev/token', { methode: 'POST', body: { insz, voornaam, achternaam: 'Demo', rollen } })).json()).token;
}

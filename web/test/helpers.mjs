// Shared by the smoke tests: the page skeleton of index.html on the DOM of dom.mjs, and small helpers to act like a user.
process.on('unhandledRejection', (e) => {
  console.error('Onverwachte fout:', e);
  process.exit(1);
});
import { installeer } from './dom.mjs';

export const BASE = process.env.BASE ?? 'http://127.0.0.1:7099/';
export const { document, location, sessionStorage, bevestig } = installeer(BASE);

// The static skeleton of web/index.html.
const h = (tag, attrs = {}, ...kids) => { const e = document.createElement(tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); e.append(...kids); return e; };
document.body.append(
  h('header', {}, h('div', { id: 'gebruiker', hidden: '' }, h('span', { id: 'gebruiker-naam' }), h('button', { type: 'button', id: 'afmelden' }, 'Afmelden'))),
  h('nav', { id: 'hoofdnavigatie', hidden: '' }, h('ul', {},
    h('li', {}, h('a', { href: '#/verenigingen', 'data-sectie': 'verenigingen' }, 'Mijn verenigingen')),
    h('li', {}, h('a', { href: '#/registreren', 'data-sectie': 'registreren' }, 'Vereniging registreren')),
    h('li', { id: 'nav-behandeling', hidden: '' }, h('a', { href: '#/behandeling', 'data-sectie': 'behandeling' }, 'Behandelloket')))),
  h('main', { id: 'inhoud' }, h('div', { id: 'foutmeldingen', role: 'alert' }), h('div', { id: 'statusmeldingen', role: 'status' }), h('div', { id: 'pagina' })));

export const wacht = (ms) => new Promise((r) => setTimeout(r, ms));
export async function wachtTot(pred, wat, ms = 8000) {
  const eind = Date.now() + ms;
  for (;;) {
    try { const r = pred(); if (r) return r; } catch { /* not yet */ }
    if (Date.now() > eind) throw new Error(`Time-out: ${wat}\n--- pagina ---\n${zichtbaar().slice(0, 3000)}`);
    await wacht(50);
  }
}

function verborgen(e) { for (let n = e; n && n.tagName; n = n.parentNode) if (n.hidden) return true; return false; }
export function zichtbaar(root = document.body) {
  const uit = [];
  (function loop(n) {
    if (n.tagName && n.hidden) return;
    if (n.data !== undefined) uit.push(n.data);
    for (const c of n.childNodes) loop(c);
    if (['P', 'LI', 'H1', 'H2', 'H3', 'DD', 'LEGEND', 'LABEL', 'BUTTON', 'TR'].includes(n.tagName)) uit.push('\n');
  })(root);
  return uit.join('').replace(/\n\s*\n+/g, '\n');
}
export const pagina = () => document.getElementById('pagina');
export const fout = () => zichtbaar(document.getElementById('foutmeldingen')).trim();
export const status = () => zichtbaar(document.getElementById('statusmeldingen')).trim();

export function knop(tekst, root = document.body) {
  const k = root.querySelectorAll('button, a').find((e) => !verborgen(e) && (e.textContent.trim() === tekst || e.getAttribute('aria-label') === tekst));
  if (!k) throw new Error(`Knop niet gevonden: ${tekst}\n${zichtbaar(root).slice(0, 2000)}`);
  return k;
}
export function veld(label, root = document.body) {
  const l = root.querySelectorAll('label').find((e) => !verborgen(e) && e.textContent.replace(' (verplicht)', '').trim() === label);
  if (!l) throw new Error(`Veld niet gevonden: ${label}`);
  return document.getElementById(l.getAttribute('for'));
}
export function foutBij(invoer) {
  const ids = (invoer.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).filter((e) => e && e.classList.contains('veld-fout') && !e.hidden).map((e) => e.textContent).join(' ');
}
export function check(voorwaarde, wat) {
  if (!voorwaarde) throw new Error(`MISLUKT: ${wat}`);
  console.log(`ok  ${wat}`);
}
export async function ga(route) { location.hash = route; await wacht(20); }

// A minimal DOM, just enough to drive the front end in Node: the project has no browser on its machines and no
// npm packages. Only the smoke tests load it; index.html never does.
class Ev {
  constructor(type, o = {}) { this.type = type; this.bubbles = o.bubbles ?? false; this.cancelable = o.cancelable ?? false; this.defaultPrevented = false; this.submitter = o.submitter; this.key = o.key; }
  preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
  stopPropagation() { this.gestopt = true; }
}
export { Ev as Event };

function verzameling(lijst) {
  const c = { length: lijst.length, item: (i) => lijst[i] ?? null, [Symbol.iterator]: () => lijst[Symbol.iterator]() };
  lijst.forEach((x, i) => { c[i] = x; });
  return Object.freeze(c);
}

class Doel {
  constructor() { this._l = {}; }
  addEventListener(t, f) { (this._l[t] ??= []).push(f); }
  removeEventListener(t, f) { this._l[t] = (this._l[t] ?? []).filter((x) => x !== f); }
  _fire(e) { for (const f of [...(this._l[e.type] ?? [])]) { e.currentTarget = this; f.call(this, e); } }
  dispatchEvent(e) {
    e.target ??= this;
    let n = this;
    while (n) { n._fire(e); if (!e.bubbles || e.gestopt) break; n = n.parentNode ?? (n === globalThis.document ? globalThis.window : null); }
    return !e.defaultPrevented;
  }
}

class Knoop extends Doel {
  constructor() { super(); this.childNodes = []; this.parentNode = null; }
  get parentElement() { return this.parentNode instanceof Element ? this.parentNode : null; }
  get isConnected() { let n = this; while (n.parentNode) n = n.parentNode; return n === globalThis.document; }
  get textContent() { return this.childNodes.map((c) => c.textContent).join(''); }
  set textContent(t) { this.replaceChildren(); if (t !== '' && t != null) this.append(String(t)); }
  append(...ks) {
    for (let k of ks) {
      if (!(k instanceof Knoop)) k = new Tekst(String(k));
      if (k instanceof Fragment) { this.append(...k.childNodes); continue; }
      k.remove(); k.parentNode = this; this.childNodes.push(k);
    }
  }
  appendChild(k) { this.append(k); return k; }
  replaceChildren(...ks) { for (const c of [...this.childNodes]) c.remove(); this.append(...ks); }
  remove() { if (this.parentNode) { const p = this.parentNode; p.childNodes = p.childNodes.filter((c) => c !== this); this.parentNode = null; } }
  contains(n) { for (; n; n = n.parentNode) if (n === this) return true; return false; }
  // An HTMLCollection, as browsers give it: indexable and iterable, without the array methods (find, map …).
  get children() { return verzameling(this.childNodes.filter((c) => c instanceof Element)); }
  *_afstammelingen() { for (const c of this.children) { yield c; yield* c._afstammelingen(); } }
  querySelectorAll(s) { const m = parse(s); return [...this._afstammelingen()].filter((e) => m(e)); }
  querySelector(s) { return this.querySelectorAll(s)[0] ?? null; }
}
class Tekst extends Knoop { constructor(t) { super(); this.data = t; } get textContent() { return this.data; } set textContent(t) { this.data = t; } }
class Fragment extends Knoop {}

const BOOL = ['hidden', 'disabled', 'checked', 'selected', 'required', 'novalidate'];
class Element extends Knoop {
  constructor(tag) {
    super(); this.tagName = tag.toUpperCase(); this.attrs = new Map(); this._value = null; this._checked = null;
    const self = this;
    this.dataset = new Proxy({}, {
      get: (_, k) => self.getAttribute(`data-${String(k).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`) ?? undefined,
      set: (_, k, v) => { self.setAttribute(`data-${String(k).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, v); return true; },
    });
  }
  setAttribute(n, v) { this.attrs.set(n.toLowerCase(), String(v)); }
  getAttribute(n) { return this.attrs.has(n.toLowerCase()) ? this.attrs.get(n.toLowerCase()) : null; }
  removeAttribute(n) { this.attrs.delete(n.toLowerCase()); }
  hasAttribute(n) { return this.attrs.has(n.toLowerCase()); }
  get id() { return this.getAttribute('id') ?? ''; } set id(v) { this.setAttribute('id', v); }
  get className() { return this.getAttribute('class') ?? ''; }
  get classList() {
    const el = this; const lijst = () => el.className.split(/\s+/).filter(Boolean);
    return {
      add: (...c) => el.setAttribute('class', [...new Set([...lijst(), ...c])].join(' ')),
      remove: (...c) => el.setAttribute('class', lijst().filter((x) => !c.includes(x)).join(' ')),
      contains: (c) => lijst().includes(c),
    };
  }
  get hidden() { return this.hasAttribute('hidden'); } set hidden(v) { if (v) this.setAttribute('hidden', ''); else this.removeAttribute('hidden'); }
  get type() { return this.getAttribute('type') ?? (this.tagName === 'BUTTON' ? 'submit' : this.tagName === 'INPUT' ? 'text' : ''); }
  set type(v) { this.setAttribute('type', v); }
  get value() {
    if (this.tagName === 'SELECT') { const o = this.querySelectorAll('option'); const s = o.find((x) => x._sel) ?? o.find((x) => x.hasAttribute('selected')) ?? o[0]; return s ? s.value : ''; }
    if (this.tagName === 'OPTION') return this.getAttribute('value') ?? this.textContent;
    if (this._value !== null) return this._value;
    if (this.tagName === 'TEXTAREA') return this.textContent;
    return this.getAttribute('value') ?? (this.tagName === 'BUTTON' ? '' : '');
  }
  set value(v) {
    if (this.tagName === 'SELECT') { for (const o of this.querySelectorAll('option')) o._sel = o.value === v; return; }
    if (this.tagName === 'OPTION') { this.setAttribute('value', v); return; }
    this._value = String(v);
  }
  get checked() { return this._checked ?? this.hasAttribute('checked'); } set checked(v) { this._checked = Boolean(v); }
  // What the page put in a field, as the browser keeps it apart from what was typed since.
  get defaultValue() { return this.tagName === 'TEXTAREA' ? this.textContent : this.getAttribute('value') ?? ''; }
  set defaultValue(v) { this.setAttribute('value', String(v)); }
  get defaultChecked() { return this.hasAttribute('checked'); }
  set defaultChecked(v) { if (v) this.setAttribute('checked', ''); else this.removeAttribute('checked'); }
  get options() { return this.querySelectorAll('option'); }
  get selected() { return this._sel ?? this.hasAttribute('selected'); }
  get defaultSelected() { return this.hasAttribute('selected'); }
  get isDisabled() { return this.hasAttribute('disabled'); }
  focus() { globalThis.document.activeElement = this; }
  blur() {}
  scrollIntoView() {}
  closest(s) { const m = parse(s); for (let n = this; n instanceof Element; n = n.parentNode) if (m(n)) return n; return null; }
  matches(s) { return parse(s)(this); }
  click() {
    const e = new Ev('click', { bubbles: true, cancelable: true });
    this.dispatchEvent(e);
    if (e.defaultPrevented) return;
    if (this.tagName === 'INPUT' && this.type === 'checkbox') { this.checked = !this.checked; this.dispatchEvent(new Ev('change', { bubbles: true })); return; }
    if (this.tagName === 'A') { const href = this.getAttribute('href'); if (href?.startsWith('#')) globalThis.location.hash = href; return; }
    if (this.tagName === 'BUTTON' && this.type === 'submit') { const f = this.closest('form'); if (f) f.requestSubmit(this); }
  }
  requestSubmit(submitter) {
    const e = new Ev('submit', { bubbles: true, cancelable: true, submitter });
    this.dispatchEvent(e);
    if (!e.defaultPrevented && this.getAttribute('method') === 'dialog') this.closest('dialog')?.close(submitter?.value ?? '');
  }
  // Dialog
  showModal() { this.open = true; this.setAttribute('open', ''); }
  close(v) { this.returnValue = v ?? ''; this.open = false; this.removeAttribute('open'); this.dispatchEvent(new Ev('close')); }
  // Typing into a field as a person would.
  typ(tekst) { this.value = tekst; this.dispatchEvent(new Ev('input', { bubbles: true })); }
  kies(v) { this.value = v; this.dispatchEvent(new Ev('change', { bubbles: true })); }
}

function compound(s) {
  const tests = [];
  const re = /^(\*|[a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:([\^]?=)"?([^\]"]*)"?)?\]|:not\(([^)]*)\)|(:checked)/g;
  let r; let pos = 0;
  while ((r = re.exec(s)) && r.index === pos) {
    pos = re.lastIndex;
    const m = [...r];
    if (m[1] && m[1] !== '*') { const t = m[1].toUpperCase(); tests.push((e) => e.tagName === t); }
    else if (m[2]) tests.push((e) => e.id === m[2]);
    else if (m[3]) tests.push((e) => e.classList.contains(m[3]));
    else if (m[4]) {
      const [n, op, v] = [m[4], m[5], m[6]];
      tests.push((e) => e.hasAttribute(n) && (!op || (op === '=' ? e.getAttribute(n) === v : e.getAttribute(n).startsWith(v))));
    } else if (m[7]) { const inner = compound(m[7]); tests.push((e) => !inner(e)); }
    else if (m[8]) tests.push((e) => e.checked === true);
    re.lastIndex = pos;
  }
  if (pos !== s.length) throw new Error(`selector niet ondersteund: ${s}`);
  return (e) => tests.every((t) => t(e));
}
function parse(lijst) {
  const alternatieven = lijst.split(',').map((s) => s.trim().split(/\s+/).map(compound));
  return (e) => alternatieven.some((delen) => {
    if (!delen.at(-1)(e)) return false;
    let n = e.parentNode; let i = delen.length - 2;
    while (i >= 0 && n instanceof Element) { if (delen[i](n)) i--; n = n.parentNode; }
    return i < 0;
  });
}

export function installeer(base) {
  const document = new Knoop();
  Object.assign(document, {
    createElement: (t) => new Element(t),
    createTextNode: (t) => new Tekst(t),
    createDocumentFragment: () => new Fragment(),
    getElementById: (id) => document.querySelector(`#${id}`),
    activeElement: null,
    title: '',
  });
  const body = new Element('body'); document.append(body); document.body = body;
  const window = new Doel();
  let hash = '';
  const location = {
    get hash() { return hash; },
    set hash(v) { const nieuw = v.startsWith('#') ? v : `#${v}`; if (nieuw === hash) return; hash = nieuw; setTimeout(() => window._fire(new Ev('hashchange')), 0); },
  };
  window.scrollTo = () => {};
  // A page that replaces its address without a new visit (staying after "leave this page?") fires no hashchange.
  const zetStil = (_staat, _titel, url) => { hash = url.startsWith('#') ? url : `#${url}`; };
  const history = { replaceState: zetStil, pushState: zetStil };
  // window.confirm answers as the test says (leave by default, as before there was a question); what was asked is kept.
  const bevestig = { gevraagd: [], antwoord: true };
  const confirm = (vraag) => { bevestig.gevraagd.push(vraag); return bevestig.antwoord; };
  const opslag = new Map();
  const sessionStorage = { getItem: (k) => opslag.get(k) ?? null, setItem: (k, v) => opslag.set(k, String(v)), removeItem: (k) => opslag.delete(k), clear: () => opslag.clear() };
  const echteFetch = globalThis.fetch;
  // Just enough XMLHttpRequest (over fetch) and FileReader for an upload; progress is reported once, at the end.
  class Xhr extends Doel {
    constructor() { super(); this.upload = new Doel(); this.kop = {}; }
    open(methode, url) { this.methode = methode; this.url = url; }
    setRequestHeader(k, v) { this.kop[k] = v; }
    async send(body) {
      try {
        const r = await echteFetch(new URL(this.url, base), { method: this.methode, headers: this.kop, body });
        this.status = r.status;
        this.responseText = await r.text();
        this.upload._fire(Object.assign(new Ev('progress'), { lengthComputable: true, loaded: 1, total: 1 }));
        this._fire(new Ev('load'));
      } catch {
        this._fire(new Ev('error'));
      }
    }
  }
  class Lezer {
    async readAsDataURL(blob) {
      this.result = `data:${blob.type};base64,${Buffer.from(await blob.arrayBuffer()).toString('base64')}`;
      this.onload?.();
    }
  }
  Object.assign(globalThis, {
    document, window, location, history, confirm, sessionStorage, Node: Knoop, Event: Ev, XMLHttpRequest: Xhr, FileReader: Lezer,
    fetch: (url, o) => echteFetch(new URL(url, base), o),
  });
  return { document, window, location, sessionStorage, Element, bevestig };
}

// Renders /api/openapi.json as a readable list of operations grouped by tag.
// Plain DOM building with textContent: nothing from the document is parsed as HTML.

const METHODEN = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

function el(tag, tekst, klasse) {
  const e = document.createElement(tag);
  if (tekst !== undefined && tekst !== null) e.textContent = String(tekst);
  if (klasse) e.className = klasse;
  return e;
}

// Follows a local $ref ("#/components/schemas/X") so schemas show their fields, not just a name.
function los(doc, schema) {
  if (schema && typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) {
    return schema.$ref.slice(2).split('/').reduce((o, k) => (o ? o[k] : undefined), doc) ?? schema;
  }
  return schema;
}

// A compact, type-script-like sketch of a schema; depth-limited because schemas can refer to themselves.
function schets(doc, schema, diepte = 0) {
  const s = los(doc, schema);
  if (!s) return 'any';
  const naam = schema && schema.$ref ? schema.$ref.split('/').pop() : null;
  const typen = [].concat(s.type ?? []);
  const nullbaar = typen.includes('null') ? ' | null' : '';
  const type = typen.filter((t) => t !== 'null')[0];
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ') + nullbaar;
  if (type === 'array') return `${schets(doc, s.items, diepte)}[]${nullbaar}`;
  if (type === 'object' && s.properties) {
    if (diepte >= 3) return (naam ?? 'object') + nullbaar;
    const vereist = new Set(s.required ?? []);
    const pad = '  '.repeat(diepte + 1);
    const velden = Object.entries(s.properties)
      .map(([k, v]) => `${pad}${k}${vereist.has(k) ? '' : '?'}: ${schets(doc, v, diepte + 1)}`);
    return `${naam ? naam + ' ' : ''}{\n${velden.join('\n')}\n${'  '.repeat(diepte)}}${nullbaar}`;
  }
  if (type === 'object' && s.additionalProperties) return `{ [sleutel: string]: ${schets(doc, s.additionalProperties, diepte)} }${nullbaar}`;
  if (s.oneOf) return s.oneOf.map((o) => schets(doc, o, diepte)).join(' | ');
  return (type ? type + (s.format ? ` (${s.format})` : '') : 'any') + nullbaar;
}

function toonOperatie(doc, pad, methode, op) {
  const blok = el('section', null, 'api-operatie');
  const kop = el('h3');
  kop.append(el('span', methode, 'api-methode'), el('code', pad));
  if (Array.isArray(op.security) && op.security.length === 0) kop.append(el('span', 'openbaar', 'api-openbaar'));
  blok.append(kop);
  if (op.summary) blok.append(el('p', op.summary));

  const parameters = op.parameters ?? [];
  if (parameters.length) {
    blok.append(el('h4', 'Parameters'));
    const lijst = el('ul');
    for (const p of parameters) {
      const li = el('li');
      li.append(el('code', p.name), el('span', ` (${p.in}${p.required ? ', verplicht' : ''})${p.description ? ': ' + p.description : ''}`));
      lijst.append(li);
    }
    blok.append(lijst);
  }

  if (op.requestBody) {
    blok.append(el('h4', 'Verzoek'));
    for (const [type, media] of Object.entries(op.requestBody.content ?? {})) {
      blok.append(el('p', type), el('pre', schets(doc, media.schema), 'api-schema'));
    }
  }

  blok.append(el('h4', 'Antwoorden'));
  const antwoorden = el('ul');
  for (const [code, antwoord] of Object.entries(op.responses ?? {})) {
    const li = el('li');
    li.append(el('strong', code), el('span', ` ${antwoord.description ?? ''}`));
    for (const [type, media] of Object.entries(antwoord.content ?? {})) {
      li.append(el('div', type), el('pre', schets(doc, media.schema), 'api-schema'));
    }
    antwoorden.append(li);
  }
  blok.append(antwoorden);
  return blok;
}

async function toon() {
  const doel = document.getElementById('api');
  try {
    const antwoord = await fetch('/api/openapi.json');
    if (!antwoord.ok) throw new Error(`HTTP ${antwoord.status}`);
    const doc = await antwoord.json();
    const perTag = new Map();
    for (const [pad, item] of Object.entries(doc.paths ?? {})) {
      for (const methode of METHODEN) {
        const op = item[methode];
        if (!op) continue;
        const tag = (op.tags ?? ['Overige'])[0];
        if (!perTag.has(tag)) perTag.set(tag, []);
        perTag.get(tag).push(toonOperatie(doc, pad, methode, op));
      }
    }
    doel.replaceChildren();
    for (const tag of [...perTag.keys()].sort()) {
      doel.append(el('h2', tag), ...perTag.get(tag));
    }
  } catch (fout) {
    doel.textContent = `Het API-document kon niet geladen worden (${fout.message}).`;
  }
}

toon();

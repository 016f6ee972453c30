// DOM and formatting helpers. Every text from papers goes into the page through text nodes, never as markup:
// el() takes strings as text children, and nothing in this app assigns innerHTML.

/** Creates an element; attrs are set as properties or attributes; string children become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'className') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Snippet parts ({text, mark}) as chemistry nodes and <mark> elements. */
export function snippetNodes(parts) {
  return (parts || []).flatMap(p => p.mark ? [el('mark', {}, chem(p.text))] : chem(p.text));
}

// Chemistry as printed. Records keep the extractor's ASCII script markup (ScriptMarkup.java): ^x superscript,
// _x subscript, braced when the script holds a space (^{a, b}); an unbraced script ends at a space, a closing
// punctuation mark, a capital or the next marker. The page shows them as <sup>/<sub> (and "Ohm" as Ω); canvas
// text (plot axes) gets Unicode scripts where Unicode has them.
const SCRIPT = /([_^])(?:\{([^{}]*)\}|([^\s_^{}]+?)(?=[\s,;:)\]/]|$|\p{Lu}|[_^]))/gu;
const OHM = /(^|[^A-Za-z])([kmMµμ]?)Ohms?\b/g;

function ohms(text) {
  return text.replace(OHM, (m, before, prefix) => `${before}${prefix}Ω`);
}

/** Text with script markup as text nodes, <sub> and <sup> elements (never markup parsed from the text). */
export function chem(text) {
  if (text === null || text === undefined) return [];
  const s = ohms(String(text));
  const out = [];
  let at = 0;
  for (const m of s.matchAll(SCRIPT)) {
    // A marker counts only between two non-space characters ("x ^ y" and "snake_" stay as written).
    if (m.index === 0 || /\s/.test(s[m.index - 1])) continue;
    if (m.index > at) out.push(document.createTextNode(s.slice(at, m.index)));
    out.push(el(m[1] === '^' ? 'sup' : 'sub', {}, m[2] ?? m[3]));
    at = m.index + m[0].length;
  }
  if (at < s.length) out.push(document.createTextNode(s.slice(at)));
  return out;
}

/** An element holding chemistry text. */
export function chemEl(tag, attrs, text) {
  return el(tag, attrs, chem(text));
}

const SUP = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '⁺', '.': '·' };
const SUB = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '-': '₋', '+': '₊' };

/** Plain-text chemistry for canvas (plot axes, tooltips): Unicode scripts where all characters have one. */
export function chemText(text) {
  if (text === null || text === undefined) return '';
  const s = ohms(String(text));
  return s.replace(SCRIPT, (m, marker, braced, bare, offset) => {
    if (offset === 0 || /\s/.test(s[offset - 1])) return m;
    const script = braced ?? bare;
    const table = marker === '^' ? SUP : SUB;
    return [...script].every(c => table[c]) ? [...script].map(c => table[c]).join('') : script;
  });
}

export const PROPERTY_LABELS = {
  charge_transfer_resistance: 'R_ct',
  li_diffusion_coefficient: 'D_Li^+',
  capacity_retention: 'Capacity retention',
  initial_coulombic_efficiency: 'ICE',
  specific_capacity: 'Specific capacity',
  dopant_concentration: 'Dopant concentration',
  ionic_conductivity: 'Ionic conductivity',
  electronic_conductivity: 'Electronic conductivity',
  li_migration_barrier: 'Li^+ migration barrier',
  cycling_stability: 'Cycling stability',
  // A property group of the facet (property:retention): rate capability and retention after N cycles, in %.
  retention: 'Retention (rate or cycles)',
};

export function propertyLabel(id) {
  return PROPERTY_LABELS[id] || id;
}

/** A number for people: 4 significant digits, exponent form for very small or large magnitudes. */
export function formatNumber(v) {
  if (v === null || v === undefined) return '';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) {
    const [mantissa, exponent] = v.toExponential(2).split('e');
    return `${Number(mantissa)}×10${superscript(Number(exponent))}`;
  }
  return String(Number(v.toPrecision(4)));
}

const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

function superscript(n) {
  return [...String(n)].map(c => SUPERSCRIPT[c]).join('');
}

/** value (or range) with comparator, approximation and unit, as a paper would print it. */
export function formatValue(r) {
  if (r.value === undefined || r.value === null) return r.factor ? `×${formatNumber(r.factor)}` : '';
  let text = formatNumber(r.value);
  if (r.value_max !== undefined) text += `–${formatNumber(r.value_max)}`;
  if (r.comparator) text = `${r.comparator} ${text}`;
  if (r.approx) text = `~${text}`;
  return `${text} ${r.unit}`;
}

export function formatRate(r) {
  return r.rate ? `${formatNumber(r.rate.value)} ${r.rate.unit}` : '';
}

/** Baseline and the change to the value: "150.9 → −65%", or the stated factor. */
export function formatChange(r) {
  if (r.baseline !== undefined && r.baseline !== null) {
    let text = formatNumber(r.baseline);
    if (r.value !== undefined && r.value !== null && r.baseline !== 0) {
      const pct = (r.value - r.baseline) / r.baseline * 100;
      text += ` → ${pct > 0 ? '+' : '−'}${Math.abs(pct).toFixed(Math.abs(pct) < 10 ? 1 : 0)}%`;
    }
    return text;
  }
  return r.factor ? `×${formatNumber(r.factor)}` : '';
}

/** The query with one top-level term removed (a chip's ×); the rest of the query is left as typed. */
export function withoutTerm(query, term) {
  const terms = topLevelTerms(query);
  const i = terms.lastIndexOf(term);
  if (i < 0) return query;
  terms.splice(i, 1);
  return terms.join(' ');
}

/**
 * The query's top-level terms: white space outside quotes and parentheses separates them. A query with a
 * top-level OR or NOT is one term (removing a part of it would change its meaning).
 */
export function topLevelTerms(query) {
  const terms = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const c of query.trim()) {
    if (c === '"') quoted = !quoted;
    if (!quoted && c === '(') depth++;
    if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    if (!quoted && depth === 0 && /\s/.test(c)) {
      if (current) terms.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current) terms.push(current);
  if (terms.some(t => t === 'OR' || t === 'NOT')) return query.trim() ? [query.trim()] : [];
  return terms.filter(t => t !== 'AND');
}

/** How a paper is named: its title, and "Jia et al., 2025" when known. */
export function paperName(p) {
  if (!p) return { title: '', byline: '' };
  const author = p.first_author ? p.first_author.split(/\s+/).pop() + (p.author_count > 1 ? ' et al.' : '') : '';
  const byline = [author, p.year].filter(Boolean).join(', ');
  return { title: p.title || p.label || '', byline };
}

export function formatDopant(d) {
  if (!d) return '';
  const elements = d.elements.join(', ');
  return d.value !== undefined && d.value !== null ? `${elements} ${formatNumber(d.value)} ${d.unit}` : elements;
}

/** Adds a term to a query so that it narrows the whole query, whatever operators the query uses. */
export function narrow(query, term) {
  const q = query.trim();
  if (!q) return term;
  if (q.includes(term)) return q;
  return /\bOR\b/.test(q) ? `(${q}) ${term}` : `${q} ${term}`;
}

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  return checked(response, body);
}

function checked(response, body) {
  if (!response.ok) {
    const error = new Error(body.error || `HTTP ${response.status}`);
    error.position = body.position;
    error.status = response.status;
    throw error;
  }
  return body;
}

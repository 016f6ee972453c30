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

/** Snippet parts ({text, mark}) as text nodes and <mark> elements. */
export function snippetNodes(parts) {
  return (parts || []).map(p => p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text));
}

export const PROPERTY_LABELS = {
  charge_transfer_resistance: 'R_ct',
  li_diffusion_coefficient: 'D_Li⁺',
  capacity_retention: 'Capacity retention',
  initial_coulombic_efficiency: 'ICE',
  specific_capacity: 'Specific capacity',
  dopant_concentration: 'Dopant concentration',
  ionic_conductivity: 'Ionic conductivity',
  electronic_conductivity: 'Electronic conductivity',
  li_migration_barrier: 'Li⁺ migration barrier',
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
  if (!response.ok) {
    const error = new Error(body.error || `HTTP ${response.status}`);
    error.position = body.position;
    error.status = response.status;
    throw error;
  }
  return body;
}

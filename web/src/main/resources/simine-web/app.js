// The page: search view (query box, chips, facets, results, record), paper view and compare view. Every query and
// view is a URL (History API): Back and Forward step through them, bookmarks reopen them. Plots live in plots.js,
// the paper view in paper.js, the compare view in compare.js.
import { el, chem, chemEl, snippetNodes, propertyLabel, formatNumber, formatValue, formatRate, formatChange,
  formatDopant, narrow, withoutTerm, topLevelTerms, paperName, getJson } from './dom.js';
import { refreshPlots, hidePlots } from './plots.js';
import { showPaper } from './paper.js';
import { showCompare, addToCompare } from './compare.js';

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULTS = { view: 'search', q: '', sort: 'relevance', offset: 0, limit: 20, silicon: true, record: null,
  paper: null, materials: [] };
export const state = Object.assign({}, DEFAULTS);
const $ = id => document.getElementById(id);

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.view = ['paper', 'compare'].includes(params.get('view')) ? params.get('view') : 'search';
  state.q = params.get('q') || '';
  state.sort = params.get('sort') || 'relevance';
  state.offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const limit = parseInt(params.get('limit') || '20', 10);
  state.limit = PAGE_SIZES.includes(limit) ? limit : 20;
  state.silicon = params.get('si') !== '0';
  state.record = params.get('record');
  state.paper = params.get('paper');
  state.materials = params.getAll('m').slice(0, 5);
}

/** The URL of the current state: only what differs from the defaults. */
function urlOf(s) {
  const params = new URLSearchParams();
  if (s.view !== 'search') params.set('view', s.view);
  if (s.view === 'paper' && s.paper) params.set('paper', s.paper);
  if (s.view === 'compare') s.materials.forEach(m => params.append('m', m));
  if (s.q) params.set('q', s.q);
  if (!s.silicon) params.set('si', '0');
  if (s.view === 'search') {
    if (s.sort !== 'relevance') params.set('sort', s.sort);
    if (s.offset) params.set('offset', String(s.offset));
    if (s.limit !== 20) params.set('limit', String(s.limit));
    if (s.record) params.set('record', s.record);
  }
  const search = params.toString();
  return search ? `?${search}` : location.pathname;
}

/**
 * Moves to a new state: a new history entry (so Back returns to the previous query or view), or the same entry
 * replaced for changes that are not worth a step back (opening a record).
 */
export function go(changes, { replace = false, replot = true } = {}) {
  Object.assign(state, changes);
  const url = urlOf(state);
  if (replace) history.replaceState(null, '', url);
  else if (url !== location.pathname + location.search) history.pushState(null, '', url);
  render({ replot });
}

/** Parameters every selection request shares: the query and the silicon switch. */
export function selection(extra = {}) {
  const params = new URLSearchParams(extra);
  params.set('q', state.q);
  if (state.silicon) params.set('silicon', '1');
  return params;
}

let lastSelection = null;

async function render({ replot = true } = {}) {
  document.body.dataset.view = state.view;
  $('q').value = state.q;
  $('silicon').checked = state.silicon;
  for (const a of document.querySelectorAll('#views a')) a.classList.toggle('active', a.dataset.view === state.view);
  $('search-view').hidden = state.view !== 'search';
  $('paper-view').hidden = state.view !== 'paper';
  $('compare-view').hidden = state.view !== 'compare';
  updateExportLinks();
  renderChips();
  if (state.view === 'paper') return busy(() => showPaper(state.paper));
  if (state.view === 'compare') return busy(() => showCompare(state.materials));
  // Plots follow the selection, not the page or the order: redrawn only when the selection changed.
  const key = `${state.q}|${state.silicon}`;
  await busy(() => search({ replot: replot && key !== lastSelection }));
  lastSelection = key;
  if (state.record) await openRecord(state.record, { push: false });
  else closeRecord({ push: false });
}

async function busy(task) {
  document.body.dataset.state = 'loading';
  try {
    await task();
  } finally {
    document.body.dataset.state = 'ready';
  }
}

async function search({ replot }) {
  const params = selection({ limit: state.limit, offset: state.offset, sort: state.sort });
  try {
    const result = await getJson(`/api/search?${params}`);
    showStatus(result);
    renderFacets(result.facets);
    renderHits(result);
    if (replot) refreshPlots(state.q, state.silicon);
  } catch (error) {
    showError(error);
    renderFacets([]);
    renderHits({ hits: [], total: 0, offset: 0 });
    hidePlots(); // the message above says it once; no empty plot frames under it
    lastSelection = null;
  }
}

function showStatus(result) {
  const status = $('query-status');
  status.className = '';
  status.replaceChildren(state.q ? el('span', { className: 'muted' }, 'understood as ', el('code', {}, result.parsed)) : '');
}

/** A query error with the query shown and the character at fault marked. */
export function showError(error) {
  const status = $('query-status');
  status.className = 'error';
  const parts = [error.message];
  if (error.position && state.q && error.position <= state.q.length + 1) {
    const at = Math.min(error.position - 1, state.q.length);
    parts.push(' — ', el('code', {}, state.q.slice(0, at), el('mark', {}, state.q.slice(at, at + 1) || ' '),
      state.q.slice(at + 1)));
  }
  status.replaceChildren(...parts);
}

function updateExportLinks() {
  for (const format of ['csv', 'jsonl']) {
    $(`export-${format}`).href = `/api/export?${selection({ format })}`;
  }
}

/** One chip per top-level term of the query, with × to remove it. */
function renderChips() {
  const terms = topLevelTerms(state.q);
  $('chips').replaceChildren(...terms.map(term => el('span', { className: 'chip', dataset: { term } },
    el('span', { className: 'chip-text' }, chem(term)),
    el('button', { type: 'button', className: 'chip-remove', 'aria-label': `Remove ${term}`, title: `Remove ${term}`,
      onclick: () => go({ q: withoutTerm(state.q, term), offset: 0, record: null }) }, '×'))));
  $('chips').hidden = terms.length === 0;
}

const FACET_TITLES = { property: 'Property', dopant: 'Dopant element', rate_unit: 'Rate unit', source: 'Source kind',
  paper: 'Paper' };

function renderFacets(facets) {
  const blocks = facets.filter(f => f.values.length).map(facet => el('section', { dataset: { facet: facet.name } },
    el('h3', {}, FACET_TITLES[facet.name] || facet.name),
    el('ul', {}, facet.values.map(v => facetValue(facet.name, v))),
    facet.name === 'paper' && facet.values.length >= 10
      ? el('button', { type: 'button', className: 'more', onclick: event => morePapers(event.target) }, 'more…') : null));
  $('facets').replaceChildren(...blocks);
}

function facetValue(name, v) {
  const active = v.filter && topLevelTerms(state.q).includes(v.filter);
  // A property group (retention) comes right before its members, which are indented under it.
  const kind = v.members ? 'group' : v.group ? 'member' : null;
  const title = v.members ? `${v.filter}: ${v.members.map(propertyLabel).join(' and ')} (each record keeps its own property)`
    : name === 'paper' ? `${paperName(v).title}${paperName(v).byline ? ` — ${paperName(v).byline}` : ''}`
      : v.filter || 'cannot be written as a query term';
  let label;
  if (name === 'paper') {
    const n = paperName(v);
    label = el('span', { className: 'label paper-label' }, el('span', { className: 'paper-title' }, chem(n.title)),
      n.byline ? el('span', { className: 'byline' }, n.byline) : null);
  } else {
    label = chemEl('span', { className: 'label' }, name === 'property' ? propertyLabel(v.value) : (v.label || v.value));
  }
  return el('li', { className: kind }, el('button', {
    type: 'button', title, disabled: !v.filter, className: active ? 'active' : null, dataset: { filter: v.filter || '' },
    'aria-pressed': active ? 'true' : 'false',
    onclick: () => go({ q: active ? withoutTerm(state.q, v.filter) : narrow(state.q, v.filter), offset: 0, record: null }),
  }, label, el('span', { className: 'count' }, String(v.count))));
}

/** All papers of the selection, not only the ten with most records. */
async function morePapers(button) {
  button.disabled = true;
  try {
    const all = await getJson(`/api/facets/paper?${selection()}`);
    const list = button.previousElementSibling;
    list.replaceChildren(...all.values.map(v => facetValue('paper', v)));
    list.classList.add('all');
    button.remove();
  } catch (error) {
    button.disabled = false;
    showError(error);
  }
}

function renderHits(result) {
  const from = result.total ? result.offset + 1 : 0;
  const to = result.offset + result.hits.length;
  $('result-count').textContent = result.total ? `${from}–${to} of ${result.total} records` : 'No records match.';
  $('page-info').textContent = result.total ? `page ${Math.floor(result.offset / state.limit) + 1} of ${Math.ceil(result.total / state.limit)}` : '';
  $('prev').disabled = result.offset === 0;
  $('next').disabled = to >= result.total;
  $('hits').tBodies[0].replaceChildren(...result.hits.flatMap(hitRows));
  for (const button of document.querySelectorAll('th button[data-sort]')) {
    const key = button.dataset.sort;
    button.setAttribute('aria-sort', state.sort === key ? 'ascending' : state.sort === `-${key}` ? 'descending' : 'none');
  }
}

/**
 * Two rows per hit: the values, then the sentence or table row (clamped to two lines) across the whole table. The
 * values row is a keyboard stop: Enter or Space opens the record, arrow keys move to the next or previous hit.
 */
function hitRows(hit) {
  const r = hit.record;
  const snippet = hit.passage ? hit.passage.snippet : hit.snippet;
  const selected = state.record === hit.id;
  const open = () => go({ record: hit.id }, { replace: true, replot: false });
  const name = hit.paper ? paperName(hit.paper) : { title: r.doc, byline: '' };
  const values = el('tr', { dataset: { id: hit.id }, className: `hit${selected ? ' selected' : ''}`, tabindex: 0,
    'aria-label': `${r.material || 'unnamed material'}, ${propertyLabel(r.property)} ${formatValue(r)}: open the record`,
    onclick: open, onkeydown: event => rowKey(event, open) },
  el('td', { className: 'col-material' }, chemEl('span', { className: 'material' }, r.material || '—')),
  el('td', { className: 'col-property' }, chem(propertyLabel(r.property))),
  el('td', { className: 'num col-value' }, chem(formatValue(r))),
  el('td', { className: 'num col-rate' }, chem(formatRate(r))),
  el('td', { className: 'num col-cycles' }, r.cycles ?? ''),
  el('td', { className: 'num col-change' }, formatChange(r)),
  el('td', { className: 'col-paper' }, el('span', { className: 'paper', title: `${name.title}${name.byline ? ` — ${name.byline}` : ''}` },
    name.byline ? `${name.byline} · ` : '', chem(name.title))),
  el('td', { className: 'num col-page' }, r.source.page ?? ''));
  const source = el('tr', { dataset: { id: hit.id }, className: `source${selected ? ' selected' : ''}`, onclick: open },
    el('td', { colspan: 8 }, r.dopant ? el('span', { className: 'dopant' }, chem(formatDopant(r.dopant))) : null,
      el('span', { className: 'snippet' }, snippetNodes(snippet))));
  return [values, source];
}

function rowKey(event, open) {
  const row = event.currentTarget;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    open();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const rows = [...document.querySelectorAll('#hits tr.hit')];
    const next = rows[rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) next.focus();
  }
}

/** The record view: where the value was read, with the value marked, and a link to that page of the paper. */
async function openRecord(id) {
  for (const tr of $('hits').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.id === id);
  let view;
  try {
    view = await getJson(`/api/records/${encodeURIComponent(id)}`);
  } catch (error) {
    showError(error);
    return;
  }
  const r = view.record;
  const s = r.source;
  $('record-title').replaceChildren(...chem(`${r.material || 'Unnamed material'} — ${propertyLabel(r.property)} ${formatValue(r)}`));
  $('record-snippet').replaceChildren(...snippetNodes(view.snippet));
  renderTableContext(view.table);
  // Publisher markup has paragraphs instead of pages: show the whole paragraph, the value marked.
  const paragraph = $('record-paragraph');
  paragraph.hidden = !view.paragraph;
  if (view.paragraph) {
    paragraph.replaceChildren(
      el('p', { className: 'paragraph-head' },
        `Paragraph ${view.paragraph.number}${view.paragraph.section ? ` · ${view.paragraph.section}` : ''}`),
      el('p', { id: 'record-paragraph-text' }, ...snippetNodes(view.paragraph.text)));
  }
  const links = [];
  if (view.source_link) {
    const markup = view.paper && /\.(xml|nxml|html?|xhtml)$/i.test(view.paper.file_name || '');
    links.push(el('a', { id: 'record-source-link', href: view.source_link, target: '_blank', rel: 'noopener noreferrer' },
      s.page ? `Open the paper at page ${s.page}` : markup ? 'Download the paper (publisher XML/HTML)' : 'Open the paper'));
  }
  if (view.paper) {
    links.push(' · ', el('a', { id: 'record-paper-view', href: `?view=paper&paper=${encodeURIComponent(view.paper.id)}`,
      onclick: event => { event.preventDefault(); go({ view: 'paper', paper: view.paper.id }); } }, 'Paper view'));
    links.push(' · ', el('button', { type: 'button', id: 'record-paper-records', onclick: () => {
      go({ q: `doc:"${view.paper.doc}"`, offset: 0 });
    } }, 'All records of this paper'));
  }
  if (r.material) {
    links.push(' · ', el('button', { type: 'button', id: 'record-compare', onclick: () => addToCompare(r.material) },
      'Compare this material'));
  }
  $('record-links').replaceChildren(...links);
  const where = s.kind === 'table'
    ? `Table ${s.table ?? '?'}, row ${s.row ?? '?'}, column ${s.column ?? '?'}`
    : `sentence ${s.sentence ?? '?'}${s.start !== undefined ? `, characters ${s.start}–${s.end}` : ''}`;
  const name = view.paper ? paperName(view.paper) : null;
  const fields = [
    ['Property', propertyLabel(r.property)], ['Value', formatValue(r)], ['Raw text', r.raw],
    ['Rate', formatRate(r)], ['Cycles', r.cycles], ['Baseline → change', formatChange(r)],
    ['Dopant', formatDopant(r.dopant)], ['Temperature', r.temperature !== undefined ? `${formatNumber(r.temperature)} °C` : ''],
    ['Paper', name ? `${name.title}${name.byline ? ` — ${name.byline}` : ''}` : r.doc], ['Document id', r.doc],
    ['Page', s.page], ['Paragraph', s.paragraph], ['Section', s.section],
    ['Source', `${s.kind}: ${where}`], ['Rule', s.rule],
    ['Confidence', r.confidence !== undefined ? formatNumber(r.confidence) : ''], ['Record id', view.id],
  ].filter(([, v]) => v !== undefined && v !== null && v !== '');
  const plainFields = new Set(['Document id', 'Rule', 'Record id']);
  $('record-fields').replaceChildren(...fields.flatMap(([k, v]) => [el('dt', {}, k),
    el('dd', {}, plainFields.has(k) ? String(v) : chem(String(v)))]));
  $('record').hidden = false;
  $('layout').classList.add('with-record');
}

/** A table value with its table: caption, column header, the whole row, and the paper the row cites. */
function renderTableContext(table) {
  const box = $('record-table');
  box.hidden = !table;
  if (!table) return;
  const cells = table.row.map((text, i) => el('td', { className: i === table.column_number - 1 ? 'value-cell' : null },
    chem(text)));
  const heads = table.headers.map((h, i) => el('th', { scope: 'col', className: i === table.column_number - 1 ? 'value-cell' : null },
    chem(h)));
  const parts = [
    el('p', { id: 'record-table-caption', className: 'caption' }, el('strong', {}, `Table ${table.label ?? ''}`),
      table.page ? ` (page ${table.page})` : '', ': ', chem(table.caption)),
    el('p', { id: 'record-table-column' }, 'Column: ', el('strong', {}, chem(table.column_header || `column ${table.column_number}`)),
      ` · row ${table.row_number}`),
    el('div', { className: 'table-scroll' }, el('table', { id: 'record-table-row', className: 'grid' },
      el('thead', {}, el('tr', {}, heads)), el('tbody', {}, el('tr', {}, cells)))),
  ];
  if (table.references && table.references.length) {
    parts.push(el('div', { id: 'record-references' }, el('p', {}, 'Cited for this row',
      table.reference_from_row ? ` (Ref. cell of row ${table.reference_from_row}, which this row continues)` : '', ':'),
    el('ol', {}, table.references.map(ref => el('li', { value: ref.number, dataset: { number: ref.number } },
      el('span', { className: 'ref-text' }, `[${ref.number}] ${ref.text || '(not in the reference list read from the paper)'}`),
      ref.doi ? [' ', el('a', { className: 'doi', href: `https://doi.org/${ref.doi}`, target: '_blank', rel: 'noopener noreferrer' },
        `doi:${ref.doi}`)] : null)))));
  }
  box.replaceChildren(...parts);
}

function closeRecord() {
  $('record').hidden = true;
  $('layout').classList.remove('with-record');
  for (const tr of $('hits').tBodies[0].rows) tr.classList.remove('selected');
}

async function showStats() {
  try {
    const stats = await getJson('/api/stats');
    $('stats').textContent = `${stats.records} records from ${stats.papers} papers`;
  } catch (error) {
    $('stats').textContent = '';
  }
}

function wire() {
  $('search-form').addEventListener('submit', event => {
    event.preventDefault();
    go({ view: state.view === 'compare' ? 'compare' : 'search', q: $('q').value.trim(), offset: 0, record: null });
  });
  $('silicon').addEventListener('change', () => go({ silicon: $('silicon').checked, offset: 0, record: null }));
  for (const button of document.querySelectorAll('#examples button')) {
    button.addEventListener('click', () => go({ view: 'search', q: button.dataset.query, offset: 0, record: null }));
  }
  for (const a of document.querySelectorAll('#views a')) {
    a.addEventListener('click', event => {
      event.preventDefault();
      go({ view: a.dataset.view });
    });
  }
  for (const button of document.querySelectorAll('th button[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort;
      go({ sort: state.sort === key ? `-${key}` : key, offset: 0 }, { replot: false });
    });
  }
  $('prev').addEventListener('click', () => go({ offset: Math.max(0, state.offset - state.limit) }, { replot: false }));
  $('next').addEventListener('click', () => go({ offset: state.offset + state.limit }, { replot: false }));
  $('page-size').value = String(state.limit);
  $('page-size').addEventListener('change', () => go({ limit: parseInt($('page-size').value, 10), offset: 0 }, { replot: false }));
  $('record-close').addEventListener('click', () => go({ record: null }, { replace: true, replot: false }));
  window.addEventListener('popstate', () => {
    readUrl();
    $('page-size').value = String(state.limit);
    render();
  });
}

readUrl();
wire();
showStats();
render();

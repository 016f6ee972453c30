// The search page: query box, facets, results table, record view, export links; plots live in plots.js.
import { el, snippetNodes, propertyLabel, formatNumber, formatValue, formatRate, formatChange, formatDopant, narrow,
  getJson } from './dom.js';
import { refreshPlots } from './plots.js';

const PAGE_SIZES = [10, 20, 50, 100];
const state = { q: '', sort: 'relevance', offset: 0, limit: 20, selected: null };
const $ = id => document.getElementById(id);

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.q = params.get('q') || '';
  state.sort = params.get('sort') || 'relevance';
  state.offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const limit = parseInt(params.get('limit') || '20', 10);
  state.limit = PAGE_SIZES.includes(limit) ? limit : 20;
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.offset) params.set('offset', String(state.offset));
  if (state.limit !== 20) params.set('limit', String(state.limit));
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** Runs the current query; plots follow the selection, not the page or the order. */
async function search({ replot = true } = {}) {
  $('q').value = state.q;
  writeUrl();
  updateExportLinks();
  const params = new URLSearchParams({ q: state.q, limit: state.limit, offset: state.offset, sort: state.sort });
  document.body.dataset.state = 'loading';
  try {
    const result = await getJson(`/api/search?${params}`);
    showStatus(result);
    renderFacets(result.facets);
    renderHits(result);
    if (replot) refreshPlots(state.q);
  } catch (error) {
    showError(error);
    renderFacets([]);
    renderHits({ hits: [], total: 0, offset: 0 });
  } finally {
    document.body.dataset.state = 'ready';
  }
}

function showStatus(result) {
  const status = $('query-status');
  status.className = '';
  status.replaceChildren(result.query ? el('span', { className: 'muted' }, 'understood as ', el('code', {}, result.parsed)) : '');
}

/** A query error with the query shown and the character at fault marked. */
function showError(error) {
  const status = $('query-status');
  status.className = 'error';
  const parts = [error.message];
  if (error.position && state.q) {
    const at = Math.min(error.position - 1, state.q.length);
    parts.push(' — ', el('code', {}, state.q.slice(0, at), el('mark', {}, state.q.slice(at, at + 1) || ' '),
      state.q.slice(at + 1)));
  }
  status.replaceChildren(...parts);
}

function updateExportLinks() {
  for (const format of ['csv', 'jsonl']) {
    const params = new URLSearchParams({ format });
    if (state.q) params.set('q', state.q);
    $(`export-${format}`).href = `/api/export?${params}`;
  }
}

const FACET_TITLES = { property: 'Property', dopant: 'Dopant element', rate_unit: 'Rate unit', source: 'Source kind',
  paper: 'Paper' };

function renderFacets(facets) {
  const blocks = facets.filter(f => f.values.length).map(facet => el('section', { dataset: { facet: facet.name } },
    el('h3', {}, FACET_TITLES[facet.name] || facet.name),
    el('ul', {}, facet.values.map(v => {
      const label = facet.name === 'property' ? propertyLabel(v.value) : (v.label || v.value);
      const active = v.filter && state.q.includes(v.filter);
      // A property group (retention) comes right before its members, which are indented under it.
      const kind = v.members ? 'group' : v.group ? 'member' : null;
      const title = v.members ? `${v.filter}: ${v.members.map(propertyLabel).join(' and ')} (each record keeps its own property)`
        : v.filter || 'cannot be written as a query term';
      return el('li', { className: kind }, el('button', {
        type: 'button', title, disabled: !v.filter,
        className: active ? 'active' : null, dataset: { filter: v.filter || '' },
        onclick: () => { state.q = narrow(state.q, v.filter); state.offset = 0; search(); },
      }, el('span', { className: 'label' }, label), el('span', { className: 'count' }, String(v.count))));
    }))));
  $('facets').replaceChildren(...blocks);
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

/** Two rows per hit: the values, then the sentence or table row (clamped to two lines) across the whole table. */
function hitRows(hit) {
  const r = hit.record;
  const snippet = hit.passage ? hit.passage.snippet : hit.snippet;
  const attrs = () => ({ dataset: { id: hit.id }, className: state.selected === hit.id ? 'selected' : null,
    onclick: () => openRecord(hit.id) });
  const values = el('tr', attrs(),
    el('td', {}, el('span', { className: 'material' }, r.material || '—')),
    el('td', {}, propertyLabel(r.property)),
    el('td', { className: 'num' }, formatValue(r)),
    el('td', { className: 'num' }, formatRate(r)),
    el('td', { className: 'num' }, r.cycles ?? ''),
    el('td', { className: 'num' }, formatChange(r)),
    el('td', {}, el('span', { className: 'paper', title: hit.paper ? hit.paper.label : r.doc }, hit.paper ? hit.paper.label : r.doc)),
    el('td', { className: 'num' }, r.source.page ?? ''));
  const source = el('tr', Object.assign(attrs(), { className: `source${state.selected === hit.id ? ' selected' : ''}` }),
    el('td', { colspan: 8 }, r.dopant ? el('span', { className: 'dopant' }, formatDopant(r.dopant)) : null,
      el('span', { className: 'snippet' }, snippetNodes(snippet))));
  return [values, source];
}

/** The record view: where the value was read, with the value marked, and a link to that page of the paper. */
async function openRecord(id) {
  state.selected = id;
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
  $('record-title').textContent = `${r.material || 'Unnamed material'} — ${propertyLabel(r.property)} ${formatValue(r)}`;
  $('record-snippet').replaceChildren(...snippetNodes(view.snippet));
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
    links.push(' · ', el('button', { type: 'button', onclick: () => {
      state.q = `doc:"${view.paper.doc}"`; state.offset = 0; search();
    } }, 'All records of this paper'));
  }
  $('record-links').replaceChildren(...links);
  const where = s.kind === 'table'
    ? `Table ${s.table ?? '?'}, row ${s.row ?? '?'}, column ${s.column ?? '?'}`
    : `sentence ${s.sentence ?? '?'}${s.start !== undefined ? `, characters ${s.start}–${s.end}` : ''}`;
  const fields = [
    ['Property', propertyLabel(r.property)], ['Value', formatValue(r)], ['Raw text', r.raw],
    ['Rate', formatRate(r)], ['Cycles', r.cycles], ['Baseline → change', formatChange(r)],
    ['Dopant', formatDopant(r.dopant)], ['Temperature', r.temperature !== undefined ? `${formatNumber(r.temperature)} °C` : ''],
    ['Paper', view.paper ? view.paper.label : r.doc], ['Document id', r.doc], ['Page', s.page], ['Paragraph', s.paragraph], ['Section', s.section],
    ['Source', `${s.kind}: ${where}`], ['Rule', s.rule],
    ['Confidence', r.confidence !== undefined ? formatNumber(r.confidence) : ''], ['Record id', view.id],
  ].filter(([, v]) => v !== undefined && v !== null && v !== '');
  $('record-fields').replaceChildren(...fields.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
  $('record').hidden = false;
  $('layout').classList.add('with-record');
}

function closeRecord() {
  state.selected = null;
  $('record').hidden = true;
  $('layout').classList.remove('with-record');
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
    state.q = $('q').value.trim();
    state.offset = 0;
    search();
  });
  for (const button of document.querySelectorAll('#examples button')) {
    button.addEventListener('click', () => { state.q = button.dataset.query; state.offset = 0; search(); });
  }
  for (const button of document.querySelectorAll('th button[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort;
      state.sort = state.sort === key ? `-${key}` : key;
      state.offset = 0;
      search({ replot: false });
    });
  }
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - state.limit); search({ replot: false }); });
  $('next').addEventListener('click', () => { state.offset += state.limit; search({ replot: false }); });
  $('page-size').value = String(state.limit);
  $('page-size').addEventListener('change', () => {
    state.limit = parseInt($('page-size').value, 10);
    state.offset = 0;
    search({ replot: false });
  });
  $('record-close').addEventListener('click', closeRecord);
}

readUrl();
wire();
showStats();
search();

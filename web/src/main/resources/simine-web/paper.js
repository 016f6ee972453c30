// The paper view: one paper's byline and links, its records grouped by property, its tables drawn as printed
// (cells that gave a record are marked and open it), and its reference list.
import { el, chem, chemEl, propertyLabel, formatValue, formatRate, formatChange, formatDopant, paperName, getJson }
  from './dom.js';
import { go } from './app.js';

const $ = id => document.getElementById(id);

export async function showPaper(paperId) {
  const view = $('paper-view');
  if (!paperId) {
    view.replaceChildren(el('p', { className: 'error' }, 'No paper chosen.'));
    return;
  }
  let paper;
  try {
    paper = await getJson(`/api/papers/${encodeURIComponent(paperId)}`);
  } catch (error) {
    view.replaceChildren(el('p', { id: 'paper-error', className: 'error' }, error.message));
    return;
  }
  const name = paperName(paper);
  const authors = paper.authors && paper.authors.length
    ? paper.authors.slice(0, 6).join(', ') + (paper.authors.length > 6 ? `, … (${paper.authors.length} authors)` : '') : '';
  const markup = /\.(xml|nxml|html?|xhtml)$/i.test(paper.file_name || '');
  const head = el('div', { className: 'paper-head' },
    chemEl('h2', { id: 'paper-title' }, name.title),
    el('p', { id: 'paper-byline', className: 'muted' }, [authors, paper.year].filter(Boolean).join(' · ') || 'Authors and year not found in the file'),
    el('p', { className: 'paper-links' },
      el('a', { id: 'paper-file-link', href: paper.file, target: '_blank', rel: 'noopener noreferrer' },
        markup ? 'Download the paper (publisher XML/HTML)' : `Open the ${/\.pdf$/i.test(paper.file_name || '') ? 'PDF' : 'file'}`),
      paper.doi ? [' · ', el('a', { href: `https://doi.org/${paper.doi}`, target: '_blank', rel: 'noopener noreferrer' }, `doi:${paper.doi}`)] : null,
      ' · ', el('button', { type: 'button', onclick: () => go({ view: 'search', q: `doc:"${paper.doc}"`, offset: 0, record: null }) },
        'Search its records'),
      ` · ${paper.record_count} records, ${paper.page_count} pages, ${paper.tables.length} tables, ${paper.references.length} references read`));
  view.replaceChildren(head, propertyGroups(paper), tables(paper), references(paper));
}

/** Records grouped by property, each group a small table in reading order. */
function propertyGroups(paper) {
  const groups = new Map();
  for (const item of paper.records) {
    const p = item.record.property;
    if (!groups.has(p)) groups.set(p, []);
    groups.get(p).push(item);
  }
  const sections = [...groups.entries()].map(([property, items]) => el('section', { className: 'property-group', dataset: { property } },
    el('h3', {}, chem(propertyLabel(property)), el('span', { className: 'count' }, ` ${items.length}`)),
    el('table', { className: 'records' },
      el('thead', {}, el('tr', {}, ['Material', 'Value', 'Rate', 'Cycles', 'Baseline → change', 'Dopant', 'Where']
        .map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, items.map(item => recordRow(paper, item))))));
  return el('div', { id: 'paper-records' }, el('h3', { className: 'part' }, 'Records by property'),
    sections.length ? sections : el('p', { className: 'muted' }, 'No records were read from this paper.'));
}

function recordRow(paper, item) {
  const r = item.record;
  const s = r.source;
  const open = () => go({ view: 'search', q: `doc:"${paper.doc}"`, offset: 0, record: item.id });
  return el('tr', { tabindex: 0, dataset: { id: item.id }, onclick: open,
    onkeydown: event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } } },
  el('td', {}, chem(r.material || '—')), el('td', { className: 'num' }, chem(formatValue(r))),
  el('td', { className: 'num' }, chem(formatRate(r))), el('td', { className: 'num' }, r.cycles ?? ''),
  el('td', { className: 'num' }, formatChange(r)), el('td', {}, chem(formatDopant(r.dopant))),
  el('td', { className: 'muted' }, s.kind === 'table' ? `Table ${s.table ?? '?'}, row ${s.row}` : `p. ${s.page ?? '–'}, text`));
}

/** The paper's tables as printed; a cell that gave records is marked and opens the first of them. */
function tables(paper) {
  const byCell = new Map();
  for (const item of paper.records) {
    const s = item.record.source;
    if (s.kind === 'table') {
      const key = `${s.table}|${s.page}|${s.row}|${s.column}`;
      if (!byCell.has(key)) byCell.set(key, item.id);
    }
  }
  const drawn = paper.tables.map((t, i) => el('figure', { className: 'paper-table', dataset: { label: t.label ?? '' } },
    el('figcaption', {}, el('strong', {}, `Table ${t.label ?? i + 1}`), t.page ? ` (page ${t.page})` : '', ': ', chem(t.caption)),
    el('div', { className: 'table-scroll' }, el('table', { className: 'grid' },
      el('thead', {}, t.header.map(row => el('tr', {}, row.map(text => el('th', { scope: 'col' }, chem(text)))))),
      el('tbody', {}, t.body.map((row, r) => el('tr', {}, row.map((text, c) => {
        const id = byCell.get(`${t.label}|${t.page}|${r + 1}|${c + 1}`);
        return el('td', id ? { className: 'has-record', title: 'open the record read from this cell', tabindex: 0,
          onclick: () => go({ view: 'search', q: `doc:"${paper.doc}"`, offset: 0, record: id }) } : {}, chem(text));
      }))))))));
  return el('div', { id: 'paper-tables' }, el('h3', { className: 'part' }, 'Tables'),
    drawn.length ? drawn : el('p', { className: 'muted' }, 'No tables were read from this paper.'));
}

function references(paper) {
  if (!paper.references.length) return el('div');
  return el('details', { id: 'paper-references' }, el('summary', {}, `Reference list (${paper.references.length})`),
    el('ol', {}, paper.references.map(r => el('li', { value: r.number }, r.text,
      r.doi ? [' ', el('a', { href: `https://doi.org/${r.doi}`, target: '_blank', rel: 'noopener noreferrer' }, `doi:${r.doi}`)] : null))));
}

// The compare view: two to five materials side by side at matched property, rate and cycles over the current
// selection (query and silicon switch), as a table, a plot of one property, and a CSV download of the table.
import { el, chem, chemText, propertyLabel, formatNumber, getJson } from './dom.js';
import { go, state, selection } from './app.js';

const $ = id => document.getElementById(id);
const MAX = 5;
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd'];
const LOG_PROPERTIES = new Set(['charge_transfer_resistance', 'li_diffusion_coefficient', 'ionic_conductivity',
  'electronic_conductivity']);
let chart = null;
let showAll = false;

/** Adds a material to the comparison and opens the compare view. */
export function addToCompare(material) {
  const materials = state.materials.includes(material) ? state.materials : [...state.materials, material].slice(-MAX);
  go({ view: 'compare', materials });
}

export async function showCompare(materials) {
  renderPicker(materials);
  const result = $('compare-result');
  if (materials.length < 2) {
    result.replaceChildren(el('p', { className: 'muted' }, materials.length
      ? 'Add one more material to compare (up to five).' : 'Pick two to five materials to compare.'));
    return;
  }
  let data;
  try {
    const params = selection();
    materials.forEach(m => params.append('m', m));
    data = await getJson(`/api/compare?${params}`);
  } catch (error) {
    result.replaceChildren(el('p', { id: 'compare-error', className: 'error' }, error.message));
    return;
  }
  const params = selection({ format: 'csv' });
  materials.forEach(m => params.append('m', m));
  const rows = showAll ? data.rows : data.rows.filter(r => r.materials_with_values >= 2);
  const hidden = data.rows.length - data.rows.filter(r => r.materials_with_values >= 2).length;
  result.replaceChildren(
    el('p', { id: 'compare-summary' }, `${data.matched_rows} conditions where at least two of the materials have values`,
      hidden ? `; ${hidden} where only one has` : '', '. ',
      hidden ? el('button', { type: 'button', id: 'compare-show-all', onclick: () => { showAll = !showAll; showCompare(materials); } },
        showAll ? 'Show matched only' : 'Show all conditions') : null, ' ',
      el('a', { id: 'compare-csv', className: 'button', href: `/api/compare?${params}`, download: '' }, 'Export CSV')),
    table(data, rows),
    el('figure', { id: 'compare-figure' }, el('figcaption', {}, el('span', {}, 'Values at matched conditions'),
      el('select', { id: 'compare-property', 'aria-label': 'Property' })),
    el('div', { className: 'chart' }, el('canvas', { id: 'plot-compare' })),
    el('p', { className: 'plot-note', id: 'note-compare' })));
  plot(data);
}

function renderPicker(materials) {
  $('compare-chips').replaceChildren(...materials.map((m, i) => el('span', { className: `chip series-${i}`, dataset: { material: m } },
  el('span', { className: 'chip-text' }, chem(m)),
  el('button', { type: 'button', className: 'chip-remove', 'aria-label': `Remove ${m}`,
    onclick: () => go({ materials: materials.filter(x => x !== m) }) }, '×'))));
  $('compare-add').disabled = materials.length >= MAX;
  $('compare-material').disabled = materials.length >= MAX;
  loadMaterials();
}

/** Suggestions: every material of the current selection, most records first. */
async function loadMaterials() {
  try {
    const all = await getJson(`/api/facets/material?${selection()}`);
    $('compare-materials').replaceChildren(...all.values.slice(0, 2000).map(v =>
      el('option', { value: v.value }, `${v.count} records`)));
  } catch (error) {
    $('compare-materials').replaceChildren();
  }
}

function conditionLabel(row) {
  const parts = [];
  if (row.rate) parts.push(`${formatNumber(row.rate.value)} ${chemText(row.rate.unit)}`);
  if (row.cycles) parts.push(`${row.cycles} cycles`);
  return parts.length ? parts.join(', ') : 'no rate or cycles';
}

function cell(values, unit) {
  if (!values.length) return '—';
  if (values.length <= 3) return values.map(formatNumber).join(', ');
  return `${formatNumber(values[0])}–${formatNumber(values[values.length - 1])} (${values.length} values, median ${formatNumber(median(values))})`;
}

function median(values) {
  const mid = Math.floor(values.length / 2);
  return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

function table(data, rows) {
  return el('div', { className: 'table-scroll' }, el('table', { id: 'compare-table', className: 'grid' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Property'), el('th', { scope: 'col' }, 'Rate, cycles'),
      data.materials.map(m => el('th', { scope: 'col' }, chem(m))))),
    el('tbody', {}, rows.map(row => el('tr', { className: row.materials_with_values >= 2 ? 'matched' : 'single' },
      el('td', {}, chem(propertyLabel(row.property)), ' ', el('span', { className: 'muted' }, chem(`(${row.unit})`))),
      el('td', {}, conditionLabel(row)),
      row.values.map(v => el('td', { className: 'num' }, cell(v, row.unit))))))));
}

/** One property: a bar per material and condition (the median where a material has several values). */
function plot(data) {
  const select = $('compare-property');
  const matched = data.rows.filter(r => r.materials_with_values >= 2);
  const properties = [...new Set(matched.map(r => r.property))];
  select.replaceChildren(...properties.map(p => el('option', { value: p }, chemText(propertyLabel(p)))));
  const draw = () => {
    const property = select.value;
    const rows = matched.filter(r => r.property === property);
    const figure = $('compare-figure');
    figure.hidden = rows.length === 0;
    if (chart) chart.destroy();
    chart = null;
    if (!rows.length || !window.Chart) return;
    const unit = rows[0].unit;
    $('note-compare').textContent = `${rows.length} conditions where at least two materials have a ${chemText(propertyLabel(property))} value; bars show the median`;
    chart = new window.Chart($('plot-compare'), {
      type: 'bar',
      data: { labels: rows.map(conditionLabel), datasets: data.materials.map((m, i) => ({
        label: chemText(m), backgroundColor: COLORS[i],
        data: rows.map(r => (r.values[i].length ? median(r.values[i]) : null)) })) },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { y: { type: LOG_PROPERTIES.has(property) ? 'logarithmic' : 'linear',
          title: { display: true, text: chemText(`${propertyLabel(property)} (${unit})`) } } } },
    });
  };
  select.onchange = draw;
  draw();
}

function wire() {
  $('compare-form').addEventListener('submit', event => {
    event.preventDefault();
    const m = $('compare-material').value.trim();
    $('compare-material').value = '';
    if (m && !state.materials.includes(m) && state.materials.length < MAX) go({ materials: [...state.materials, m] });
  });
}

wire();

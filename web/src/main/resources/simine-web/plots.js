// Plots of the current selection, drawn with Chart.js from the records /api/points returns.
import { formatNumber, formatDopant, narrow, propertyLabel, getJson, chemText } from './dom.js';

const MAX_SERIES = 10;
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22',
  '#7f7f7f', '#aaaaaa'];
const LOG_PROPERTIES = new Set(['charge_transfer_resistance', 'li_diffusion_coefficient', 'ionic_conductivity',
  'electronic_conductivity']);
const charts = {};
const $ = id => document.getElementById(id);
let volcanoPoints = [];
let retentionPoints = [];
let improvementPoints = [];
let generation = 0;
let silicon = true;

async function points(query) {
  const params = new URLSearchParams({ q: query, limit: 5000 });
  if (silicon) params.set('silicon', '1');
  return getJson(`/api/points?${params}`);
}

/** Hides the plots (a bad query: the page says why once, above, with no empty frames here). */
export function hidePlots() {
  generation++;
  $('plots').hidden = true;
}

/** Redraws every plot for a query; a newer call wins over an older one still loading. */
export async function refreshPlots(query, siliconOnly = true) {
  const mine = ++generation;
  silicon = siliconOnly;
  $('plots').hidden = false;
  if (!window.Chart) {
    $('plots-status').textContent = 'The chart library did not load; plots are not available.';
    return;
  }
  try {
    const [retention, rct, dli, doped, improved] = await Promise.all([
      points(narrow(query, 'property:capacity_retention')),
      points(narrow(query, 'property:charge_transfer_resistance baseline:>0')),
      points(narrow(query, 'property:li_diffusion_coefficient baseline:>0')),
      points(narrow(query, 'doping:>0')),
      points(narrow(query, '(baseline:>0 OR factor:>0)')),
    ]);
    if (mine !== generation) return;
    retentionPoints = retention.points.map(p => p.record).filter(r => r.rate && r.value !== undefined);
    fillSelect($('retention-unit'), countBy(retentionPoints, r => r.rate.unit), u => u);
    drawRetention();
    drawPaired('plot-rct', 'note-rct', rct, 'R_ct', true);
    drawPaired('plot-dli', 'note-dli', dli, 'D_Li^+', true);
    volcanoPoints = doped.points.map(p => p.record)
      .filter(r => r.dopant && r.dopant.value !== undefined && r.value !== undefined && r.property !== 'dopant_concentration');
    fillSelect($('volcano-property'), countBy(volcanoPoints, r => r.property), id => chemText(propertyLabel(id)));
    drawVolcano();
    improvementPoints = improved.points.map(p => p.record).filter(r => ratio(r) !== null);
    fillSelect($('improvement-property'), countBy(improvementPoints, r => r.property), id => chemText(propertyLabel(id)));
    drawImprovement();
    const empty = [...document.querySelectorAll('#plots figure')].filter(f => f.hidden).length;
    const all = document.querySelectorAll('#plots figure').length;
    $('plots-status').textContent = empty === all ? 'No records in this selection can be plotted.'
      : empty ? `${empty} of ${all} plots hidden: the selection has no records for them.` : '';
  } catch (error) {
    // The search above shows the query's error; plots simply stay away.
    if (mine === generation) hidePlots();
  }
}

function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/** Options most frequent first; keeps the user's choice when it is still there. */
function fillSelect(select, counts, label) {
  const previous = select.value;
  select.replaceChildren(...counts.map(([value, n]) => {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = `${label(value)} (${n})`;
    return option;
  }));
  if (counts.some(([value]) => value === previous)) select.value = previous;
  select.hidden = counts.length === 0;
}

/** Groups records into at most MAX_SERIES named series, the rest in one "other" series. */
function series(records, key, toPoint) {
  const groups = countBy(records, key);
  const shown = new Set(groups.slice(0, MAX_SERIES).map(([k]) => k));
  const datasets = groups.slice(0, MAX_SERIES).map(([name], i) => ({
    label: name, backgroundColor: COLORS[i], borderColor: COLORS[i],
    data: records.filter(r => key(r) === name).map(toPoint),
  }));
  const rest = records.filter(r => !shown.has(key(r)));
  if (rest.length) {
    datasets.push({ label: `${groups.length - MAX_SERIES} others`, backgroundColor: COLORS[MAX_SERIES],
      borderColor: COLORS[MAX_SERIES], data: rest.map(toPoint) });
  }
  return datasets;
}

function draw(canvasId, config) {
  if (charts[canvasId]) charts[canvasId].destroy();
  config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false,
    plugins: { legend: { position: 'right', labels: { boxWidth: 10, font: { size: 11 } } } } }, config.options);
  charts[canvasId] = new window.Chart($(canvasId), config);
}

/** An axis whose tick labels use the page's number format; log axes label only 1, 2 and 5 times a power of 10. */
function axis(title, log) {
  const formatters = window.Chart.Ticks.formatters;
  return { type: log ? 'logarithmic' : 'linear', title: { display: true, text: chemText(title) },
    ticks: { maxTicksLimit: 10, callback(value, index, ticks) {
      if (log && formatters.logarithmic.call(this, value, index, ticks) === '') return '';
      return formatNumber(Number(value));
    } } };
}

/** Shows a plot's figure only when it has data: no empty frames. */
function showChart(canvasId, hasData) {
  $(canvasId).closest('figure').hidden = !hasData;
}

function tooltip(describe) {
  return { callbacks: { label: item => describe(item.raw) } };
}

function drawRetention() {
  const unit = $('retention-unit').value;
  const records = retentionPoints.filter(r => r.rate.unit === unit);
  const others = retentionPoints.length - records.length;
  $('note-retention').textContent = retentionPoints.length
    ? `${records.length} records at rates in ${unit}, one series per material` + (others ? `; ${others} at rates in other units (choose above)` : '')
    : 'No capacity-retention records with a rate in this selection.';
  showChart('plot-retention', records.length > 0);
  draw('plot-retention', {
    type: 'scatter',
    data: { datasets: series(records, r => chemText(r.material || '(no material)'), r => ({ x: r.rate.value, y: r.value, r })) },
    options: {
      scales: { x: axis(`rate (${unit || ''}, log scale)`, true), y: axis('capacity retention (%)', false) },
      plugins: { tooltip: tooltip(p => `${chemText(p.r.material)}: ${formatNumber(p.y)}% at ${formatNumber(p.x)} ${chemText(unit)}`
        + (p.r.cycles ? ` after ${p.r.cycles} cycles` : '')) },
    },
  });
}

/** Doped value against its baseline on log–log axes with the line of no change: below it, the value dropped. */
function drawPaired(canvasId, noteId, result, name, log) {
  const records = result.points.map(p => p.record).filter(r => r.value !== undefined && r.baseline !== undefined);
  const units = countBy(records, r => r.unit);
  const unit = units.length ? units[0][0] : '';
  const shown = records.filter(r => r.unit === unit);
  const lowered = shown.filter(r => r.value < r.baseline).length;
  $(noteId).textContent = shown.length
    ? `${shown.length} pairs in ${chemText(unit)}: ${lowered} below the dashed line (value lower than its baseline), ${shown.length - lowered} on or above it`
      + (records.length > shown.length ? `; ${records.length - shown.length} in other units not shown` : '')
    : `No ${chemText(name)} records with a baseline in this selection.`;
  const datasets = series(shown, r => (r.dopant ? r.dopant.elements.join('+') : 'no dopant'),
    r => ({ x: r.baseline, y: r.value, r }));
  const values = shown.flatMap(r => [r.value, r.baseline]).filter(v => v > 0);
  if (values.length) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    datasets.push({ type: 'line', label: 'no change', data: [{ x: lo, y: lo }, { x: hi, y: hi }], borderColor: '#888',
      borderDash: [5, 4], pointRadius: 0, borderWidth: 1 });
  }
  showChart(canvasId, shown.length > 0);
  draw(canvasId, {
    type: 'scatter',
    data: { datasets },
    options: {
      scales: { x: axis(`baseline (${unit})`, log), y: axis(`doped or modified (${unit})`, log) },
      plugins: { tooltip: tooltip(p => p.r ? `${chemText(p.r.material)}: ${formatNumber(p.r.baseline)} → ${formatNumber(p.r.value)} ${chemText(unit)}`
        + (p.r.dopant ? ` (${formatDopant(p.r.dopant)})` : '') : 'no change') },
    },
  });
}

/** Value against dopant concentration, one series per element: an optimum shows as a peak or a valley. */
function drawVolcano() {
  const property = $('volcano-property').value;
  const records = volcanoPoints.filter(r => r.property === property);
  const units = countBy(records, r => r.dopant.unit);
  const dopingUnit = units.length ? units[0][0] : '';
  const shown = records.filter(r => r.dopant.unit === dopingUnit);
  const valueUnit = shown.length ? shown[0].unit : '';
  $('note-volcano').textContent = volcanoPoints.length
    ? `${shown.length} ${chemText(propertyLabel(property))} records with a dopant concentration in ${dopingUnit}`
      + (records.length > shown.length ? `; ${records.length - shown.length} in other units not shown` : '')
    : 'No records with a dopant concentration in this selection.';
  showChart('plot-volcano', shown.length > 0);
  draw('plot-volcano', {
    type: 'scatter',
    data: { datasets: series(shown, r => r.dopant.elements.join('+'), r => ({ x: r.dopant.value, y: r.value, r })) },
    options: {
      scales: { x: axis(`dopant concentration (${dopingUnit})`, false),
        y: axis(`${propertyLabel(property)} (${valueUnit})`, LOG_PROPERTIES.has(property)) },
      plugins: { tooltip: tooltip(p => `${chemText(p.r.material)}: ${formatNumber(p.y)} ${chemText(valueUnit)} at ${formatNumber(p.x)} ${dopingUnit}`) },
    },
  });
}

/** Doped or modified over baseline: value ÷ baseline, or the stated factor ("10 times increase"). */
function ratio(r) {
  if (r.factor !== undefined && r.factor !== null && (r.value === undefined || r.value === null)) return r.factor;
  if (r.value !== undefined && r.value !== null && r.baseline > 0 && r.value > 0) return r.value / r.baseline;
  return null;
}

/** How a doped or modified sample is named on the ratio plot's axis: dopant and concentration, else material. */
function improvementLabel(r) {
  if (r.dopant) {
    const amount = r.dopant.value !== undefined && r.dopant.value !== null ? ` ${formatNumber(r.dopant.value)} ${r.dopant.unit}` : '';
    return `${r.dopant.elements.join('+')}${amount}`;
  }
  return chemText(r.material || '(no material)');
}

/** One bar per doped or modified sample: its value over its baseline (log scale; 1 = no change), per dopant. */
function drawImprovement() {
  const property = $('improvement-property').value;
  const records = improvementPoints.filter(r => r.property === property)
    .sort((a, b) => improvementLabel(a).localeCompare(improvementLabel(b), 'en', { numeric: true }));
  const elements = countBy(records, r => (r.dopant ? r.dopant.elements.join('+') : 'no dopant'));
  const color = new Map(elements.map(([e], i) => [e, COLORS[Math.min(i, COLORS.length - 1)]]));
  const lowered = records.filter(r => ratio(r) < 1).length;
  $('note-improvement').textContent = records.length
    ? `${records.length} ${chemText(propertyLabel(property))} records against their baseline: ${lowered} below 1 (lowered), `
      + `${records.length - lowered} at or above 1; bars coloured by dopant (${elements.map(([e]) => e).join(', ')})`
    : 'No records with a baseline or a stated factor in this selection.';
  showChart('plot-improvement', records.length > 0);
  const labels = records.map(improvementLabel);
  draw('plot-improvement', {
    type: 'bar',
    data: { labels, datasets: [
      { label: 'doped or modified ÷ baseline', data: records.map(r => ({ x: improvementLabel(r), y: ratio(r), r })),
        backgroundColor: records.map(r => color.get(r.dopant ? r.dopant.elements.join('+') : 'no dopant')) },
      { type: 'line', label: 'no change', data: labels.map(x => ({ x, y: 1 })), borderColor: '#888', borderDash: [5, 4],
        pointRadius: 0, borderWidth: 1 },
    ] },
    options: {
      plugins: { legend: { display: false }, tooltip: tooltip(p => p.r ? `${chemText(p.r.material || '')}: ×${formatNumber(p.y)}`
        + (p.r.baseline ? ` (${formatNumber(p.r.baseline)} → ${formatNumber(p.r.value)} ${chemText(p.r.unit)})` : ' (stated factor)')
        : 'no change') },
      scales: { x: { ticks: { autoSkip: false, maxRotation: 60, font: { size: 10 } } },
        y: axis(`${propertyLabel(property)}: doped or modified ÷ baseline`, true) },
    },
  });
}

document.getElementById('improvement-property').addEventListener('change', drawImprovement);
document.getElementById('retention-unit').addEventListener('change', drawRetention);
document.getElementById('volcano-property').addEventListener('change', drawVolcano);

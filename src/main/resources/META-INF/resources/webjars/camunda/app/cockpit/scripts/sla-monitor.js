/*
 * Cockpit 7.24 plugin "SLA SOP" (listed in config.js customScripts): how well each SOP step
 * keeps its time standard, for the Kabag and the Sub Koordinator.
 *
 * - cockpit.dashboard: the breaches still open, and per SOP its figures per step for a period,
 *   with two charts: compliance per week (the 12 ISO weeks ending with the period) and breaches
 *   per step over the period.
 * - cockpit.processDefinition.runtime.tab: the same figures and charts for the definition's SOP.
 * - cockpit.processDefinition.diagram.overlay: on each step, compliance over the last 30 days
 *   and the number of open breaches.
 *
 * Everything comes from the application's API, GET /api/sla/ringkasan (sla/SlaMonitorController),
 * called as the logged-in user, so a user sees only what the engine's authorizations let them
 * read. The server (sla/SlaReport) is the one home of the figures and of their Indonesian
 * wording: this file computes no figure and formats no duration, it only lays out what it is
 * given (the charts' geometry aside).
 */
import { getOfficeJson as getJson, loadStylesheet } from './office-access.js';

/* The application's API, beside the webapps (context path "/"). */
const API = '/api/sla/ringkasan';
const SVG_NS = 'http://www.w3.org/2000/svg';

/* ---------------------------------------------------------------- REST */

/** The summary of one SOP (process key) or of every readable SOP, for a period of office days or the default one. */
function loadSummary(api, { process, from, to } = {}) {
  const params = new URLSearchParams();
  Object.entries({ process, from, to }).filter(([, value]) => value).forEach(([name, value]) => params.set(name, value));
  const query = params.toString();
  return getJson(api, `${API}${query ? `?${query}` : ''}`);
}

/* The SOP's key of a definition id, asked once: the API names SOPs by key. */
const processKeys = new Map();

function processKeyOf(api, processDefinitionId) {
  if (!processKeys.has(processDefinitionId)) {
    const loading = fetch(`${api.engineApi}/process-definition/${encodeURIComponent(processDefinitionId)}`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
    }).then((response) => {
      if (!response.ok) {
        throw new Error(`Definisi proses tidak dapat dibaca (${response.status}).`);
      }
      return response.json();
    }).then((definition) => definition.key);
    loading.catch(() => processKeys.delete(processDefinitionId));
    processKeys.set(processDefinitionId, loading);
  }
  return processKeys.get(processDefinitionId);
}

/* ------------------------------------------------------------------ UI */

/** A DOM element; children are nodes or text (never parsed as HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  children.flat(Infinity).forEach((child) => {
    element.append(child instanceof Node ? child : document.createTextNode(child == null ? '–' : String(child)));
  });
  return element;
}

/** An SVG element, the same way. */
function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, String(value)));
  children.flat(Infinity).forEach((child) => element.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return element;
}

function table(className, headings, rows) {
  return h('table', { class: `cam-table ${className}` },
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', {}, heading)))),
    h('tbody', {}, rows));
}

function message(text, className = 'text-muted') {
  return h('p', { class: className }, text);
}

/** Loads into a container, showing "Memuat…" meanwhile and the reason if it fails. */
async function fill(container, load) {
  container.replaceChildren(message('Memuat…'));
  try {
    container.replaceChildren(...[].concat(await load()));
  } catch (error) {
    console.error('SLA SOP', error);
    container.replaceChildren(message(`Data SLA tidak dapat dimuat: ${error.message}`, 'text-danger'));
  }
}

function figuresTable(sop) {
  return table('sla-figures',
    ['Langkah', 'Kegiatan', 'Peran', 'Standar', 'Jumlah tugas', 'Pelanggaran', 'Kepatuhan', 'Median', 'P90'],
    sop.steps.map((row) => h('tr', { 'data-activity-id': row.activityId },
      h('td', { class: 'sla-step' }, row.step),
      h('td', {}, row.activity),
      h('td', {}, row.role),
      h('td', { class: 'sla-number sla-standard' }, row.standardText),
      h('td', { class: 'sla-number sla-tasks' }, row.tasks),
      h('td', { class: 'sla-number sla-breaches' }, row.breaches),
      h('td', { class: 'sla-number sla-compliance' }, row.complianceText),
      h('td', { class: 'sla-number' }, row.medianText),
      h('td', { class: 'sla-number' }, row.p90Text))));
}

function openBreachesTable(breaches) {
  if (breaches.length === 0) {
    return message('Tidak ada pelanggaran yang masih terbuka.');
  }
  // the server sends them the most late first
  const rows = breaches.map((breach) => h('tr', { 'data-activity-id': breach.activityId },
    h('td', {}, breach.sop),
    h('td', { class: 'sla-case' }, breach.caseName),
    h('td', { class: 'sla-step' }, breach.step),
    h('td', {}, breach.activity),
    h('td', { class: 'sla-role' }, breach.role),
    h('td', { class: 'sla-assignee' }, breach.assigneeName || 'belum diklaim'),
    h('td', { class: 'sla-number' }, breach.dueText),
    h('td', { class: 'sla-number sla-late' }, breach.lateness),
    h('td', {}, h('a', { href: `#/process-instance/${encodeURIComponent(breach.processInstanceId)}/runtime` },
      'Buka instans'))));
  return table('sla-open-breaches',
    ['SOP', 'Perihal', 'Langkah', 'Tugas', 'Peran', 'Penerima tugas', 'Batas waktu', 'Melewati standar', ''], rows);
}

/* -------------------------------------------------------------- charts */

/* Every chart: 640 × 220 user units, scaled to its box by CSS; the plot inside the margins. */
const CHART = { width: 640, height: 220, left: 48, right: 28, top: 14, bottom: 40 };
const PLOT_WIDTH = CHART.width - CHART.left - CHART.right;
const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;

let chartCount = 0;

/** An <svg> read as one image: its <title> and <desc> name it; each mark has its own <title>. */
function chart(className, title, description, ...marks) {
  chartCount += 1;
  const titleId = `sla-chart-title-${chartCount}`;
  const descId = `sla-chart-desc-${chartCount}`;
  return h('figure', { class: `sla-chart ${className}` },
    h('figcaption', {}, title),
    s('svg', {
      viewBox: `0 0 ${CHART.width} ${CHART.height}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
      class: 'sla-chart-svg', preserveAspectRatio: 'xMidYMid meet'
    },
    s('title', { id: titleId }, title),
    s('desc', { id: descId }, description),
    marks));
}

/** The horizontal grid and its labels, from 0 to the top value. */
function yAxis(ticks, label) {
  return ticks.map(({ value, text }) => {
    const y = CHART.top + PLOT_HEIGHT * (1 - value);
    return s('g', { class: 'sla-axis' },
      s('line', { x1: CHART.left, x2: CHART.width - CHART.right, y1: y, y2: y }),
      s('text', { x: CHART.left - 6, y: y + 4, 'text-anchor': 'end' }, text));
  }).concat(s('text', { class: 'sla-axis-label', x: 10, y: CHART.top + PLOT_HEIGHT / 2, 'text-anchor': 'middle',
    transform: `rotate(-90 10 ${CHART.top + PLOT_HEIGHT / 2})` }, label));
}

function xLabel(x, text) {
  return s('text', { class: 'sla-axis', x, y: CHART.height - CHART.bottom + 16, 'text-anchor': 'middle' }, text);
}

/** Compliance per ISO week: a line through the weeks that had tasks, a point per week. */
function weeklyChart(sop) {
  const weeks = sop.weeks;
  const step = weeks.length > 1 ? PLOT_WIDTH / (weeks.length - 1) : 0;
  const xOf = (index) => CHART.left + index * step;
  const yOf = (percent) => CHART.top + PLOT_HEIGHT * (1 - percent / 100);
  const measured = weeks.map((week, index) => ({ week, index })).filter(({ week }) => week.compliancePercent != null);
  const describe = (week) => `${week.label} (${week.firstDay} s.d. ${week.lastDay}): `
    + (week.tasks > 0 ? `kepatuhan ${week.complianceText}, ${week.tasks} tugas, ${week.breaches} pelanggaran` : 'tidak ada tugas');
  const marks = [
    yAxis([0, 25, 50, 75, 100].map((percent) => ({ value: percent / 100, text: `${percent}%` })), 'Kepatuhan'),
    weeks.map((week, index) => xLabel(xOf(index), week.label)),
    measured.length > 1
      ? s('polyline', { class: 'sla-week-line', points: measured.map(({ week, index }) => `${xOf(index)},${yOf(week.compliancePercent)}`).join(' ') })
      : [],
    weeks.map((week, index) => (week.compliancePercent == null
      ? s('circle', { class: 'sla-week-point sla-week-empty', cx: xOf(index), cy: yOf(0), r: 3, 'data-week': week.week },
        s('title', {}, describe(week)))
      : s('circle', { class: 'sla-week-point', cx: xOf(index), cy: yOf(week.compliancePercent), r: 5, 'data-week': week.week,
        'data-compliance': week.complianceText }, s('title', {}, describe(week)))))
  ];
  const figure = chart('sla-weekly-chart', `Kepatuhan per minggu — ${sop.name}`,
    `Kepatuhan standar waktu per minggu, ${weeks.length} minggu sampai ${weeks[weeks.length - 1].lastDay}. `
      + weeks.map(describe).join('; ') + '.',
    marks);
  figure.append(h('p', { class: 'text-muted sla-chart-note' },
    `Minggu ISO (WIB) sampai ${weeks[weeks.length - 1].lastDay}; titik kosong: minggu tanpa tugas.`));
  return figure;
}

/** Breaches per step over the period: a bar per SLA step, its height the number of breaches. */
function breachesChart(sop, periodText) {
  const steps = sop.steps;
  const highest = Math.max(1, ...steps.map((row) => row.breaches));
  const slot = PLOT_WIDTH / Math.max(1, steps.length);
  const barWidth = Math.min(48, slot * 0.6);
  const describe = (row) => `Langkah ${row.step} (${row.activity}): ${row.breaches} pelanggaran dari ${row.tasks} tugas`;
  const ticks = [...new Set([0, Math.ceil(highest / 2), highest])]
    .map((value) => ({ value: value / highest, text: String(value) }));
  const marks = [
    yAxis(ticks, 'Pelanggaran'),
    steps.map((row, index) => {
      const x = CHART.left + slot * index + slot / 2;
      const height = PLOT_HEIGHT * (row.breaches / highest);
      const top = CHART.top + PLOT_HEIGHT - height;
      return s('g', { class: 'sla-step-bar', 'data-activity-id': row.activityId, 'data-breaches': row.breaches },
        s('title', {}, describe(row)),
        s('rect', { x: x - barWidth / 2, y: top, width: barWidth, height: Math.max(height, 0) }),
        s('text', { class: 'sla-bar-value', x, y: top - 3, 'text-anchor': 'middle' }, String(row.breaches)),
        xLabel(x, `Langkah ${row.step}`));
    })
  ];
  return chart('sla-breaches-chart', `Pelanggaran per langkah — ${sop.name}`,
    `Jumlah pelanggaran standar waktu per langkah, ${periodText}. ` + steps.map(describe).join('; ') + '.',
    marks);
}

/** One SOP's figures: its table and, beside it, its two charts. */
function sopSection(sop, periodText, withHeading) {
  return h('section', { class: 'sla-sop-section', 'data-process': sop.process },
    withHeading ? h('h4', {}, sop.name || sop.process) : [],
    figuresTable(sop),
    h('div', { class: 'sla-charts' }, weeklyChart(sop), breachesChart(sop, periodText)));
}

/** The dari/sampai form, filled with the period the server used; calls onChange with the chosen days. */
function periodForm(onChange) {
  const input = (name) => h('input', { type: 'date', class: 'form-control input-sm', name, required: '' });
  const from = input('dari');
  const to = input('sampai');
  // the browser refuses to submit a "sampai" before "dari"
  const keepOrder = () => to.setAttribute('min', from.value);
  from.addEventListener('change', keepOrder);
  const form = h('form', { class: 'form-inline sla-period' },
    h('label', {}, 'Dari ', from), ' ',
    h('label', {}, 'sampai ', to), ' ',
    h('button', { type: 'submit', class: 'btn btn-default btn-sm' }, 'Tampilkan'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // office days, both included: the server draws them in WIB
    onChange({ from: from.value, to: to.value });
  });
  const show = (summary) => {
    from.value = summary.firstDay;
    to.value = summary.lastDay;
    keepOrder();
  };
  return { form, show };
}

/* ------------------------------------------------------------- plugins */

function renderDashboard(node, { api }) {
  loadStylesheet(import.meta.url, 'sla-monitor.css');
  const open = h('div', { class: 'sla-open' });
  const figures = h('div', { class: 'sla-figures-per-sop' });
  let period = {};
  const show = () => {
    const summary = loadSummary(api, period);
    fill(open, async () => openBreachesTable((await summary).openBreaches));
    fill(figures, async () => {
      const { sops, periodText } = await summary;
      form.show(await summary);
      return [h('p', { class: 'text-muted sla-period-text' }, `Periode ${periodText}`)]
        .concat(sops.map((sop) => sopSection(sop, periodText, true)));
    });
  };
  const form = periodForm((chosen) => {
    period = chosen;
    show();
  });
  node.replaceChildren(h('div', { class: 'col-xs-12 sla-sop sla-dashboard' },
    h('h3', {}, 'SLA SOP'),
    h('h4', {}, 'Pelanggaran yang masih terbuka'),
    open,
    h('h4', {}, 'Kepatuhan per langkah'),
    form.form,
    figures));
  show();
}

function renderDefinitionTab(node, { api, processDefinitionId }) {
  loadStylesheet(import.meta.url, 'sla-monitor.css');
  const figures = h('div', {});
  const show = (period = {}) => fill(figures, async () => {
    const summary = await loadSummary(api, { ...period, process: await processKeyOf(api, processDefinitionId) });
    form.show(summary);
    return [h('p', { class: 'text-muted sla-period-text' }, `Periode ${summary.periodText}`),
      sopSection(summary.sops[0], summary.periodText, false)];
  });
  const form = periodForm(show);
  node.replaceChildren(h('div', { class: 'sla-sop sla-definition-tab' }, form.form, figures));
  show();
}

/* The overlay is rendered once per diagram element; the elements of one diagram share one load. */
let overlayLoad = { processDefinitionId: null, startedAt: 0, summary: null };

function loadOverlaySummary(api, processDefinitionId) {
  const fresh = Date.now() - overlayLoad.startedAt < 5000;
  if (overlayLoad.processDefinitionId !== processDefinitionId || !fresh) {
    const summary = processKeyOf(api, processDefinitionId).then((process) => loadSummary(api, { process }));
    overlayLoad = { processDefinitionId, startedAt: Date.now(), summary };
  }
  return overlayLoad.summary;
}

/** The definition shown in Cockpit, from #/process-definition/<id>/runtime. */
function currentProcessDefinitionId() {
  const match = /#\/process-definition\/([^/?]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function renderDiagramOverlay(node, { api }, scope) {
  const element = scope && scope.bpmnElement;
  const processDefinitionId = currentProcessDefinitionId();
  if (!element || element.$type !== 'bpmn:UserTask' || !processDefinitionId) {
    return;
  }
  loadStylesheet(import.meta.url, 'sla-monitor.css');
  loadOverlaySummary(api, processDefinitionId).then((summary) => {
    const step = summary.sops[0].steps.find((candidate) => candidate.activityId === element.id);
    if (!step) {
      return;
    }
    const breached = step.openBreaches > 0;
    node.replaceChildren(h('div', {
      class: `sla-overlay${breached ? ' sla-overlay-breached' : ''}`,
      'data-activity-id': step.activityId,
      title: `SLA ${summary.periodText}: ${step.tasks} tugas, ${step.breaches} pelanggaran, kepatuhan ${step.complianceText}; `
        + `${step.openBreaches} pelanggaran masih terbuka (standar ${step.standardText})`
    },
    h('span', { class: 'badge sla-overlay-compliance' }, step.complianceText),
    h('span', { class: `badge sla-overlay-open${breached ? ' badge-important' : ''}` }, `${step.openBreaches} terbuka`)));
  }, (error) => console.error('SLA SOP', error));
}

export default [
  {
    id: 'sla-sop-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 10,
    render: renderDashboard,
    properties: { label: 'SLA SOP' }
  },
  {
    id: 'sla-sop-definition-tab',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    render: renderDefinitionTab,
    properties: { label: 'SLA SOP' }
  },
  {
    id: 'sla-sop-diagram-overlay',
    pluginPoint: 'cockpit.processDefinition.diagram.overlay',
    render: renderDiagramOverlay
  }
];

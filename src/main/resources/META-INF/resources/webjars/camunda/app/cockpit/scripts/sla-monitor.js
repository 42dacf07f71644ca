/*
 * Cockpit 7.24 plugin "SLA SOP" (listed in config.js customScripts): how well each SOP step
 * keeps its time standard, for the Kabag and the Sub Koordinator.
 *
 * - cockpit.dashboard: the breaches still open, and the figures per SOP and step for a period.
 * - cockpit.processDefinition.runtime.tab: the same figures for the definition's key.
 * - cockpit.processDefinition.diagram.overlay: on each step, compliance over the last 30 days
 *   and the number of open breaches.
 *
 * Everything comes from Camunda's REST API, called as the logged-in user, so a user sees only
 * what the engine's authorizations let them read. The SOP facts come from the BPMN itself: the
 * step and activity from the task name ("3. Melakukan ..."), the role from the task's lane, the
 * standard from the timeDuration of the timer attached to the task. A breach is the
 * "slaBreach" incident whose configuration is the late task's id (sla/SlaBreachListener).
 *
 * The figures follow the same definitions as the server's report, so both must change
 * together: see stepFigures().
 */

const INCIDENT_TYPE = 'slaBreach';
const PAGE_SIZE = 500; // a large history never arrives in one response
const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_DAYS = 30;

/* ---------------------------------------------------------------- REST */

/** GET one resource of the engine REST API as the logged-in user. */
async function getJson(api, path, params = {}) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(`${api.engineApi}${path}${query ? `?${query}` : ''}`, {
    method: 'GET',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  });
  if (!response.ok) {
    throw new Error(`${response.status} ${path}`);
  }
  return response.json();
}

/** GET every row of a list query, PAGE_SIZE rows per request. */
async function getAll(api, path, params) {
  const rows = [];
  for (let firstResult = 0; ; firstResult += PAGE_SIZE) {
    const page = await getJson(api, path, { ...params, firstResult, maxResults: PAGE_SIZE });
    rows.push(...page);
    if (page.length < PAGE_SIZE) {
      return rows;
    }
  }
}

/* ------------------------------------------------- dates and durations */

/** A Date as the REST API wants it: 2025-01-31T17:00:00.000+0000. */
function toRestDate(date) {
  return date.toISOString().replace('Z', '+0000');
}

/** A date of the REST API (…+0700, no colon in the offset) as a Date; null stays null. */
function fromRestDate(text) {
  return text ? new Date(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : null;
}

/** Local midnight of a date, days later (or earlier). */
function startOfDay(date, days = 0) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The default period [from, to): the last 30 days, today included. */
function defaultPeriod(now = new Date()) {
  return { from: startOfDay(now, 1 - PERIOD_DAYS), to: startOfDay(now, 1) };
}

/** yyyy-mm-dd in local time, for <input type="date">. */
function toDateInput(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of an <input type="date"> value. */
function fromDateInput(value) {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Milliseconds of an ISO 8601 duration such as PT10M, PT1H30M or P1D. */
function parseIsoDuration(text) {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec((text || '').trim());
  if (!match) {
    return null;
  }
  const [, days, hours, minutes, seconds] = match.map((part) => Number(part || 0));
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}

/** A duration in Indonesian, the way the SOP sheets write it: "10 menit", "1 jam 5 menit". */
function formatDuration(ms) {
  if (ms == null || Number.isNaN(ms)) {
    return '–';
  }
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  if (totalSeconds < 60) {
    return `${totalSeconds} detik`;
  }
  const days = Math.floor(totalSeconds / 86400);
  const hours = Math.floor((totalSeconds % 86400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  return [[days, 'hari'], [hours, 'jam'], [minutes, 'menit']]
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value} ${unit}`)
    .join(' ');
}

/* ---------------------------------------------------------- statistics */

/** 100 × (tasks − breaches) / tasks, one decimal rounded half up; "–" without tasks. */
function compliance(tasks, breaches) {
  if (tasks === 0) {
    return '–';
  }
  // integer arithmetic, so 96.25 rounds to 96.3 and not to whatever the float happens to be
  const tenths = Math.floor((2000 * (tasks - breaches) + tasks) / (2 * tasks));
  return `${(tenths / 10).toFixed(1).replace('.', ',')} %`; // Indonesian decimal comma
}

/** The middle value; the mean of the two middle values when the count is even. */
function median(sorted) {
  if (sorted.length === 0) {
    return null;
  }
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest rank: the ceil(p·n)-th smallest value. */
function percentile(sorted, p) {
  return sorted.length === 0 ? null : sorted[Math.ceil(p * sorted.length) - 1];
}

/**
 * The figures of one step over [from, to): tasks = its task instances started in the period;
 * breaches = those with a slaBreach incident for that task; durations = end − start of the
 * completed ones.
 */
function stepFigures(tasks, breachedTaskIds) {
  const breaches = tasks.filter((task) => breachedTaskIds.has(task.id)).length;
  const durations = tasks
    .filter((task) => task.deleteReason === 'completed') // not open, nor cancelled with the instance
    .map((task) => fromRestDate(task.endTime) - fromRestDate(task.startTime))
    .sort((a, b) => a - b);
  return {
    tasks: tasks.length,
    breaches,
    compliance: compliance(tasks.length, breaches),
    median: median(durations),
    p90: percentile(durations, 0.9)
  };
}

/* ----------------------------------------------------------------- BPMN */

/** "5a" after "5" and before "6"; unnumbered steps last. */
function compareSteps(a, b) {
  const parse = (step) => {
    const match = /^(\d+)(.*)$/.exec(step);
    return match ? [Number(match[1]), match[2]] : [Infinity, step];
  };
  const [numberA, restA] = parse(a.step);
  const [numberB, restB] = parse(b.step);
  return numberA - numberB || restA.localeCompare(restB);
}

/** The SOP steps of a BPMN diagram: every user task with a timer carrying its time standard. */
function readSteps(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const all = (parent, name) => Array.from(parent.getElementsByTagNameNS(BPMN_NS, name));
  const lanes = all(doc, 'lane');
  return all(doc, 'userTask')
    .map((task) => {
      const id = task.getAttribute('id');
      const name = task.getAttribute('name') || id;
      const numbered = /^(\S+)\.\s+([\s\S]+)$/.exec(name);
      const timer = all(doc, 'boundaryEvent').find((event) => event.getAttribute('attachedToRef') === id);
      const duration = timer && all(timer, 'timeDuration')[0];
      // nested lanes list a node in every level; the innermost comes last in the document
      const lane = lanes
        .filter((candidate) => all(candidate, 'flowNodeRef').some((ref) => ref.textContent.trim() === id))
        .pop();
      return {
        activityId: id,
        step: numbered ? numbered[1] : '-',
        activity: numbered ? numbered[2] : name,
        role: lane ? lane.getAttribute('name') : '–',
        standard: duration ? parseIsoDuration(duration.textContent) : null
      };
    })
    .filter((step) => step.standard != null)
    .sort(compareSteps);
}

/* ---------------------------------------------------------------- data */

const definitionCache = new Map();

/** A process definition with its SOP steps, read once per definition id. */
function loadDefinition(api, processDefinitionId) {
  if (!definitionCache.has(processDefinitionId)) {
    const loading = Promise.all([
      getJson(api, `/process-definition/${encodeURIComponent(processDefinitionId)}`),
      getJson(api, `/process-definition/${encodeURIComponent(processDefinitionId)}/xml`)
    ]).then(([definition, xml]) => ({ ...definition, steps: readSteps(xml.bpmn20Xml) }));
    loading.catch(() => definitionCache.delete(processDefinitionId));
    definitionCache.set(processDefinitionId, loading);
  }
  return definitionCache.get(processDefinitionId);
}

/** The latest version of every SOP the user may read (a definition with at least one step). */
async function loadSops(api) {
  const latest = await getAll(api, '/process-definition', { latestVersion: true, sortBy: 'name', sortOrder: 'asc' });
  const definitions = await Promise.all(latest.map((definition) => loadDefinition(api, definition.id)));
  return definitions.filter((definition) => definition.steps.length > 0);
}

/** Figures per step of one SOP key (all its versions) over the period [from, to). */
async function loadFigures(api, definition, { from, to }) {
  const [tasks, incidents] = await Promise.all([
    getAll(api, '/history/task', {
      processDefinitionKey: definition.key,
      startedAfter: toRestDate(from), // the engine compares start >= startedAfter ...
      startedBefore: toRestDate(to), //  ... and start <= startedBefore: `to` is dropped below
      sortBy: 'taskId',
      sortOrder: 'asc'
    }),
    getAll(api, '/history/incident', {
      incidentType: INCIDENT_TYPE,
      processDefinitionKey: definition.key,
      // a breach comes after its task started, so older incidents cannot match a task of the period
      createTimeAfter: toRestDate(new Date(from.getTime() - 1)),
      sortBy: 'incidentId',
      sortOrder: 'asc'
    })
  ]);
  const breachedTaskIds = new Set(incidents.map((incident) => incident.configuration));
  const inPeriod = tasks.filter((task) => {
    const start = fromRestDate(task.startTime);
    return start >= from && start < to;
  });
  return definition.steps.map((step) => ({
    ...step,
    ...stepFigures(inPeriod.filter((task) => task.taskDefinitionKey === step.activityId), breachedTaskIds)
  }));
}

/** "Dewi Lestari (staf1)", or the login alone when the user's profile cannot be read. */
function loadPersonName(api, names, userId) {
  if (!names.has(userId)) {
    names.set(userId, getJson(api, `/user/${encodeURIComponent(userId)}/profile`)
      .then((profile) => {
        const name = [profile.firstName, profile.lastName].filter(Boolean).join(' ').trim();
        return name ? `${name} (${userId})` : userId;
      })
      .catch(() => userId));
  }
  return names.get(userId);
}

/**
 * The open breaches the user may see: the case's name (its business key), the late task's
 * assignee by name and its due date from history.
 */
async function loadOpenBreaches(api) {
  const incidents = await getAll(api, '/incident', { incidentType: INCIDENT_TYPE, sortBy: 'incidentId', sortOrder: 'asc' });
  const names = new Map();
  return Promise.all(incidents.map(async (incident) => {
    const [definition, [task], [instance]] = await Promise.all([
      loadDefinition(api, incident.processDefinitionId),
      getJson(api, '/history/task', { taskId: incident.configuration, maxResults: 1 }),
      getJson(api, '/history/process-instance', { processInstanceId: incident.processInstanceId, maxResults: 1 })
    ]);
    const step = definition.steps.find((candidate) => candidate.activityId === incident.activityId);
    const assignee = task && task.assignee ? await loadPersonName(api, names, task.assignee) : null;
    return { incident, definition, step, task, assignee, caseName: instance ? instance.businessKey : null };
  }));
}

/* ------------------------------------------------------------------ UI */

/** A DOM element; children are nodes or text (never parsed as HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  children.flat().forEach((child) => {
    element.append(child instanceof Node ? child : document.createTextNode(child == null ? '–' : String(child)));
  });
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

function errorMessage(error) {
  console.error('SLA SOP', error);
  return message(`Data SLA tidak dapat dimuat (${error.message}).`, 'text-danger');
}

/** Loads into a container, showing "Memuat…" meanwhile and the error if it fails. */
async function fill(container, load) {
  container.replaceChildren(message('Memuat…'));
  try {
    container.replaceChildren(...[].concat(await load()));
  } catch (error) {
    container.replaceChildren(errorMessage(error));
  }
}

function figuresTable(figures) {
  return table('sla-figures',
    ['Langkah', 'Kegiatan', 'Peran', 'Standar', 'Jumlah tugas', 'Pelanggaran', 'Kepatuhan', 'Median', 'P90'],
    figures.map((row) => h('tr', { 'data-activity-id': row.activityId },
      h('td', { class: 'sla-step' }, row.step),
      h('td', {}, row.activity),
      h('td', {}, row.role),
      h('td', { class: 'sla-number' }, formatDuration(row.standard)),
      h('td', { class: 'sla-number sla-tasks' }, row.tasks),
      h('td', { class: 'sla-number sla-breaches' }, row.breaches),
      h('td', { class: 'sla-number sla-compliance' }, row.compliance),
      h('td', { class: 'sla-number' }, formatDuration(row.median)),
      h('td', { class: 'sla-number' }, formatDuration(row.p90)))));
}

function openBreachesTable(breaches, now) {
  if (breaches.length === 0) {
    return message('Tidak ada pelanggaran yang masih terbuka.');
  }
  const late = (breach) => breach.task && breach.task.due ? now - fromRestDate(breach.task.due) : null;
  const rows = breaches
    .sort((a, b) => (late(b) || 0) - (late(a) || 0))
    .map((breach) => h('tr', { 'data-activity-id': breach.incident.activityId },
      h('td', {}, breach.definition.name || breach.definition.key),
      h('td', { class: 'sla-case' }, breach.caseName),
      h('td', { class: 'sla-step' }, breach.step ? breach.step.step : '–'),
      h('td', {}, breach.step ? breach.step.activity : breach.incident.activityId),
      h('td', { class: 'sla-role' }, breach.step ? breach.step.role : '–'),
      h('td', { class: 'sla-assignee' }, breach.assignee || 'belum diklaim'),
      h('td', { class: 'sla-number sla-late' }, formatDuration(late(breach))),
      h('td', {}, h('a', { href: `#/process-instance/${encodeURIComponent(breach.incident.processInstanceId)}/runtime` },
        'Buka instans'))));
  return table('sla-open-breaches',
    ['SOP', 'Perihal', 'Langkah', 'Tugas', 'Peran', 'Penerima tugas', 'Melewati standar', ''], rows);
}

/** The dari/sampai form; calls onChange with the period [from, to) when submitted. */
function periodForm(onChange) {
  const period = defaultPeriod();
  const input = (name, date) => h('input', { type: 'date', class: 'form-control input-sm', name, required: '', value: toDateInput(date) });
  const from = input('dari', period.from);
  const to = input('sampai', startOfDay(period.to, -1));
  // the browser refuses to submit a "sampai" before "dari"
  const keepOrder = () => to.setAttribute('min', from.value);
  from.addEventListener('change', keepOrder);
  keepOrder();
  const form = h('form', { class: 'form-inline sla-period' },
    h('label', {}, 'Dari ', from), ' ',
    h('label', {}, 'sampai ', to), ' ',
    h('button', { type: 'submit', class: 'btn btn-default btn-sm' }, 'Tampilkan'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // "sampai" is a whole day: the period ends at the next midnight
    onChange({ from: fromDateInput(from.value), to: startOfDay(fromDateInput(to.value), 1) });
  });
  return { form, period };
}

function loadStylesheet() {
  const href = new URL('sla-monitor.css', import.meta.url).href;
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href }));
  }
}

/* ------------------------------------------------------------- plugins */

function renderDashboard(node, { api }) {
  loadStylesheet();
  const open = h('div', { class: 'sla-open' });
  const figures = h('div', { class: 'sla-figures-per-sop' });
  const showFigures = (period) => fill(figures, async () => {
    const sops = await loadSops(api);
    if (sops.length === 0) {
      return message('Tidak ada SOP yang dapat Anda lihat.');
    }
    const tables = await Promise.all(sops.map(async (sop) => [
      h('h4', {}, sop.name || sop.key),
      figuresTable(await loadFigures(api, sop, period))
    ]));
    return tables.flat();
  });
  const { form, period } = periodForm(showFigures);
  node.replaceChildren(h('div', { class: 'col-xs-12 sla-sop sla-dashboard' },
    h('h3', {}, 'SLA SOP'),
    h('h4', {}, 'Pelanggaran yang masih terbuka'),
    open,
    h('h4', {}, 'Kepatuhan per langkah'),
    form,
    figures));
  fill(open, async () => openBreachesTable(await loadOpenBreaches(api), new Date()));
  showFigures(period);
}

function renderDefinitionTab(node, { api, processDefinitionId }) {
  loadStylesheet();
  const figures = h('div', {});
  const showFigures = (period) => fill(figures, async () =>
    figuresTable(await loadFigures(api, await loadDefinition(api, processDefinitionId), period)));
  const { form, period } = periodForm(showFigures);
  node.replaceChildren(h('div', { class: 'sla-sop sla-definition-tab' }, form, figures));
  showFigures(period);
}

/* The overlay is rendered once per diagram element; the elements of one diagram share one load. */
let overlayLoad = { processDefinitionId: null, startedAt: 0, figures: null };

function loadOverlayFigures(api, processDefinitionId) {
  const fresh = Date.now() - overlayLoad.startedAt < 5000;
  if (overlayLoad.processDefinitionId !== processDefinitionId || !fresh) {
    const figures = loadDefinition(api, processDefinitionId).then(async (definition) => {
      const [steps, breaches] = await Promise.all([
        loadFigures(api, definition, defaultPeriod()),
        getAll(api, '/incident', { incidentType: INCIDENT_TYPE, processDefinitionKeyIn: definition.key, sortBy: 'incidentId', sortOrder: 'asc' })
      ]);
      return steps.map((step) => ({
        ...step,
        open: breaches.filter((incident) => incident.activityId === step.activityId).length
      }));
    });
    overlayLoad = { processDefinitionId, startedAt: Date.now(), figures };
  }
  return overlayLoad.figures;
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
  loadStylesheet();
  loadOverlayFigures(api, processDefinitionId).then((figures) => {
    const step = figures.find((candidate) => candidate.activityId === element.id);
    if (!step) {
      return;
    }
    const breached = step.open > 0;
    node.replaceChildren(h('div', {
      class: `sla-overlay${breached ? ' sla-overlay-breached' : ''}`,
      'data-activity-id': step.activityId,
      title: `SLA 30 hari terakhir: ${step.tasks} tugas, ${step.breaches} pelanggaran, kepatuhan ${step.compliance}; `
        + `${step.open} pelanggaran masih terbuka (standar ${formatDuration(step.standard)})`
    },
    h('span', { class: 'badge sla-overlay-compliance' }, step.compliance),
    h('span', { class: `badge sla-overlay-open${breached ? ' badge-important' : ''}` }, `${step.open} terbuka`)));
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

/*
 * Cockpit 7.24 plugin "Riwayat SOP" (listed in config.js customScripts): the finished cases,
 * which the Community Cockpit cannot open and Tasklist no longer shows, for the Kabag and the
 * Sub Koordinator.
 *
 * - cockpit.navigation: "Riwayat SOP" in Cockpit's header.
 * - cockpit.route #/riwayat?sop=&dari=&sampai=&cari=&oleh=&hal=: the list of finished cases by SOP,
 *   period (office days in WIB), text in the case's name and person; each row opens the record.
 * - cockpit.route #/riwayat/<processInstanceId>: the case as the office's record, printable.
 *
 * Everything comes from the application's own API (history/CaseHistoryController), called as the
 * logged-in user: GET /api/riwayat and GET /api/riwayat/{id}. The server words every value,
 * time and duration; this file only lays them out and never computes a figure itself.
 */
import { getOfficeJson as getJson, loadStylesheet } from './office-access.js';

/* The application's API, beside the webapps (context path "/"). */
const API = '/api/riwayat';
const PAGE_SIZE = 50;
/* The list's last route (its filters), for the record's way back. */
const LIST_KEY = 'riwayat-sop-list';

/* ------------------------------------------------------------------ UI */

/** A DOM element; children are nodes or text (never parsed as HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value != null && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    element.append(child instanceof Node ? child : document.createTextNode(child == null ? '–' : String(child)));
  });
  return element;
}

function message(text, className = 'text-muted') {
  return h('p', { class: className }, text);
}

/** Loads into a container, showing "Memuat…" meanwhile and the reason if it fails. */
async function fill(container, load) {
  container.replaceChildren(message('Memuat…'));
  try {
    // sections are nodes or (nested) lists of nodes; '' stands for a section left out
    container.replaceChildren(...[await load()].flat(Infinity).filter((part) => part !== ''));
  } catch (error) {
    console.error('Riwayat SOP', error);
    container.replaceChildren(message(`Riwayat tidak dapat dimuat: ${error.message}`, 'text-danger riwayat-error'));
  }
}

/** The query of Cockpit's current route, e.g. #/riwayat?sop=…&dari=… */
function routeQuery() {
  const hash = window.location.hash;
  const index = hash.indexOf('?');
  return new URLSearchParams(index < 0 ? '' : hash.substring(index + 1));
}

function person(who) {
  return who ? (who.name && who.name !== who.userId ? `${who.name} (${who.userId})` : who.userId) : '–';
}

/** A recorded value as the server worded it: text (lines kept), link, list or table. */
function shown(value) {
  if (!value) {
    return h('span', {}, '–');
  }
  switch (value.kind) {
    case 'link':
      // the server makes links of http(s) addresses only
      return /^https?:\/\//i.test(value.href)
        ? h('a', { href: value.href, target: '_blank', rel: 'noopener noreferrer' }, value.text)
        : h('span', {}, value.text);
    case 'list':
      return h('ul', { class: 'riwayat-list' }, value.items.map((item) => h('li', {}, shown(item))));
    case 'table':
      return h('table', { class: 'table table-bordered table-condensed riwayat-value-table' },
        h('thead', {}, h('tr', {}, h('th', {}, 'No.'), value.columns.map((column) => h('th', {}, column)))),
        h('tbody', {}, value.rows.map((row, index) =>
          h('tr', {}, h('td', {}, index + 1), row.map((cell) => h('td', {}, shown(cell)))))));
    default:
      return h('span', { class: 'riwayat-text' }, value.text);
  }
}

function recordedValues(values) {
  if (!values || values.length === 0) {
    return message('Tidak ada isian yang tercatat.');
  }
  return h('dl', { class: 'riwayat-values' },
    values.map((value) => [h('dt', {}, value.label), h('dd', { 'data-field': value.field }, shown(value.value))]));
}

/* ---------------------------------------------------------------- list */

function filterForm(query, sops) {
  const field = (label, control) => h('div', { class: 'form-group' }, h('label', {}, label), ' ', control);
  const sop = h('select', { name: 'sop', class: 'form-control input-sm' },
    h('option', { value: '' }, 'Semua SOP'),
    sops.map((candidate) => h('option', { value: candidate.key, selected: candidate.key === query.get('sop') },
      candidate.name)));
  const date = (name, value) => h('input', { type: 'date', name, class: 'form-control input-sm', required: true, value });
  const from = date('dari', query.get('dari'));
  const to = date('sampai', query.get('sampai'));
  const keepOrder = () => to.setAttribute('min', from.value);
  from.addEventListener('change', keepOrder);
  keepOrder();
  const text = (name, placeholder) => h('input', {
    type: 'search', name, class: 'form-control input-sm', placeholder, value: query.get(name) || ''
  });
  const form = h('form', { class: 'form-inline riwayat-filter riwayat-no-print' },
    field('SOP', sop), ' ',
    field('Selesai dari', from), ' ',
    field('sampai', to), ' ',
    field('Nama kasus', text('cari', 'mis. pasar, Triwulan')), ' ',
    field('Oleh', text('oleh', 'login, mis. staf1')), ' ',
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Tampilkan'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    new FormData(form).forEach((value, name) => {
      if (String(value).trim()) {
        next.set(name, String(value).trim());
      }
    });
    window.location.hash = `#/riwayat?${next}`;
  });
  return form;
}

function casesTable(list) {
  if (list.cases.length === 0) {
    return message('Tidak ada kasus selesai yang cocok dalam periode ini.');
  }
  return h('table', { class: 'cam-table riwayat-cases' },
    h('thead', {}, h('tr', {},
      ['Selesai', 'SOP', 'Nama kasus', 'Dimulai oleh', 'Mulai', 'Lama', 'Berakhir dengan', 'Pelanggaran']
        .map((heading) => h('th', {}, heading)))),
    h('tbody', {}, list.cases.map((found) => h('tr', { 'data-process-instance-id': found.processInstanceId },
      h('td', { class: 'riwayat-nowrap' }, found.endText),
      h('td', {}, found.sopName),
      h('td', { class: 'riwayat-case' },
        h('a', { href: `#/riwayat/${encodeURIComponent(found.processInstanceId)}` }, found.caseName || found.processInstanceId)),
      h('td', {}, found.startedBy ? person(found.startedBy) : 'Otomatis'),
      h('td', { class: 'riwayat-nowrap' }, found.startText),
      h('td', { class: 'riwayat-nowrap' }, found.durationText),
      h('td', {}, found.endedAs),
      h('td', { class: `riwayat-number${found.breaches > 0 ? ' riwayat-late' : ''}` }, found.breaches)))));
}

function pager(list, query) {
  const first = list.firstResult;
  const shownTo = first + list.cases.length;
  const link = (label, page) => {
    const next = new URLSearchParams(query);
    next.set('hal', page);
    return h('a', { href: `#/riwayat?${next}`, class: 'btn btn-default btn-sm' }, label);
  };
  const page = Math.floor(first / PAGE_SIZE);
  return h('p', { class: 'riwayat-pager' },
    list.count === 0 ? '' : `Kasus ${first + 1}–${shownTo} dari ${list.count}. `,
    first > 0 ? link('« Sebelumnya', page - 1) : '',
    ' ',
    shownTo < list.count ? link('Berikutnya »', page + 1) : '');
}

function renderList(node, { api }) {
  loadStylesheet(import.meta.url, 'riwayat-sop.css');
  const query = routeQuery();
  window.sessionStorage.setItem(LIST_KEY, window.location.hash);
  const page = Math.max(0, Number.parseInt(query.get('hal') || '0', 10) || 0);
  const request = new URLSearchParams({ firstResult: page * PAGE_SIZE, maxResults: PAGE_SIZE });
  ['sop', 'dari', 'sampai', 'cari', 'oleh'].forEach((name) => {
    if (query.get(name)) {
      request.set(name, query.get(name));
    }
  });
  const body = h('div', {});
  node.replaceChildren(h('div', { class: 'riwayat-sop riwayat-page' },
    h('h2', {}, 'Riwayat SOP'),
    message('Kasus SOP yang sudah selesai. Buka nama kasus untuk membaca catatannya: setiap langkah, siapa '
      + 'mengerjakan, berapa lama dibanding standar waktu, dan apa yang dicatat.'),
    body));
  fill(body, async () => {
    const list = await getJson(api, `${API}?${request}`);
    // the period the server used (default: the last 30 days) fills the form
    const used = new URLSearchParams(query);
    used.set('dari', list.dari);
    used.set('sampai', list.sampai);
    return [filterForm(used, list.sops), casesTable(list), pager(list, query)];
  });
}

/* -------------------------------------------------------------- record */

function caseHeader(record) {
  const summary = record.summary;
  const row = (label, value) => [h('dt', {}, label), h('dd', {}, value)];
  const states = { selesai: 'Selesai', dibatalkan: 'Dibatalkan', berjalan: 'Masih berjalan' };
  return h('div', { class: 'riwayat-header' },
    h('p', { class: 'riwayat-sop-name' }, summary.sopName),
    h('h2', { class: 'riwayat-case-name' }, summary.caseName || summary.processInstanceId),
    h('dl', { class: 'dl-horizontal riwayat-summary' },
      row('Status', states[summary.state] || summary.state),
      row('Dimulai oleh', summary.startedBy ? person(summary.startedBy) : 'Otomatis (jadwal)'),
      row('Mulai', summary.startText),
      row('Selesai', summary.endText),
      row('Lama', summary.durationText),
      row('Berakhir dengan', summary.endedAs),
      row('Revisi', record.revisions > 0 ? `${record.revisions} kali` : 'Tidak ada'),
      row('Pelanggaran standar waktu', summary.breaches > 0 ? `${summary.breaches} kali` : 'Tidak ada')));
}

function laporanLinks(laporan) {
  if (!laporan) {
    return [];
  }
  return h('p', { class: 'riwayat-laporan' },
    h('strong', {}, 'Laporan inventarisasi: '),
    h('a', { href: laporan.pdf, target: '_blank', rel: 'noopener' }, 'Unduh PDF'), ' · ',
    h('a', { href: laporan.csv }, 'Unduh CSV'));
}

function stepBlock(step) {
  const timing = step.breached
    ? h('span', { class: 'label label-danger riwayat-breached' },
      `Melewati standar${step.overText ? ` ${step.overText}` : ''}`)
    : step.state === 'terbuka'
      ? h('span', { class: 'label label-default' }, 'Belum selesai')
      : h('span', { class: 'label label-success' }, 'Sesuai standar');
  const cell = (label, value) => h('div', { class: 'riwayat-fact' }, h('span', { class: 'riwayat-fact-label' }, label), value);
  return h('section', { class: `riwayat-step${step.breached ? ' riwayat-step-late' : ''}`, 'data-task-id': step.taskId,
    'data-step': step.step },
  h('h4', {},
    h('span', { class: 'riwayat-step-number' }, `Langkah ${step.step}`), ' ', step.activity,
    step.round > 1 ? h('span', { class: 'riwayat-round' }, ` (ke-${step.round})`) : ''),
  h('div', { class: 'riwayat-facts' },
    cell('Pelaksana', step.role),
    cell('Dikerjakan oleh', step.doneBy ? person(step.doneBy) : 'belum diklaim'),
    cell('Diterima', step.createdText),
    cell('Selesai', step.completedText || (step.state === 'terbuka' ? 'belum' : 'dibatalkan')),
    cell('Lama', step.durationText),
    cell('Standar', step.standardText),
    cell('Ketepatan', timing)),
  recordedValues(step.recorded));
}

function breachesTable(breaches) {
  if (breaches.length === 0) {
    return message('Tidak ada langkah yang melewati standar waktu.');
  }
  return h('table', { class: 'cam-table riwayat-breaches' },
    h('thead', {}, h('tr', {}, ['Langkah', 'Kegiatan', 'Standar terlewati', 'Selesai dikerjakan', 'Keterangan']
      .map((heading) => h('th', {}, heading)))),
    h('tbody', {}, breaches.map((breach) => h('tr', { 'data-task-id': breach.taskId },
      h('td', {}, breach.step),
      h('td', {}, breach.activity),
      h('td', { class: 'riwayat-nowrap' }, breach.createdText),
      h('td', { class: 'riwayat-nowrap' }, breach.resolvedText),
      h('td', {}, breach.message)))));
}

function renderRecord(node, { api }) {
  loadStylesheet(import.meta.url, 'riwayat-sop.css');
  const match = /#\/riwayat\/([^/?]+)/.exec(window.location.hash);
  const processInstanceId = match ? decodeURIComponent(match[1]) : '';
  const body = h('div', {});
  // back to the list as it was last filtered
  const back = h('a', { href: window.sessionStorage.getItem(LIST_KEY) || '#/riwayat', class: 'btn btn-default btn-sm' },
    '« Daftar riwayat');
  const print = h('button', { type: 'button', class: 'btn btn-default btn-sm' }, 'Cetak');
  print.addEventListener('click', () => window.print());
  node.replaceChildren(h('div', { class: 'riwayat-sop riwayat-record' },
    h('div', { class: 'riwayat-actions riwayat-no-print' }, back, ' ', print),
    body));
  fill(body, async () => {
    const record = await getJson(api, `${API}/${encodeURIComponent(processInstanceId)}`);
    return [
      caseHeader(record),
      laporanLinks(record.laporan),
      h('h3', {}, 'Permintaan'),
      recordedValues(record.request),
      h('h3', {}, 'Langkah-langkah'),
      record.steps.length === 0 ? message('Belum ada langkah yang dikerjakan.') : record.steps.map(stepBlock),
      h('h3', {}, 'Pelanggaran standar waktu'),
      breachesTable(record.breaches),
      h('p', { class: 'riwayat-printed text-muted' }, `Kasus ${record.summary.processInstanceId}`)
    ];
  });
}

/* ------------------------------------------------------------- plugins */

function renderNavigation(node) {
  node.replaceChildren(h('a', { href: '#/riwayat' }, 'Riwayat SOP'));
}

export default [
  {
    id: 'riwayat-sop-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    render: renderNavigation,
    // Cockpit marks the header link active while the URL contains this path
    properties: { label: 'Riwayat SOP', path: '#/riwayat' }
  },
  {
    id: 'riwayat-sop-list',
    pluginPoint: 'cockpit.route',
    render: renderList,
    properties: { path: '/riwayat' }
  },
  {
    id: 'riwayat-sop-record',
    pluginPoint: 'cockpit.route',
    render: renderRecord,
    properties: { path: '/riwayat/:processInstanceId' }
  }
];

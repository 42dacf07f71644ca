/*
 * Cockpit 7.24 plugin "Laporan inventarisasi" (listed in config.js customScripts): the laporan
 * that step 4 of SOP Inventarisasi Peralatan Dokumentasi makes (inventory/report).
 *
 * - cockpit.route #/laporan-inventaris and a cockpit.navigation link to it: every laporan the
 *   caller may read (READ_HISTORY on the SOP), newest first, with its PDF and CSV; those the Sub Koordinator has not opened yet are marked "Baru".
 * - cockpit.dashboard: for the Sub Koordinator, a notice per new laporan linking to its PDF and to
 *   the case's record in Riwayat SOP (#/riwayat/<processInstanceId>).
 *
 * Everything comes from the office's API (/api/inventaris/laporan), called with the Cockpit
 * session; the server decides who reads and what is new, this only renders it.
 */

const API = '/api/inventaris/laporan';

async function getJson(api, path) {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  });
  if (!response.ok) {
    let message = `${response.status}`;
    try {
      message = (await response.json()).message || message;
    } catch (notJson) {
      // keep the status
    }
    throw new Error(message);
  }
  return response.json();
}

/** An element with attributes and children (strings become text, never HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  children.flat().forEach((child) => element.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return element;
}

const WIB = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit'
});

function when(text) {
  return text ? `${WIB.format(new Date(text))} WIB` : '–';
}

function pdfLink(laporan) {
  return h('a', { href: `${API}/${encodeURIComponent(laporan.processInstanceId)}/pdf`, target: '_blank', class: 'laporan-pdf' }, 'PDF');
}

function csvLink(laporan) {
  return h('a', { href: `${API}/${encodeURIComponent(laporan.processInstanceId)}/csv`, class: 'laporan-csv' }, 'CSV');
}

function table(list) {
  if (list.length === 0) {
    return h('p', { class: 'laporan-kosong' }, 'Belum ada laporan inventarisasi.');
  }
  return h('table', { class: 'cam-table laporan-inventaris-daftar' },
    h('thead', {}, h('tr', {}, ['Periode', 'Dibuat', 'Oleh', 'Dibaca Sub Koordinator', 'Berkas'].map((label) => h('th', {}, label)))),
    h('tbody', {}, list.map((laporan) => h('tr', { 'data-process-instance-id': laporan.processInstanceId },
      h('td', {}, laporan.periode, laporan.dibacaSubkoorPada ? '' : [' ', h('span', { class: 'badge badge-warning laporan-baru' }, 'Baru')]),
      h('td', {}, when(laporan.dibuatPada)),
      h('td', {}, laporan.dibuatOlehNama || laporan.dibuatOleh),
      h('td', {}, when(laporan.dibacaSubkoorPada)),
      h('td', {}, pdfLink(laporan), ' · ', csvLink(laporan), ' · ',
        h('a', { href: `#/riwayat/${encodeURIComponent(laporan.processInstanceId)}` }, 'Riwayat SOP'))))));
}

function fill(node, load) {
  node.replaceChildren(h('p', {}, 'Memuat…'));
  load().then((content) => node.replaceChildren(content),
    (error) => node.replaceChildren(h('div', { class: 'alert alert-danger' }, `Laporan tidak dapat dimuat: ${error.message}`)));
}

function renderPage(node, { api }) {
  const list = h('div', {});
  node.replaceChildren(h('div', { class: 'ctn-content-container laporan-inventaris' },
    h('h2', {}, 'Laporan inventarisasi'),
    h('p', {}, 'Laporan setiap inventarisasi peralatan dokumentasi, dibuat saat langkah 4 SOP diselesaikan. Lihat juga ',
      h('a', { href: '#/inventaris' }, 'Buku inventarisasi'), '.'),
    list));
  fill(list, async () => table(await getJson(api, API)));
}

function renderNavigation(node) {
  node.replaceChildren(h('a', { href: '#/laporan-inventaris' }, 'Laporan inventarisasi'));
}

function renderDashboard(node, { api }) {
  getJson(api, `${API}/baru`).then((unread) => {
    if (unread.length === 0) {
      node.replaceChildren();
      return;
    }
    node.replaceChildren(h('div', { class: 'col-xs-12 laporan-inventaris-baru' },
      unread.map((laporan) => h('div', { class: 'alert alert-info', 'data-process-instance-id': laporan.processInstanceId },
        h('strong', {}, `Laporan inventarisasi baru: ${laporan.periode}`), ' — ',
        h('a', { href: `${API}/${encodeURIComponent(laporan.processInstanceId)}/pdf`, target: '_blank' }, 'buka laporan (PDF)'),
        ' · ',
        h('a', { href: `#/riwayat/${encodeURIComponent(laporan.processInstanceId)}` }, 'catatan SOP di Riwayat SOP')))));
  }, (error) => console.error('Laporan inventarisasi', error));
}

export default [
  {
    id: 'laporan-inventaris-page',
    pluginPoint: 'cockpit.route',
    properties: { path: '/laporan-inventaris', label: 'Laporan inventarisasi' },
    render: renderPage
  },
  {
    id: 'laporan-inventaris-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: '/laporan-inventaris', label: 'Laporan inventarisasi' },
    render: renderNavigation
  },
  {
    id: 'laporan-inventaris-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: renderDashboard
  }
];

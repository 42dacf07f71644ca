/*
 * Cockpit 7.24 plugin "Rekap publikasi" (listed in config.js customScripts): the publications of
 * SOP Penyampaian Informasi Melalui Media Sosial, month by month, for the Kabag and the Sub
 * Koordinator.
 *
 * - cockpit.route: the page #/publikasi (month, pimpinan and channel filters, the table, the
 *   totals, CSV and PDF downloads);
 * - cockpit.navigation: its link in Cockpit's header.
 *
 * Everything comes from the application's /api/publikasi (socialmedia/PublicationController),
 * called with the Cockpit session: the server decides who may read it, which month an upload
 * belongs to (WIB) and computes every figure; this page only shows them.
 */

const API = '/api/publikasi';
const PIMPINAN = ['Bupati', 'Wakil Bupati', 'Sekretaris Daerah'];
const KANAL = [['instagram', 'Instagram'], ['youtube', 'YouTube'], ['facebook', 'Facebook']];

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  children.flat().forEach((child) => {
    element.append(child instanceof Node ? child : document.createTextNode(child == null ? '–' : String(child)));
  });
  return element;
}

function loadStylesheet() {
  const href = new URL('rekap-publikasi.css', import.meta.url).href;
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href }));
  }
}

/** GET from the API as the logged-in user; a refusal's Indonesian message becomes the error. */
async function get(api, filters, accept, path = '') {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
  const response = await fetch(`${API}${path}${query ? `?${query}` : ''}`, {
    method: 'GET',
    credentials: 'same-origin',
    headers: { Accept: accept, 'X-XSRF-TOKEN': api.CSRFToken }
  });
  if (!response.ok) {
    let text = `${response.status}`;
    try {
      text = (await response.json()).message || text;
    } catch (notJson) {
      // the status says enough
    }
    throw new Error(text);
  }
  return response;
}

/** Saves a response as a file: the download carries the session, unlike a plain link in every setup. */
async function download(response, fallbackName) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="([^"]+)"/.exec(disposition);
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: match ? match[1] : fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function select(name, label, options) {
  return h('label', {}, `${label} `,
    h('select', { name, class: 'form-control input-sm' },
      h('option', { value: '' }, 'Semua'),
      options.map(([value, text]) => h('option', { value }, text))));
}

function linksCell(channels) {
  return h('td', { class: 'publikasi-tautan' }, channels.map((link) => h('div', {},
    `${link.label}: `, h('a', { href: link.tautan, target: '_blank', rel: 'noopener noreferrer' }, link.tautan))));
}

function rowsTable(report) {
  if (report.rows.length === 0) {
    return h('p', { class: 'text-muted' }, `Tidak ada publikasi pada ${report.monthName}.`);
  }
  return h('table', { class: 'cam-table publikasi-tabel' },
    h('thead', {}, h('tr', {}, ['No', 'Kegiatan', 'Pimpinan', 'Judul', 'Kanal dan tautan', 'Desainer', 'Verifikator',
      'Revisi', 'Terupload', 'Durasi', 'Standar', 'Tepat waktu', 'Pelanggaran'].map((heading) => h('th', {}, heading)))),
    h('tbody', {}, report.rows.map((row, index) => h('tr', { 'data-process-instance-id': row.processInstanceId },
      h('td', { class: 'publikasi-angka' }, index + 1),
      h('td', {}, h('div', {}, row.kegiatan), h('div', { class: 'text-muted' }, row.waktuKegiatan), h('div', { class: 'text-muted' }, row.lokasi)),
      h('td', {}, row.pimpinan),
      h('td', {}, row.judul),
      linksCell(row.channels),
      h('td', {}, row.designer && row.designer.name),
      h('td', {}, row.verifier && row.verifier.name),
      h('td', { class: 'publikasi-angka' }, row.revisions),
      h('td', { class: 'publikasi-waktu' }, row.uploadedText),
      h('td', { class: `publikasi-waktu${row.onTime ? '' : ' publikasi-terlambat'}` }, row.duration),
      h('td', { class: 'publikasi-waktu' }, row.standard),
      h('td', { class: row.onTime ? '' : 'publikasi-terlambat' }, row.onTime ? 'Ya' : 'Tidak'),
      h('td', { class: 'publikasi-angka' }, row.breaches)))));
}

function totalsTable(totals) {
  const rows = [
    ['Jumlah publikasi', totals.publications],
    ...KANAL.map(([id, label]) => [`Publikasi di ${label}`, totals.perChannel[id]]),
    ['Tepat waktu (dalam standar)', totals.onTime],
    ['Melewati standar', totals.late],
    ['Pelanggaran standar waktu langkah', totals.breaches]
  ];
  return h('table', { class: 'cam-table publikasi-ringkasan' },
    h('tbody', {}, rows.map(([label, value]) => h('tr', {}, h('td', {}, label), h('td', { class: 'publikasi-angka' }, value)))));
}

function renderPage(node, { api }) {
  loadStylesheet();
  const month = h('input', { type: 'month', name: 'bulan', class: 'form-control input-sm' });
  const form = h('form', { class: 'form-inline publikasi-filter' },
    h('label', {}, 'Bulan ', month),
    select('pimpinan', 'Pimpinan', PIMPINAN.map((name) => [name, name])),
    select('kanal', 'Kanal', KANAL),
    h('button', { type: 'submit', class: 'btn btn-sm btn-primary' }, 'Tampilkan'),
    h('button', { type: 'button', class: 'btn btn-sm btn-default', name: 'csv' }, 'Unduh CSV'),
    h('button', { type: 'button', class: 'btn btn-sm btn-default', name: 'pdf' }, 'Unduh PDF'));
  const status = h('div', { class: 'publikasi-status' });
  const content = h('div', { class: 'publikasi-isi' });
  node.replaceChildren(h('div', { class: 'ctn-main publikasi' },
    h('h3', {}, 'Rekap publikasi media sosial'),
    h('p', { class: 'text-muted' }, 'Publikasi SOP Penyampaian Informasi Melalui Media Sosial per bulan (waktu unggah, WIB): '
      + 'durasi dari dimulainya SOP sampai konten terupload, dibandingkan dengan standar SOP.'),
    form, status, content));

  const filters = () => ({
    bulan: month.value,
    pimpinan: form.elements.pimpinan.value,
    kanal: form.elements.kanal.value
  });
  const show = async () => {
    status.replaceChildren(h('p', { class: 'text-muted' }, 'Memuat…'));
    try {
      const report = await (await get(api, filters(), 'application/json')).json();
      month.value = report.month;
      status.replaceChildren();
      content.replaceChildren(h('h4', {}, report.monthName), rowsTable(report), h('h4', {}, 'Ringkasan'), totalsTable(report.totals));
    } catch (error) {
      content.replaceChildren();
      status.replaceChildren(h('p', { class: 'text-danger' }, `Rekap publikasi tidak dapat dimuat: ${error.message}`));
    }
  };
  const save = (accept, path, name) => async () => {
    try {
      await download(await get(api, filters(), accept, path), name);
    } catch (error) {
      status.replaceChildren(h('p', { class: 'text-danger' }, `Berkas tidak dapat diunduh: ${error.message}`));
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  form.elements.csv.addEventListener('click', save('text/csv', '', 'rekap-publikasi.csv'));
  form.elements.pdf.addEventListener('click', save('application/pdf', '/pdf', 'rekap-publikasi.pdf'));
  show();
}

function renderNavigation(node) {
  node.replaceChildren(h('a', { href: '#/publikasi', class: 'publikasi-navigasi' }, 'Rekap publikasi'));
}

export default [
  {
    id: 'rekap-publikasi-page',
    pluginPoint: 'cockpit.route',
    render: renderPage,
    properties: { path: '/publikasi', label: 'Rekap publikasi' }
  },
  {
    id: 'rekap-publikasi-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    render: renderNavigation,
    properties: { path: '/publikasi', label: 'Rekap publikasi' }
  }
];

/*
 * Cockpit 7.24 plugin "Buku Inventarisasi" (listed in config.js customScripts): the office's
 * register of documentation equipment, for the Kabag and the Sub Koordinator.
 *
 * - cockpit.navigation: the header link "Buku Inventarisasi".
 * - cockpit.route #/inventaris: the items (active, retired or all, by category) with the
 *   condition found at their last check, and the proposals from inventories still waiting for a
 *   decision.
 * - cockpit.route #/inventaris/<kode>: one item and its history.
 *
 * Everything comes from the server's /api/inventaris (inventory/InventoryController), called with
 * the user's Cockpit login; changes send Cockpit's CSRF token. The forms that change the register
 * are shown to whom the server says may change it (GET /api/inventaris/akses: the Sub
 * Koordinator); the server refuses anyone else anyway. A refusal is shown as the server's own
 * message. Times arrive already written as the office writes them ("02-12-2026 09:30 WIB").
 */

/* ---------------------------------------------------------------- REST */

/*
 * /api lies beside the webapps: app-root is <context path>/camunda (Camunda's default webapp
 * path), so the API is <context path>/api.
 */
function apiRoot() {
  const appRoot = document.querySelector('base').getAttribute('app-root') || '';
  return `${appRoot.replace(/\/camunda\/?$/, '')}/api/inventaris`;
}

/** Calls the register's API; a refusal becomes an Error with the server's Indonesian message. */
async function call(api, method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = api.CSRFToken;
  }
  const response = await fetch(`${apiRoot()}${path}`, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (ignored) {
    json = null;
  }
  if (!response.ok) {
    throw new Error(json && json.message ? json.message : `Permintaan gagal (${response.status}).`);
  }
  return json;
}

const get = (api, path) => call(api, 'GET', path);
const post = (api, path, body) => call(api, 'POST', path, body);
const put = (api, path, body) => call(api, 'PUT', path, body);

const itemPath = (kode) => `/barang/${encodeURIComponent(kode)}`;

/* ------------------------------------------------------------------ UI */

/** A DOM element; children are nodes or text (never parsed as HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value !== false && value != null) {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
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

function alertBox(text, kind) {
  return h('div', { class: `alert alert-${kind} inventaris-pesan`, role: 'alert' }, text);
}

/** Loads into a container, showing "Memuat…" meanwhile and the server's message if it fails. */
async function fill(container, load) {
  container.replaceChildren(message('Memuat…'));
  try {
    container.replaceChildren(...[].concat(await load()));
  } catch (error) {
    container.replaceChildren(alertBox(error.message, 'danger'));
  }
}

function readiness(siap) {
  if (siap == null) {
    return '–';
  }
  return siap ? 'Siap' : 'Tidak siap';
}

const STATUS_TEXT = { AKTIF: 'Aktif', DIHAPUS: 'Dihapus dari daftar' };

/* --------------------------------------------------------------- forms */

function field(label, control, hint) {
  return h('div', { class: 'form-group' },
    h('label', { class: 'control-label' }, label, control),
    hint ? h('span', { class: 'help-block' }, hint) : []);
}

function textInput(name, value, { required = false, maxlength, placeholder } = {}) {
  return h('input', { type: 'text', class: 'form-control input-sm', name, value: value || '', required, maxlength, placeholder });
}

function numberInput(name, value) {
  return h('input', { type: 'number', class: 'form-control input-sm', name, min: 0, step: 1, required: true, value: value == null ? '' : value });
}

function select(name, options, selected, { empty } = {}) {
  return h('select', { class: 'form-control input-sm', name, required: !empty },
    empty ? h('option', { value: '' }, empty) : [],
    options.map((option) => h('option', { value: option, selected: option === selected }, option)));
}

/**
 * A form whose submit sends what build() returns and then calls done(answer); the server's
 * refusal is shown above the button, the form stays filled.
 */
function actionForm(className, controls, buttonText, send, done) {
  const feedback = h('div', { class: 'inventaris-umpan-balik' });
  const button = h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, buttonText);
  const form = h('form', { class: `inventaris-form ${className}`, novalidate: true }, controls, feedback, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    feedback.replaceChildren();
    try {
      const answer = await send(new FormData(form));
      await done(answer);
    } catch (error) {
      feedback.replaceChildren(alertBox(error.message, 'danger'));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** The item's fields as the API takes them; an empty jumlah is sent as missing (the server names it). */
function itemBody(data, extra = {}) {
  const jumlah = data.get('jumlah');
  return {
    nama: data.get('nama'),
    kategori: data.get('kategori'),
    merekTipe: data.get('merekTipe'),
    nomorSeri: data.get('nomorSeri'),
    jumlah: jumlah === '' || jumlah == null ? null : Number(jumlah),
    lokasi: data.get('lokasi'),
    ...extra
  };
}

function itemFields(lists, item = {}) {
  return [
    field('Nama barang', textInput('nama', item.nama, { required: true, maxlength: 200 })),
    field('Kategori', select('kategori', lists.kategori, item.kategori)),
    field('Merek/tipe', textInput('merekTipe', item.merekTipe, { maxlength: 200 })),
    field('Nomor seri', textInput('nomorSeri', item.nomorSeri, { maxlength: 100 })),
    field('Jumlah', numberInput('jumlah', item.jumlah)),
    field('Lokasi simpan', select('lokasi', lists.lokasi, item.lokasi))
  ];
}

function section(title, ...children) {
  return h('section', { class: 'inventaris-bagian' }, h('h4', {}, title), children);
}

/** A form folded behind a button, for the Sub Koordinator's changes. */
function folded(buttonText, form) {
  const toggle = h('button', { type: 'button', class: 'btn btn-default btn-sm inventaris-buka' }, buttonText);
  const body = h('div', { class: 'inventaris-lipatan', hidden: true }, form);
  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
  });
  return h('div', { class: 'inventaris-aksi' }, toggle, body);
}

async function loadLists(api) {
  const [kategori, lokasi] = await Promise.all([get(api, '/kategori'), get(api, '/lokasi')]);
  return { kategori, lokasi };
}

/* ----------------------------------------------------------- list page */

function itemsTable(items) {
  if (items.length === 0) {
    return message('Tidak ada barang dengan pilihan ini.');
  }
  return table('inventaris-daftar',
    ['Kode', 'Nama', 'Kategori', 'Merek/tipe', 'Jumlah', 'Lokasi simpan', 'Kondisi terakhir', 'Kesiapan', 'Diperiksa', 'Status'],
    items.map((item) => h('tr', { 'data-kode': item.kode, class: item.status === 'DIHAPUS' ? 'inventaris-dihapus' : false },
      h('td', { class: 'inventaris-kode' }, h('a', { href: `#/inventaris/${encodeURIComponent(item.kode)}` }, item.kode)),
      h('td', {}, item.nama),
      h('td', {}, item.kategori),
      h('td', {}, item.merekTipe),
      h('td', { class: 'inventaris-angka' }, item.jumlah),
      h('td', {}, item.lokasi),
      h('td', { class: 'inventaris-kondisi' }, item.kondisiTerakhir || 'belum diperiksa'),
      h('td', {}, readiness(item.siapTerakhir)),
      h('td', {}, item.diperiksaPadaTeks ? `${item.diperiksaPadaTeks}, ${item.diperiksaOlehNama}` : '–'),
      h('td', {}, STATUS_TEXT[item.status] || item.status))));
}

function filterForm(lists, onChange) {
  const status = h('select', { class: 'form-control input-sm', name: 'status' },
    h('option', { value: 'AKTIF' }, 'Aktif'),
    h('option', { value: 'DIHAPUS' }, 'Dihapus dari daftar'),
    h('option', { value: 'SEMUA' }, 'Semua'));
  const kategori = select('kategori', lists.kategori, null, { empty: 'Semua kategori' });
  const form = h('form', { class: 'form-inline inventaris-saring' },
    h('label', {}, 'Status ', status), ' ',
    h('label', {}, 'Kategori ', kategori));
  const changed = () => onChange({ status: status.value, kategori: kategori.value });
  form.addEventListener('change', changed);
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

function addItemForm(api, lists) {
  return folded('Tambah barang', actionForm('inventaris-tambah', [
    field('Kode inventaris', textInput('kode', '', { required: true, maxlength: 50, placeholder: 'KAM-001' }),
      'Huruf, angka, titik, tanda hubung; tidak dapat diubah kemudian.'),
    ...itemFields(lists)
  ], 'Simpan barang', (data) => post(api, '/barang', itemBody(data, { kode: data.get('kode') })),
  (item) => {
    window.location.hash = `#/inventaris/${encodeURIComponent(item.kode)}`;
  }));
}

function addToListForm(api, path, label, reload) {
  return folded(`Tambah ${label.toLowerCase()}`, actionForm(`inventaris-tambah-${path}`, [
    field(`Nama ${label.toLowerCase()}`, textInput('nama', '', { required: true, maxlength: 100 }))
  ], 'Tambahkan', (data) => post(api, `/${path}`, { nama: data.get('nama') }), reload));
}

function proposalsTable(api, proposals, lists, mayChange, reload) {
  if (proposals.length === 0) {
    return message('Tidak ada usulan yang menunggu keputusan.');
  }
  return table('inventaris-usulan',
    ['No.', 'Nama', 'Jumlah', 'Kondisi', 'Baterai', 'Memori', 'Catatan', 'Ditemukan', ''].slice(0, mayChange ? 9 : 8),
    proposals.map((proposal) => h('tr', { 'data-usulan': proposal.id },
      h('td', {}, `#${proposal.id}`),
      h('td', {}, proposal.nama),
      h('td', { class: 'inventaris-angka' }, proposal.jumlah),
      h('td', {}, proposal.kondisi),
      h('td', {}, proposal.bateraiSiap ? 'Siap' : 'Tidak siap'),
      h('td', {}, proposal.memoriSiap ? 'Siap' : 'Tidak siap'),
      h('td', {}, proposal.catatan),
      h('td', {}, `${proposal.periode}: ${proposal.diusulkanPadaTeks}, ${proposal.diusulkanOlehNama}`),
      mayChange ? h('td', { class: 'inventaris-keputusan' }, decisionForms(api, proposal, lists, reload)) : [])));
}

function decisionForms(api, proposal, lists, reload) {
  const accept = actionForm('inventaris-terima', [
    field('Kode inventaris', textInput('kode', '', { required: true, maxlength: 50 })),
    ...itemFields(lists, { nama: proposal.nama, jumlah: proposal.jumlah })
  ], 'Terima ke Buku Inventarisasi',
  (data) => post(api, `/usulan/${proposal.id}/terima`, itemBody(data, { kode: data.get('kode') })), reload);
  const decline = actionForm('inventaris-tolak', [
    field('Alasan penolakan', textInput('alasan', '', { required: true, maxlength: 500 }))
  ], 'Tolak usulan', (data) => post(api, `/usulan/${proposal.id}/tolak`, { alasan: data.get('alasan') }), reload);
  return [folded('Terima…', accept), folded('Tolak…', decline)];
}

async function renderListPage(node, api) {
  const page = h('div', { class: 'inventaris' });
  node.replaceChildren(page);
  await fill(page, async () => {
    const [access, lists] = await Promise.all([get(api, '/akses'), loadLists(api)]);
    const reload = () => renderListPage(node, api);
    const items = h('div', { class: 'inventaris-barang' });
    const showItems = ({ status, kategori }) => fill(items, async () => {
      const query = new URLSearchParams({ status });
      if (kategori) {
        query.set('kategori', kategori);
      }
      return itemsTable(await get(api, `/barang?${query}`));
    });
    const proposals = h('div', { class: 'inventaris-usulan-daftar' });
    fill(proposals, async () => proposalsTable(api, await get(api, '/usulan'), lists, access.bolehMengubah, reload));
    showItems({ status: 'AKTIF', kategori: '' });
    return [
      h('h3', {}, 'Buku Inventarisasi'),
      message('Peralatan dokumentasi Prokopim, dengan kondisi dan kesiapan dari pemeriksaan terakhir.'),
      h('p', { class: 'inventaris-ke-laporan' }, 'Hasil setiap inventarisasi: ',
        h('a', { href: '#/laporan-inventaris' }, 'Laporan inventarisasi (PDF dan CSV)'), '.'),
      access.bolehMengubah ? h('div', { class: 'inventaris-aksi-atas' },
        addItemForm(api, lists),
        addToListForm(api, 'kategori', 'Kategori', reload),
        addToListForm(api, 'lokasi', 'Lokasi simpan', reload)) : [],
      filterForm(lists, showItems),
      items,
      section('Usulan dari inventarisasi', message('Peralatan yang ditemukan staf tetapi belum tercatat di Buku Inventarisasi.'),
        proposals)
    ];
  });
}

/* ----------------------------------------------------------- item page */

function details(item) {
  const rows = [
    ['Kode inventaris', item.kode],
    ['Nama', item.nama],
    ['Kategori', item.kategori],
    ['Merek/tipe', item.merekTipe],
    ['Nomor seri', item.nomorSeri],
    ['Jumlah', item.jumlah],
    ['Lokasi simpan', item.lokasi],
    ['Status', STATUS_TEXT[item.status] || item.status],
    ...(item.status === 'DIHAPUS' ? [['Dihapus pada', item.dihapusPadaTeks], ['Alasan', item.alasanDihapus]] : []),
    ['Kondisi terakhir', item.kondisiTerakhir || 'belum diperiksa'],
    ['Kesiapan', readiness(item.siapTerakhir)],
    ['Diperiksa', item.diperiksaPadaTeks ? `${item.diperiksaPadaTeks}, ${item.diperiksaOlehNama}` : '–'],
    ['Terakhir diubah', `${item.diubahPadaTeks}, ${item.diubahOlehNama} (versi ${item.versi})`]
  ];
  return h('dl', { class: 'dl-horizontal inventaris-rincian' }, rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]));
}

function historyTable(entries) {
  const jenis = { DITAMBAHKAN: 'Ditambahkan', DIUBAH: 'Diubah', DIHAPUS: 'Dihapus dari daftar', DIPERIKSA: 'Diperiksa' };
  return table('inventaris-riwayat', ['Waktu', 'Perubahan', 'Uraian', 'Oleh'],
    entries.slice().reverse().map((entry) => h('tr', {},
      h('td', { class: 'inventaris-waktu' }, entry.padaTeks),
      h('td', {}, jenis[entry.jenis] || entry.jenis),
      h('td', {}, entry.uraian),
      h('td', {}, entry.olehNama))));
}

function changeForms(api, item, lists, reload) {
  if (item.status === 'AKTIF') {
    return [
      folded('Ubah data barang', actionForm('inventaris-ubah', itemFields(lists, item), 'Simpan perubahan',
        (data) => put(api, itemPath(item.kode), itemBody(data, { versi: item.versi })), reload)),
      folded('Hapus dari daftar', actionForm('inventaris-hapus', [
        field('Alasan penghapusan', textInput('alasan', '', { required: true, maxlength: 500 }),
          'Barang tidak dihapus dari basis data: tetap tercatat dengan status "Dihapus dari daftar".')
      ], 'Hapus dari daftar', (data) => post(api, `${itemPath(item.kode)}/hapus`, { alasan: data.get('alasan'), versi: item.versi }), reload))
    ];
  }
  return folded('Aktifkan kembali', actionForm('inventaris-aktifkan', [
    field('Alasan pengaktifan kembali', textInput('alasan', '', { required: true, maxlength: 500 }))
  ], 'Aktifkan kembali', (data) => post(api, `${itemPath(item.kode)}/aktifkan`, { alasan: data.get('alasan'), versi: item.versi }), reload));
}

async function renderItemPage(node, api, kode) {
  const page = h('div', { class: 'inventaris inventaris-barang-halaman' });
  node.replaceChildren(page);
  await fill(page, async () => {
    const [access, item, entries] = await Promise.all([
      get(api, '/akses'), get(api, itemPath(kode)), get(api, `${itemPath(kode)}/riwayat`)]);
    const lists = access.bolehMengubah ? await loadLists(api) : null;
    const reload = () => renderItemPage(node, api, kode);
    return [
      h('p', {}, h('a', { href: '#/inventaris' }, '← Buku Inventarisasi')),
      h('h3', {}, `${item.kode} · ${item.nama}`),
      details(item),
      access.bolehMengubah ? h('div', { class: 'inventaris-aksi-atas' }, changeForms(api, item, lists, reload)) : [],
      section('Riwayat barang', historyTable(entries))
    ];
  });
}

/* ------------------------------------------------------------- plugins */

function loadStylesheet() {
  const href = new URL('inventaris.css', import.meta.url).href;
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href }));
  }
}

/** The kode of #/inventaris/<kode>, or null on the list page. */
function kodeInHash() {
  const match = /^#\/inventaris\/([^/?]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function renderRoute(node, { api }) {
  loadStylesheet();
  const kode = kodeInHash();
  const container = h('div', { class: 'container-fluid inventaris-halaman' });
  node.replaceChildren(container);
  return kode ? renderItemPage(container, api, kode) : renderListPage(container, api);
}

export default [
  {
    id: 'inventaris',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    // no render: Cockpit draws the header link from pagePath and label
    properties: {
      path: '/inventaris',
      pagePath: '#/inventaris',
      label: 'Buku Inventarisasi',
      // Cockpit's own test (the id or path anywhere in the URL) would also match #/process-definition/inventarisasi…
      checkActive: (url) => /#\/inventaris(\/|\?|$)/.test(url)
    }
  },
  {
    id: 'inventaris-daftar',
    pluginPoint: 'cockpit.route',
    render: renderRoute,
    properties: { path: '/inventaris' }
  },
  {
    id: 'inventaris-barang',
    pluginPoint: 'cockpit.route',
    render: renderRoute,
    properties: { path: '/inventaris/:kode' }
  }
];

/*
 * Admin 7.24 plugin "Kotak keluar notifikasi" (listed in config.js customScripts): the
 * notifications the application wrote into its outbox (notification/...), for administrators.
 *
 * - admin.route: the page #/notifikasi: the outbox, newest first, by status and page by page; a
 *   row opens to the full text and link; a row the server marks bisaDikirimUlang can be sent again ("Kirim ulang").
 *   #/notifikasi?status=GAGAL opens it filtered.
 * - admin.dashboard.section: the outbox's counts on Admin's dashboard, failed ones highlighted,
 *   each a link to the page.
 *
 * Admin has no header plugin point (it offers routes, dashboard sections and System sections),
 * so the dashboard is the way in. The server refuses everyone but camunda-admin's members (403);
 * the page then shows its Indonesian message instead of the outbox.
 * In the demo profile there is no mail server: notifications stay DISIMPAN, and this page is
 * where a newcomer reads what would have been sent.
 */
import { callApi, fullText, h, loadStylesheet } from './notifikasi-api.js';

const PAGE_SIZE = 20;
const ERROR_LENGTH = 120;
const STATUSES = [
  ['MENUNGGU', 'Menunggu'],
  ['GAGAL', 'Gagal'],
  ['TERKIRIM', 'Terkirim'],
  ['DISIMPAN', 'Disimpan'],
  ['DIBATALKAN', 'Dibatalkan']
];
const CHANNELS = { email: 'E-mail', halaman: 'Hanya di halaman ini' };
const HEADINGS = ['Dibuat', 'Jenis', 'Penerima', 'Kanal', 'Judul', 'Kasus', 'Status', 'Percobaan', 'Keterangan / galat terakhir', 'Dicoba lagi / terkirim', ''];

/** A row may be sent again when it failed, waits after a failed attempt, or was only kept and its person can now be reached. */
function canResend(row) {
  return row.bisaDikirimUlang === true; // the server knows whether the person can be reached now
}

/** A long error (a mail server's stack of causes) shortened for its cell; the row's details show it whole. */
function shortError(text) {
  if (!text) {
    return null;
  }
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= ERROR_LENGTH ? oneLine : `${oneLine.slice(0, ERROR_LENGTH - 1)}…`;
}

/** The status filter as the page's route asks for it (#/notifikasi?status=GAGAL), if it is one. */
function statusOfRoute() {
  const query = window.location.hash.split('?')[1] || '';
  const status = new URLSearchParams(query).get('status');
  return STATUSES.some(([value]) => value === status) ? status : '';
}

function message(kind, text) {
  return h('div', { class: `alert alert-${kind} notifikasi-pesan`, role: kind === 'danger' ? 'alert' : 'status' }, text);
}

/* ------------------------------------------------------------------ the page */

class Outbox {
  constructor(node, api) {
    this.api = api;
    this.firstResult = 0;
    this.open = new Set(); // ids of the rows whose text is shown
    this.resent = new Set(); // ids sent again since the page loaded: no second click while the first is under way
    this.filter = h('select', { name: 'status', class: 'form-control input-sm' },
      h('option', { value: '' }, 'Semua status'),
      STATUSES.map(([value, label]) => h('option', { value }, label)));
    this.filter.value = statusOfRoute();
    this.notice = h('div', { class: 'notifikasi-pemberitahuan' });
    this.content = h('div', { class: 'notifikasi-isi-halaman' });
    this.intro = h('p', { class: 'text-muted' }, 'Setiap notifikasi yang ditulis aplikasi (tugas baru, pelanggaran standar waktu, '
      + 'eskalasi, pengingat, ringkasan pagi), terbaru di atas. Klik judul untuk membaca isi lengkap dan tautannya. '
      + 'Status “Disimpan”: tidak dikirim (tanpa server surat, seperti pada demo, atau alamat e-mail penerima belum diisi); '
      + 'isinya tetap dapat dibaca di sini.');
    this.controls = h('form', { class: 'form-inline notifikasi-filter' },
      h('label', {}, 'Status ', this.filter),
      h('button', { type: 'submit', class: 'btn btn-sm btn-default' }, 'Muat ulang'));
    node.replaceChildren(h('div', { class: 'notifikasi notifikasi-halaman' },
      h('h3', {}, 'Kotak keluar notifikasi'),
      this.intro, this.controls, this.notice, this.content));
    this.filter.addEventListener('change', () => this.load(0));
    this.controls.addEventListener('submit', (event) => {
      event.preventDefault();
      this.load(this.firstResult);
    });
  }

  async load(firstResult) {
    this.content.setAttribute('aria-busy', 'true');
    this.resent.clear();
    try {
      const page = await callApi(this.api, '', {
        params: { status: this.filter.value, firstResult, maxResults: PAGE_SIZE }
      });
      this.firstResult = firstResult;
      this.notice.replaceChildren();
      this.content.replaceChildren(this.table(page), this.pager(page.total));
      this.content.dataset.filter = this.filter.value; // what the table shows, for whoever waits for it
    } catch (error) {
      this.refuse(error);
    } finally {
      this.content.removeAttribute('aria-busy');
    }
  }

  /** A refusal shows alone: who may not read the outbox gets no filter and no empty table. */
  refuse(error) {
    this.content.replaceChildren();
    if (error.status === 403 || error.status === 401) {
      this.intro.hidden = true;
      this.controls.hidden = true;
      this.notice.replaceChildren(message('warning', error.message));
    } else {
      this.notice.replaceChildren(message('danger', `Kotak keluar tidak dapat dimuat: ${error.message}`));
    }
  }

  table(page) {
    if (page.rows.length === 0) {
      return h('p', { class: 'text-muted notifikasi-kosong' }, this.filter.value
        ? 'Tidak ada notifikasi dengan status ini.' : 'Belum ada notifikasi.');
    }
    return h('table', { class: 'cam-table notifikasi-tabel' },
      h('thead', {}, h('tr', {}, HEADINGS.map((heading) => h('th', {}, heading)))),
      page.rows.map((row) => this.rowBody(row)));
  }

  /** One notification: its row, and under it, when opened, its full text. */
  rowBody(row) {
    const body = h('tbody', { class: 'notifikasi-baris', 'data-id': row.id, 'data-status': row.status });
    const draw = (shown) => {
      const opened = this.open.has(shown.id);
      const title = h('button', { type: 'button', class: 'btn btn-link notifikasi-judul', 'aria-expanded': String(opened) },
        shown.judul);
      title.addEventListener('click', () => {
        if (this.open.has(shown.id)) {
          this.open.delete(shown.id);
        } else {
          this.open.add(shown.id);
        }
        draw(shown);
      });
      const cells = h('tr', { class: `notifikasi-status-${shown.status.toLowerCase()}` },
        h('td', { class: 'notifikasi-waktu' }, shown.dibuat),
        h('td', {}, shown.jenisLabel),
        h('td', {}, shown.namaPenerima || shown.penerima),
        h('td', {}, h('div', {}, CHANNELS[shown.kanal] || shown.kanal), shown.alamat ? h('div', { class: 'text-muted' }, shown.alamat) : []),
        h('td', {}, title),
        h('td', {}, shown.kasus),
        h('td', {}, h('span', { class: 'notifikasi-status' }, shown.statusLabel)),
        h('td', { class: 'notifikasi-angka' }, shown.percobaan),
        h('td', { class: 'notifikasi-galat', title: shown.galatTerakhir }, shortError(shown.galatTerakhir)),
        h('td', { class: 'notifikasi-waktu' }, shown.terkirim || shown.dicobaLagi),
        h('td', {}, canResend(shown) && !this.resent.has(shown.id) ? this.resendButton(shown, draw) : []));
      const rows = [cells];
      if (opened) {
        rows.push(h('tr', { class: 'notifikasi-rincian' }, h('td', { colspan: HEADINGS.length },
          fullText(shown),
          shown.galatTerakhir ? h('p', { class: 'notifikasi-galat-lengkap' }, h('strong', {}, 'Keterangan / galat terakhir: '),
            shown.galatTerakhir) : [])));
      }
      body.dataset.status = shown.status;
      body.replaceChildren(...rows);
    };
    draw(row);
    return body;
  }

  resendButton(row, draw) {
    const button = h('button', { type: 'button', class: 'btn btn-xs btn-primary notifikasi-kirim-ulang' }, 'Kirim ulang');
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const resent = await callApi(this.api, `/${encodeURIComponent(row.id)}/kirim-ulang`, { method: 'POST' });
        this.resent.add(resent.id);
        draw(resent);
        this.notice.replaceChildren(message('success', `Notifikasi “${resent.judul}” untuk ${resent.namaPenerima || resent.penerima} `
          + 'dijadwalkan untuk dikirim ulang.'));
      } catch (error) {
        button.disabled = false;
        this.notice.replaceChildren(message('danger', `Notifikasi tidak dapat dikirim ulang: ${error.message}`));
      }
    });
    return button;
  }

  pager(total) {
    if (total <= PAGE_SIZE) {
      return h('p', { class: 'text-muted notifikasi-jumlah' }, `${total} notifikasi`);
    }
    const last = Math.min(this.firstResult + PAGE_SIZE, total);
    const step = (label, target, enabled) => {
      const button = h('button', { type: 'button', class: 'btn btn-sm btn-default', disabled: !enabled }, label);
      button.addEventListener('click', () => this.load(target));
      return button;
    };
    return h('div', { class: 'notifikasi-halaman-navigasi' },
      step('‹ Sebelumnya', Math.max(0, this.firstResult - PAGE_SIZE), this.firstResult > 0),
      h('span', { class: 'notifikasi-jumlah' }, ` ${this.firstResult + 1}–${last} dari ${total} `),
      step('Berikutnya ›', this.firstResult + PAGE_SIZE, last < total));
  }
}

function renderPage(node, { api }) {
  loadStylesheet();
  new Outbox(node, api).load(0);
}

/* ------------------------------------------------------------- the dashboard */

async function renderDashboardSection(node, { api }) {
  loadStylesheet();
  node.replaceChildren(h('p', { class: 'text-muted' }, 'Memuat…'));
  try {
    const counts = await callApi(api, '/ringkasan');
    const figure = (value, label, status, highlighted) => h('li', { class: highlighted ? 'notifikasi-gagal' : '' },
      h('a', { href: `#/notifikasi${status ? `?status=${status}` : ''}` }, h('strong', {}, value), ` ${label}`));
    node.replaceChildren(h('ul', { class: 'list-unstyled notifikasi notifikasi-ringkasan' },
      figure(counts.gagal, 'gagal dikirim atau menunggu dicoba ulang', 'GAGAL', counts.gagal > 0),
      figure(counts.menunggu, 'menunggu pengiriman', 'MENUNGGU', false),
      figure(counts.terkirim24Jam, 'terkirim dalam 24 jam terakhir', 'TERKIRIM', false),
      figure(counts.disimpan, 'disimpan tanpa dikirim', 'DISIMPAN', false)));
  } catch (error) {
    node.replaceChildren(h('p', { class: 'text-muted' }, error.message));
  }
}

export default [
  {
    id: 'notifikasi-kotak-keluar',
    pluginPoint: 'admin.route',
    render: renderPage,
    properties: { path: '/notifikasi', label: 'Kotak keluar notifikasi' }
  },
  {
    id: 'notifikasi-ringkasan',
    pluginPoint: 'admin.dashboard.section',
    priority: -10,
    render: renderDashboardSection,
    properties: { label: 'Notifikasi', pagePath: '#/notifikasi' }
  }
];

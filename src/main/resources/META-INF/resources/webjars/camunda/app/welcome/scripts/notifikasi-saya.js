/*
 * Welcome 7.24 plugin "Notifikasi saya" (listed in config.js customScripts): every user's own
 * notification settings and notifications, next to their profile.
 *
 * Welcome, not Admin: Admin opens only for users with its application grant (camunda-admin), and
 * it has no plugin point on a user's profile; Welcome opens for everyone and shows the logged-in
 * user's own profile, where they also edit their e-mail address ("Ubah profil").
 *
 * - welcome.profile: under the profile, the reminder switch (saved at once), the e-mail address on
 *   record and the channels notifications go through;
 * - welcome.dashboard: the user's latest notifications, each opening to its full text and link,
 *   including those the demo kept without sending ("Disimpan").
 *
 * Everything comes from /api/notifikasi/preferensi and /api/notifikasi/saya (notification/...),
 * which answer for the caller only.
 */
import { callApi, fullText, h, loadStylesheet } from '../../admin/scripts/notifikasi-api.js';

const LATEST = 10;
const CHANNELS = { email: 'e-mail' };

/* -------------------------------------------------------------- the settings */

function emailLine(email) {
  if (email) {
    return h('p', { class: 'notifikasi-email' }, 'E-mail: ', h('strong', {}, email));
  }
  return h('p', { class: 'notifikasi-email text-warning' },
    'Alamat e-mail belum diisi. Isi lewat “Ubah profil” di atas agar notifikasi dapat dikirim ke e-mail Anda.');
}

function channelsLine(channels) {
  const names = (channels || []).map((channel) => CHANNELS[channel] || channel);
  return h('p', { class: 'text-muted notifikasi-kanal' }, names.length
    ? `Notifikasi dikirim lewat: ${names.join(', ')}.`
    : 'Belum ada server surat: notifikasi tidak dikirim, hanya disimpan dan dapat dibaca di bawah.');
}

async function renderSettings(node, { api }) {
  loadStylesheet();
  const toggle = h('input', { type: 'checkbox', name: 'pengingat', disabled: true });
  const outcome = h('div', { class: 'notifikasi-hasil', role: 'status' });
  const details = h('div', {});
  node.replaceChildren(h('div', { class: 'notifikasi notifikasi-pengaturan' },
    h('h3', { class: 'section-title' }, 'Notifikasi saya'),
    h('div', { class: 'checkbox' }, h('label', {}, toggle, ' Kirimi saya pengingat tentang tugas saya')),
    h('p', { class: 'help-block' }, 'Pengingat: tugas baru untuk Anda, tugas Anda yang melewati standar waktu, dan pengingat '
      + 'kedua. Eskalasi dan ringkasan pagi untuk atasan tetap dikirim.'),
    details, outcome));

  const show = (preferences) => {
    toggle.checked = preferences.pengingat === true;
    toggle.disabled = false;
    details.replaceChildren(emailLine(preferences.email), channelsLine(preferences.kanal));
  };
  toggle.addEventListener('change', async () => {
    const wanted = toggle.checked;
    toggle.disabled = true;
    try {
      show(await callApi(api, '/preferensi', { method: 'PUT', body: { pengingat: wanted } }));
      outcome.replaceChildren(h('p', { class: 'text-success' }, wanted ? 'Tersimpan: pengingat aktif.' : 'Tersimpan: pengingat dimatikan.'));
    } catch (error) {
      toggle.checked = !wanted;
      toggle.disabled = false;
      outcome.replaceChildren(h('p', { class: 'text-danger' }, `Tidak tersimpan: ${error.message}`));
    }
  });
  const load = async () => {
    try {
      show(await callApi(api, '/preferensi'));
    } catch (error) {
      outcome.replaceChildren(h('p', { class: 'text-danger' }, `Pengaturan notifikasi tidak dapat dimuat: ${error.message}`));
    }
  };
  await load();
  reloadWhenEmailChanges(node, load);
}

/*
 * Welcome's own profile above saves a new e-mail address without reloading the page; its display
 * then shows the new address (.user-profile-email), and the address here is read again.
 */
function reloadWhenEmailChanges(node, load) {
  const column = node.closest('#user-profile');
  if (!column) {
    return;
  }
  const shownEmail = () => column.querySelector('.user-profile-email')?.textContent.trim() ?? null;
  let last = shownEmail();
  let timer;
  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = shownEmail();
      if (now !== null && now !== last) {
        last = now;
        load();
      }
    }, 300);
  }).observe(column, { childList: true, subtree: true, characterData: true });
}

/* ------------------------------------------------------- the latest notifications */

function item(row) {
  return h('li', { class: 'notifikasi-item', 'data-id': row.id, 'data-status': row.status },
    h('details', {},
      h('summary', {},
        h('span', { class: 'notifikasi-waktu' }, row.dibuat), ' · ',
        h('span', {}, row.jenisLabel), ' · ',
        h('strong', {}, row.judul),
        row.kasus ? [' · ', h('span', {}, row.kasus)] : [],
        ' ', h('span', { class: 'label label-default notifikasi-status' }, row.statusLabel)),
      fullText(row)));
}

async function renderLatest(node, { api }) {
  loadStylesheet();
  const list = h('div', {}, h('p', { class: 'text-muted' }, 'Memuat…'));
  node.replaceChildren(h('section', { class: 'notifikasi notifikasi-saya' },
    h('div', { class: 'inner' },
      h('h3', { class: 'section-title' }, 'Notifikasi terbaru untuk saya'),
      h('p', { class: 'text-muted' }, 'Yang dikirim kepada Anda, atau yang akan dikirim bila server surat tersedia '
        + '(status “Disimpan”). Klik untuk membaca isi lengkap.'),
      list)));
  try {
    const page = await callApi(api, '/saya', { params: { maxResults: LATEST } });
    list.replaceChildren(page.rows.length === 0
      ? h('p', { class: 'text-muted' }, 'Belum ada notifikasi untuk Anda.')
      : h('ul', { class: 'list-unstyled notifikasi-daftar' }, page.rows.map(item)),
    page.total > page.rows.length ? h('p', { class: 'text-muted' }, `${page.rows.length} terbaru dari ${page.total} notifikasi.`) : []);
  } catch (error) {
    list.replaceChildren(h('p', { class: 'text-danger' }, `Notifikasi tidak dapat dimuat: ${error.message}`));
  }
}

export default [
  {
    id: 'notifikasi-saya-pengaturan',
    pluginPoint: 'welcome.profile',
    priority: 100, // under Welcome's own profile (priority 200)
    render: renderSettings,
    properties: { label: 'Notifikasi saya' }
  },
  {
    id: 'notifikasi-saya-terbaru',
    pluginPoint: 'welcome.dashboard',
    render: renderLatest,
    properties: { label: 'Notifikasi terbaru untuk saya' }
  }
];

/*
 * Tasklist 7.24 for the office (listed in config.js customScripts): the Sub Koordinator learns in
 * Tasklist, where the day's work is, that an inventory's laporan is ready (SOP Inventarisasi,
 * step 4's output). Above the task list: each laporan not yet opened, with links to its PDF and
 * to the case's record in Cockpit's Riwayat SOP, in a corner clear of the form's buttons; closed
 * with its ×, for the rest of the session. The server decides who sees what
 * (GET /api/inventaris/laporan/baru answers only the Sub Koordinator's unread laporan).
 */
const API = '/api/inventaris/laporan';
const RECORD = '/camunda/app/cockpit/default/#/riwayat/';
const CHECK_EVERY_MS = 60 * 1000;
const CLOSED = 'office-laporan-baru-ditutup';

const style = document.createElement('style');
style.textContent = `.office-laporan-baru { position: fixed; left: 16px; bottom: 48px; z-index: 1050; max-width: 520px; }
.office-laporan-baru .alert { margin-bottom: 6px; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2); }`;
document.head.append(style);

function closed() {
  return JSON.parse(sessionStorage.getItem(CLOSED) || '[]');
}

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  element.append(...children.flat());
  return element;
}

function notice(unread) {
  return h('div', { class: 'office-laporan-baru' },
    unread.map((laporan) => {
      const id = encodeURIComponent(laporan.processInstanceId);
      const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Tutup' }, '×');
      close.addEventListener('click', () => {
        sessionStorage.setItem(CLOSED, JSON.stringify([...closed(), laporan.processInstanceId]));
        close.parentElement.remove();
      });
      return h('div', { class: 'alert alert-info', 'data-process-instance-id': laporan.processInstanceId }, close,
        h('strong', {}, `Laporan inventarisasi baru: ${laporan.periode}`), ' — ',
        h('a', { href: `${API}/${id}/pdf`, target: '_blank', class: 'office-laporan-pdf' }, 'buka laporan (PDF)'), ' · ',
        h('a', { href: `${RECORD}${id}`, class: 'office-laporan-riwayat' }, 'catatan SOP di Riwayat SOP'));
    }));
}

async function show() {
  const header = document.querySelector('[cam-widget-header]');
  // only once someone is logged in (the header offers to log out): asked on the login page, /api
  // would answer 401 with a Basic challenge, and the browser would put its own login dialog up
  if (!header || !header.querySelector('li.logout')) {
    return;
  }
  let unread = [];
  try {
    const response = await fetch(`${API}/baru`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    unread = response.ok ? (await response.json()).filter((laporan) => !closed().includes(laporan.processInstanceId)) : [];
  } catch (error) {
    console.error('Laporan inventarisasi baru', error);
  }
  // the same laporan as shown already: left as it is, so a click on it is never lost to a redraw
  const shown = unread.map((laporan) => laporan.processInstanceId).join(' ');
  const current = document.querySelector('.office-laporan-baru');
  if (current && current.dataset.laporan === shown) {
    return;
  }
  current?.remove();
  if (unread.length > 0) {
    const fresh = notice(unread);
    fresh.dataset.laporan = shown;
    header.after(fresh);
  }
}

window.addEventListener('hashchange', () => setTimeout(show, 500));
setInterval(show, CHECK_EVERY_MS);
setTimeout(show, 500);

export default [];

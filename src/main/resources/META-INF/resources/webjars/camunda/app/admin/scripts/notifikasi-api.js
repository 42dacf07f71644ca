/*
 * What the notification pages share (admin/scripts/notifikasi.js, welcome/scripts/notifikasi-saya.js):
 * calls to the application's /api/notifikasi (notification/...) with the webapp session, a small
 * element builder, and a notification's full text. The server decides who may read what, writes
 * every label and time (WIB); these pages only show them.
 */

const API = '/api/notifikasi';

/** An element with attributes and children; a missing value reads "–". */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value != null && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    element.append(child instanceof Node ? child : document.createTextNode(child == null ? '–' : String(child)));
  });
  return element;
}

/**
 * Calls /api/notifikasi{path} as the logged-in user and returns the JSON answer. A refusal throws
 * an Error whose message is the server's Indonesian one, and whose status is the HTTP status.
 * Modifying requests carry the webapp's CSRF token, which the session requires of them.
 */
export async function callApi(api, path = '', { method = 'GET', params = {}, body } = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '' && value != null)).toString();
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${API}${path}${query ? `?${query}` : ''}`, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (!response.ok) {
    let message = `Permintaan ditolak (HTTP ${response.status}).`;
    try {
      message = (await response.json()).message || message;
    } catch (notJson) {
      // the status says enough
    }
    throw Object.assign(new Error(message), { status: response.status });
  }
  return response.json();
}

/** A notification as its recipient reads it: the text, line by line, and its link. */
export function fullText(row) {
  return h('div', { class: 'notifikasi-teks' },
    h('pre', { class: 'notifikasi-isi' }, row.isi || ''),
    row.tautan ? h('p', {}, h('a', { href: row.tautan, target: '_blank', rel: 'noopener noreferrer' },
      row.jenis === 'RINGKASAN_PAGI' ? 'Buka Cockpit' : 'Buka tugas di Tasklist')) : []);
}

/** Adds a stylesheet that lies next to this module, once. */
export function loadStylesheet() {
  const href = new URL('notifikasi.css', import.meta.url).href;
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href }));
  }
}

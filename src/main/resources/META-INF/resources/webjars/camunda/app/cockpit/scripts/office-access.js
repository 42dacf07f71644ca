/*
 * What the logged-in user may do, asked of the engine (REST authorization/check), so Cockpit and
 * Admin show a person only what the engine would let them do: Camunda's webapps offer every
 * action to everyone and refuse it afterwards with an English AuthorizationException.
 *
 * The answer marks the page's <html> element; office-access.css hides and shows by it:
 * - office-administrator: the user may change authorizations (camunda-admin, or whoever an
 *   administrator made one);
 * - office-read-only: the user may change no process instance, neither as such nor through
 *   its definition (UPDATE / UPDATE_INSTANCE, granted for all, not per SOP);
 * - office-reads-every-task: the user may read every task, not only those of their lane.
 * Hiding is a courtesy only: the engine still refuses whatever is not granted.
 *
 * It also holds what the office's own Cockpit pages share: loadStylesheet() and getOfficeJson(),
 * a GET of the application's /api as the logged-in user.
 */

const RESOURCE_TYPE = { authorization: 4, 'process-definition': 6, task: 7, 'process-instance': 8 };

/** The engine REST root of this webapp, e.g. /camunda/api/engine/engine/default/. */
function engineRoot() {
  const base = document.querySelector('base');
  const engine = new URL(base.href).pathname.split('/').filter(Boolean).pop();
  return `${base.getAttribute('engine-api')}engine/${engine}/`;
}

async function may(permissionName, resourceName) {
  const query = new URLSearchParams({ permissionName, resourceName, resourceType: RESOURCE_TYPE[resourceName] });
  const response = await fetch(`${engineRoot()}authorization/check?${query}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  return response.ok && (await response.json()).authorized === true;
}

async function markAbilities() {
  const [administrator, readsEveryTask, updatesInstances, updatesDefinitionsInstances] = await Promise.all([
    may('UPDATE', 'authorization'),
    may('READ', 'task'),
    may('UPDATE', 'process-instance'),
    may('UPDATE_INSTANCE', 'process-definition')
  ]);
  const root = document.documentElement.classList;
  root.toggle('office-administrator', administrator);
  root.toggle('office-reads-every-task', readsEveryTask);
  root.toggle('office-read-only', !updatesInstances && !updatesDefinitionsInstances);
}

/*
 * The webapps log in and out without reloading the page, both through the route #/login: the
 * marks are renewed on every route change to or from it. Until the engine answers, and when it
 * cannot, the user counts as read-only and no administrator. Every webapp shows the end-of-life
 * banner by them (office-banner.css); Cockpit and Admin also hide actions (office-access.css),
 * Tasklist and Welcome, which have none of those, do not.
 */
export function watchAbilities({ hideActions = true } = {}) {
  loadStylesheet(import.meta.url, 'office-banner.css');
  if (hideActions) {
    loadStylesheet(import.meta.url, 'office-access.css');
  }
  const renew = () => markAbilities().catch((error) => console.error('office-access', error));
  window.addEventListener('hashchange', (event) => {
    if ([event.oldURL, event.newURL].some((url) => url.includes('#/login'))) {
      renew();
    }
  });
  document.documentElement.classList.add('office-read-only');
  renew();
}

/** Adds a stylesheet that lies next to the calling module. */
export function loadStylesheet(moduleUrl, name) {
  const href = new URL(name, moduleUrl).href;
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  }
}

/** GET from the application's API as the logged-in user; a refusal's own Indonesian message becomes the error. */
export async function getOfficeJson(api, path) {
  const response = await fetch(path, {
    method: 'GET',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  });
  if (!response.ok) {
    let reason = '';
    try {
      reason = (await response.json()).message || '';
    } catch (notJson) {
      // a proxy's or container's page: the status says enough
    }
    if (response.status === 401) {
      reason = 'Sesi Anda telah berakhir; silakan masuk lagi.';
    }
    throw new Error(reason || `Permintaan gagal (${response.status}).`);
  }
  return response.json();
}

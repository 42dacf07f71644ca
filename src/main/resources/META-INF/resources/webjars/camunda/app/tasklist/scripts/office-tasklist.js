/*
 * Tasklist 7.24 custom script (listed in config.js): Tasklist's own messages made clear for the
 * office, in Indonesian.
 *
 * - A Complete refused by the form's own validation is announced as "Terjadi kesalahan saat
 *   mengirim formulir tugas", which reads like a server failure: it names the fields to fix.
 * - A task that does not exist (or is another lane's) is announced with the server's raw
 *   "(No matching task with id …)" appended: a plain Indonesian sentence replaces it.
 *   Tasklist still recognises the case by the server's text; only the words shown change.
 * - An unclaimed task's form is greyed out: a hint says to press Ambil.
 * - A late task (due date passed) is marked "Terlambat" on its card, and its form says by how much.
 *   The server decides which tasks are late and words how late (GET /api/sla/terlambat, the SLA's
 *   one wording in sla/SlaBreach): asked for the tasks on screen when they change and every minute.
 * - Messages sit at the top, and the end of a task keeps room above the fixed footer
 *   (office-tasklist.css).
 * Task data comes from Tasklist's own AngularJS scopes; where they are missing, nothing is added.
 */

import { formContext, hasMessage } from './form-js-forms.js';

const STYLESHEET = new URL('office-tasklist.css', import.meta.url).href;
const NOT_FOUND_MESSAGE = 'Tugas mungkin sudah diselesaikan, atau bukan tugas bagian Anda.';
const INCOMPLETE_FORM = 'Formulir belum lengkap';
const MINUTE = 60 * 1000;
const LATE_API = '/api/sla/terlambat';
/* The server answers at most 100 tasks at once (sla/SlaMonitorController.MAX_TASKS). */
const MAX_TASKS = 100;

function injector() {
  const angular = window.angular;
  return angular && (angular.element(document.body).injector() || angular.element(document.documentElement).injector());
}

function scopeOf(element) {
  return element && window.angular ? window.angular.element(element).scope() : null;
}

function fieldsToFix(container) {
  const context = container && formContext(container);
  if (!context) {
    return [];
  }
  const { errors } = context.getService('form')._getState();
  const registry = context.getService('formFieldRegistry');
  const labels = Object.keys(errors).filter((id) => hasMessage(errors[id]))
    .map((id) => registry.get(id)).filter(Boolean).map((field) => field.label || field.key);
  return [...new Set(labels)];
}

function clearerError(notification, $translate) {
  const status = notification.status;
  if (status === $translate.instant('TASK_NOT_EXIST')) {
    return { ...notification, message: NOT_FOUND_MESSAGE };
  }
  if (status === $translate.instant('COMPLETE_ERROR') && !notification.message) {
    const fields = fieldsToFix(document.querySelector('.task-details .fjs-container'));
    return {
      ...notification,
      status: INCOMPLETE_FORM,
      message: fields.length ? `Perbaiki isian yang ditandai merah: ${fields.join(', ')}.` : 'Perbaiki isian yang ditandai merah.'
    };
  }
  return notification;
}

function clarifyErrors($injector) {
  const notifications = $injector.get('Notifications');
  const $translate = $injector.get('$translate');
  const addError = notifications.addError.bind(notifications);
  notifications.addError = (notification) => addError(clearerError(notification, $translate));
}

/* The server's answer for the tasks on screen: task id → { lateness, dueText }; the ids it was asked for. */
let lateTasks = new Map();
let askedFor = null;

/** The tasks on screen that have a due date: the cards of the list and the open task. */
function tasksOnScreen() {
  const tasks = Array.from(document.querySelectorAll('section.tasks-list li.task'))
    .map((card) => scopeOf(card) && scopeOf(card).task)
    .concat(openTask());
  return [...new Set(tasks.filter((task) => task && task.id && task.due).map((task) => task.id))].sort().slice(0, MAX_TASKS);
}

function loggedIn() {
  // asked on the login page, /api would answer 401 with a Basic challenge and the browser's own login dialog
  const header = document.querySelector('[cam-widget-header]');
  return Boolean(header && header.querySelector('li.logout'));
}

/** Asks the server how late the given tasks are, then redraws; an answer to an older question is dropped. */
async function askLateness(taskIds, redraw) {
  const question = taskIds.join(',');
  askedFor = question;
  if (taskIds.length === 0 || !loggedIn()) {
    // asked again once someone is logged in
    askedFor = taskIds.length === 0 ? question : null;
    lateTasks = new Map();
    redraw();
    return;
  }
  try {
    const query = new URLSearchParams(taskIds.map((id) => ['tugas', id]));
    const response = await fetch(`${LATE_API}?${query}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.ok && askedFor === question) {
      lateTasks = new Map((await response.json()).map((task) => [task.taskId, task]));
      redraw();
    }
  } catch (error) {
    console.error('Tugas terlambat', error);
  }
}

function ensureChild(parent, className, create) {
  let child = parent.querySelector(`:scope > .${className}`);
  if (!child) {
    child = create();
    child.classList.add(className);
  }
  return child;
}

function removeChild(parent, className) {
  const child = parent && parent.querySelector(`:scope > .${className}`);
  if (child) {
    child.remove();
  }
}

function markLateCards() {
  document.querySelectorAll('section.tasks-list li.task').forEach((card) => {
    const task = scopeOf(card) && scopeOf(card).task;
    const heading = card.querySelector('h4');
    const late = task && lateTasks.get(task.id);
    if (!heading || !late) {
      removeChild(heading, 'office-late');
      return;
    }
    const label = ensureChild(heading, 'office-late', () => heading.appendChild(document.createElement('span')));
    const title = `Melewati standar waktu ${late.lateness} (batas waktu ${late.dueText})`;
    if (label.title !== title) {
      label.textContent = 'Terlambat';
      label.title = title;
    }
  });
}

function openTask() {
  const card = document.querySelector('section.tasks-list li.task.active');
  const fromCard = card && scopeOf(card) && scopeOf(card).task;
  return fromCard || (scopeOf(document.querySelector('.task-details')) || {}).task || null;
}

function noticeAboveForm(form, className, alertKind, text) {
  const holder = form.parentElement;
  const notice = ensureChild(holder, className, () => holder.insertBefore(document.createElement('div'), form));
  notice.classList.add('alert', alertKind, 'office-notice');
  notice.setAttribute('role', 'status');
  if (notice.textContent !== text) {
    notice.textContent = text;
  }
}

function showFormNotices($translate) {
  const form = document.querySelector('.task-details .fjs-container');
  if (!form) {
    return;
  }
  const claim = document.querySelector('.task-details button.claim');
  if (claim && claim.offsetParent !== null) {
    noticeAboveForm(form, 'office-claim-hint', 'alert-info',
      `Formulir ini belum bisa diisi karena tugas belum diambil. Tekan ${$translate.instant('CLAIM_TASK')} di atas untuk mengambilnya.`);
  } else {
    removeChild(form.parentElement, 'office-claim-hint');
  }
  const task = openTask();
  const late = task && lateTasks.get(task.id);
  if (late) {
    noticeAboveForm(form, 'office-late-notice', 'alert-danger', `Terlambat: melewati standar waktu ${late.lateness}.`);
  } else {
    removeChild(form.parentElement, 'office-late-notice');
  }
}

function watchPage($translate) {
  let scheduled = false;
  const draw = () => {
    markLateCards();
    showFormNotices($translate);
  };
  const update = () => {
    scheduled = false;
    const onScreen = tasksOnScreen();
    if (onScreen.join(',') !== askedFor) {
      askLateness(onScreen, draw);
    }
    draw();
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  };
  new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  // lateness grows and tasks become late while on screen: asked again every minute
  setInterval(() => askLateness(tasksOnScreen(), draw), MINUTE);
  schedule();
}

function whenAngularReady(start) {
  const $injector = injector();
  if ($injector) {
    start($injector);
  } else {
    setTimeout(() => whenAngularReady(start), 100);
  }
}

const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = STYLESHEET;
document.head.appendChild(link);

whenAngularReady(($injector) => {
  clarifyErrors($injector);
  watchPage($injector.get('$translate'));
});

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
 * - Messages sit at the top, and the end of a task keeps room above the fixed footer
 *   (office-tasklist.css).
 * Task data comes from Tasklist's own AngularJS scopes; where they are missing, nothing is added.
 */

import { formContext, hasMessage } from './form-js-forms.js';

const STYLESHEET = new URL('office-tasklist.css', import.meta.url).href;
const NOT_FOUND_MESSAGE = 'Tugas mungkin sudah diselesaikan, atau bukan tugas bagian Anda.';
const INCOMPLETE_FORM = 'Formulir belum lengkap';
const MINUTE = 60 * 1000;

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

function minutesLate(due, now) {
  return Math.floor((now - new Date(due).getTime()) / MINUTE);
}

function lateText(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) {
    return `${minutes} menit`;
  }
  return rest === 0 ? `${hours} jam` : `${hours} jam ${rest} menit`;
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

function markLateCards(now) {
  document.querySelectorAll('section.tasks-list li.task').forEach((card) => {
    const task = scopeOf(card) && scopeOf(card).task;
    const heading = card.querySelector('h4');
    const late = task && task.due && minutesLate(task.due, now) >= 0;
    if (!heading || !late) {
      removeChild(heading, 'office-late');
      return;
    }
    const label = ensureChild(heading, 'office-late', () => heading.appendChild(document.createElement('span')));
    const title = `Melewati standar waktu ${lateText(minutesLate(task.due, now))}`;
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

function showFormNotices(now, $translate) {
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
  if (task && task.due && minutesLate(task.due, now) >= 0) {
    noticeAboveForm(form, 'office-late-notice', 'alert-danger',
      `Terlambat: melewati standar waktu ${lateText(minutesLate(task.due, now))}.`);
  } else {
    removeChild(form.parentElement, 'office-late-notice');
  }
}

function watchPage($translate) {
  let scheduled = false;
  const update = () => {
    scheduled = false;
    const now = Date.now();
    markLateCards(now);
    showFormNotices(now, $translate);
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  };
  new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  setInterval(schedule, MINUTE);
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

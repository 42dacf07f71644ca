/*
 * Tasklist 7.24 custom script (listed in config.js): lets Complete enable on forms with a
 * dynamic list, such as step 3 of the SOP Inventarisasi Peralatan Dokumentasi.
 *
 * Why: form-js 1.8 reports the fields inside a dynamic list with an entry in `errors` even
 * when they hold no message (e.g. {"Field_nama": [], ...}), and Tasklist disables Complete as
 * soon as Object.keys(errors) is not empty. So Complete stayed disabled on a valid form until
 * the user happened to press Save.
 *
 * How: for each rendered form-js form, a 'changed' listener that runs before Tasklist's
 * (priority 1500 > 1000) hands the later listeners a copy of `errors` without the entries that
 * hold no message. Real validation errors (a required field left empty, a number under its
 * minimum) keep their messages, so they still disable Complete. The form's own state is not
 * touched, and completing still validates the whole form.
 *
 * The form is reached through form-js-forms.js; if a Tasklist upgrade changes form-js's tree,
 * the script finds nothing, warns once in the console, and Tasklist behaves as shipped.
 */

import { hasMessage, onEveryForm } from './form-js-forms.js';

const PRIORITY_BEFORE_TASKLIST = 1500;
let warned = false;

function withoutEmptyEntries(errors) {
  const kept = {};
  Object.keys(errors).forEach((key) => {
    if (hasMessage(errors[key])) {
      kept[key] = errors[key];
    }
  });
  return kept;
}

onEveryForm((container, context) => {
  context.getService('eventBus').on('changed', PRIORITY_BEFORE_TASKLIST, (event) => {
    if (event.errors) {
      event.errors = withoutEmptyEntries(event.errors);
    }
  });
}, () => {
  if (!warned) {
    warned = true;
    console.warn('dynamic-list-errors-fix: form-js form not found; Complete may stay disabled on dynamic lists');
  }
});

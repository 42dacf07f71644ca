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
 * Tasklist creates the form-js Form in a closure, so the form is reached through the Preact
 * tree rendered into each .fjs-container. If a Tasklist upgrade changes that tree, the script
 * finds nothing, warns once in the console, and Tasklist behaves as shipped.
 */

const PRIORITY_BEFORE_TASKLIST = 1500;
const MAX_DEPTH = 8;
const hookedContainers = new WeakSet();
let warned = false;

function hasMessage(entry) {
  if (entry == null) {
    return false;
  }
  if (Array.isArray(entry)) {
    return entry.some(hasMessage);
  }
  if (typeof entry === 'object') {
    return Object.values(entry).some(hasMessage);
  }
  return true;
}

function withoutEmptyEntries(errors) {
  const kept = {};
  Object.keys(errors).forEach((key) => {
    if (hasMessage(errors[key])) {
      kept[key] = errors[key];
    }
  });
  return kept;
}

// The form-js viewer renders <FormContext.Provider value={{ getService, formId }}> into its
// container; `__k` is Preact's (mangled) list of a vnode's children.
function findFormContext(vnode, depth) {
  if (!vnode || depth > MAX_DEPTH) {
    return null;
  }
  const value = vnode.props && vnode.props.value;
  if (value && typeof value.getService === 'function') {
    return value;
  }
  for (const child of vnode.__k || []) {
    const found = findFormContext(child, depth + 1);
    if (found) {
      return found;
    }
  }
  return null;
}

function hook(container) {
  if (hookedContainers.has(container)) {
    return;
  }
  const context = findFormContext(container.__k, 0);
  if (!context) {
    if (!warned && container.querySelector('.fjs-form-field')) {
      warned = true;
      console.warn('dynamic-list-errors-fix: form-js form not found; Complete may stay disabled on dynamic lists');
    }
    return;
  }
  context.getService('eventBus').on('changed', PRIORITY_BEFORE_TASKLIST, (event) => {
    if (event.errors) {
      event.errors = withoutEmptyEntries(event.errors);
    }
  });
  hookedContainers.add(container);
}

function hookAll() {
  document.querySelectorAll('.fjs-container').forEach(hook);
}

new MutationObserver(hookAll).observe(document.body, { childList: true, subtree: true });
hookAll();

/*
 * Shared by the Tasklist custom scripts: finds the form-js forms Tasklist has rendered.
 *
 * Tasklist creates each form-js Form in a closure, so a form is reached through the Preact tree
 * rendered into its .fjs-container: the viewer renders <FormContext.Provider value={{ getService,
 * formId }}> there. `__k` is Preact's (mangled) list of a vnode's children. If a Tasklist upgrade
 * changes that tree, nothing is found and the callers fall back to Tasklist as shipped.
 */

const MAX_DEPTH = 8;

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

/** The form-js context ({ getService }) rendered into a .fjs-container, or null. */
export function formContext(container) {
  return findFormContext(container.__k, 0);
}

/** Calls `hook(container, context)` once for every form-js form, now and whenever one is rendered. */
export function onEveryForm(hook, onMissing) {
  const hooked = new WeakSet();
  const hookAll = () => document.querySelectorAll('.fjs-container').forEach((container) => {
    if (hooked.has(container)) {
      return;
    }
    const context = formContext(container);
    if (!context) {
      if (onMissing && container.querySelector('.fjs-form-field')) {
        onMissing(container);
      }
      return;
    }
    hooked.add(container);
    hook(container, context);
  });
  new MutationObserver(hookAll).observe(document.body, { childList: true, subtree: true });
  hookAll();
}

/** Whether a form-js error entry holds a message (form-js keeps empty entries for list fields). */
export function hasMessage(entry) {
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

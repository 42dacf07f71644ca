/*
 * Tasklist 7.24 custom script (listed in config.js): keeps what a person is typing when another
 * field of the same form changes meanwhile, e.g. the note of an equipment row in step 3 of the
 * SOP Inventarisasi Peralatan Dokumentasi right after a checkbox ("Memori siap") was ticked.
 *
 * Why: form-js 1.8 text, text area and number fields hand typed text to the form only 300 ms
 * after the last key (debounced), but render the form's value back into the input. Any form
 * change inside that window (a checkbox, a select, a row added) re-renders the whole form with
 * the older value, and Preact writes it into the focused input: the characters typed so far
 * were silently lost.
 *
 * How: just before form-js handles a change, the focused text input's text is remembered; just
 * after the re-render (a microtask queued behind Preact's), if the re-render replaced that text,
 * it is put back with the caret and form-js is told through an ordinary input event.
 */

import { onEveryForm } from './form-js-forms.js';

const BEFORE_RENDERER = 2000;
const AFTER_RENDERER = 1;
const TYPED_FIELDS = '.fjs-form-field-textfield, .fjs-form-field-textarea, .fjs-form-field-number';

function focusedTextInput(container) {
  const input = document.activeElement;
  const isText = input && (input.tagName === 'TEXTAREA' || input.tagName === 'INPUT')
    && container.contains(input) && input.closest(TYPED_FIELDS);
  return isText ? input : null;
}

function restoreIfReplaced(typing) {
  const { input, text, selectionStart, selectionEnd } = typing;
  if (document.activeElement !== input || input.value === text) {
    return;
  }
  input.value = text;
  input.setSelectionRange(selectionStart, selectionEnd);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

onEveryForm((container, context) => {
  const eventBus = context.getService('eventBus');
  let typing = null;
  eventBus.on('changed', BEFORE_RENDERER, () => {
    const input = focusedTextInput(container);
    typing = input && { input, text: input.value, selectionStart: input.selectionStart, selectionEnd: input.selectionEnd };
  });
  eventBus.on('changed', AFTER_RENDERER, () => {
    const remembered = typing;
    typing = null;
    if (remembered) {
      queueMicrotask(() => restoreIfReplaced(remembered));
    }
  });
});

/*
 * Tasklist 7.24 custom script (listed in config.js): Camunda Forms (form-js) in Bahasa Indonesia.
 *
 * Why: form-js 1.8 has no translations; its validation messages, buttons, placeholders and the
 * date picker (flatpickr) are English whatever locale Tasklist shows.
 *
 * How, per rendered form:
 * - validation messages are translated where form-js makes them, in its validator service, so
 *   the form and everything reading its errors get the Indonesian words. A pattern refusal says
 *   the field's custom property `pesanPola` (set in Camunda Modeler's form editor, the same words
 *   the server uses), never the raw pattern;
 * - the few fixed texts form-js renders are translated in the DOM, again after each re-render;
 * - each date picker is switched to Indonesian month and day names (Monday first) when opened.
 */

import { onEveryForm } from './form-js-forms.js';

const MESSAGES = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `Nilai paling kecil ${min}.`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `Nilai paling besar ${max}.`],
  [/^Field must have minimum length of (\d+)\.$/, (min) => `Paling sedikit ${min} karakter.`],
  [/^Field must have maximum length of (\d+)\.$/, (max) => `Paling banyak ${max} karakter.`],
  [/^Field must be a valid email\.$/, () => 'Isi dengan alamat e-mail, mis. nama@mojokertokab.go.id.'],
  [/^Field must be a valid +international phone number/, () => 'Isi dengan nomor telepon dengan kode negara, mis. +62 812 3456 7890.'],
  [/^Value is not a number\.$/, () => 'Isi dengan angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Isi dengan bilangan bulat.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (digits) => `Paling banyak ${digits} angka di belakang koma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (lower, upper) => `Isi dengan nilai yang sah; yang terdekat ${lower} atau ${upper}.`]
];
const PATTERN_MESSAGE = /^Field must match pattern /;
const DEFAULT_PATTERN_MESSAGE = 'Isian tidak sesuai format yang diminta.';

const TEXTS = {
  'Select': 'Pilih',
  'Add new': 'Tambah baris',
  'No results': 'Tidak ada hasil',
  'All values selected': 'Semua pilihan sudah dipilih',
  'Collapse': 'Ciutkan',
  'Nothing to show.': 'Tidak ada data.'
};
const PATTERNED_TEXTS = [
  [/^Expand all \((\d+)\)$/, (count) => `Tampilkan semua (${count})`],
  [/^Remove list item (\d+)$/, (row) => `Hapus baris ${row}`]
];
const ATTRIBUTE_TEXTS = {
  'Search': 'Cari',
  'dd/mm/yyyy': 'hh/bb/tttt',
  'hh:mm': 'jj:mm',
  'Remove tag': 'Hapus',
  'Increment': 'Tambah satu',
  'Decrement': 'Kurangi satu',
  'Previous page': 'Halaman sebelumnya',
  'Next page': 'Halaman berikutnya'
};
const TRANSLATED_ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

const FLATPICKR_ID = {
  weekdays: {
    shorthand: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
    longhand: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']
  },
  months: {
    shorthand: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    longhand: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
      'Oktober', 'November', 'Desember']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' - ',
  weekAbbreviation: 'Mg',
  scrollTitle: 'Gulir untuk mengubah',
  toggleTitle: 'Klik untuk mengubah',
  yearAriaLabel: 'Tahun',
  monthAriaLabel: 'Bulan',
  hourAriaLabel: 'Jam',
  minuteAriaLabel: 'Menit',
  time_24hr: true
};

function translatedMessage(message, field) {
  if (PATTERN_MESSAGE.test(message)) {
    const custom = field && field.properties && field.properties.pesanPola;
    return custom || DEFAULT_PATTERN_MESSAGE;
  }
  const rule = MESSAGES.find(([english]) => english.test(message));
  return rule ? rule[1](...message.match(rule[0]).slice(1)) : message;
}

function translateValidator(context) {
  const validator = context.getService('validator');
  const registry = context.getService('formFieldRegistry');
  const validateField = validator.validateField.bind(validator);
  const validateFieldInstance = validator.validateFieldInstance.bind(validator);
  validator.validateField = (field, value) =>
    validateField(field, value).map((message) => translatedMessage(message, field));
  validator.validateFieldInstance = (instance, value) =>
    validateFieldInstance(instance, value).map((message) => translatedMessage(message, registry.get(instance.id)));
}

function translatedText(text) {
  const trimmed = text.trim();
  if (TEXTS[trimmed]) {
    return text.replace(trimmed, TEXTS[trimmed]);
  }
  const rule = PATTERNED_TEXTS.find(([english]) => english.test(trimmed));
  return rule ? text.replace(trimmed, rule[1](...trimmed.match(rule[0]).slice(1))) : text;
}

function translateNode(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = translatedText(node.data);
    if (text !== node.data) {
      node.data = text;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  [node, ...node.querySelectorAll('*')].forEach((element) => TRANSLATED_ATTRIBUTES.forEach((name) => {
    const value = element.getAttribute(name);
    const text = value && (ATTRIBUTE_TEXTS[value] || translatedText(value));
    if (text && text !== value) {
      element.setAttribute(name, text);
    }
  }));
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    translateNode(text);
  }
}

function translateTexts(container) {
  translateNode(container);
  new MutationObserver((mutations) => mutations.forEach((mutation) => {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translateNode);
    } else {
      translateNode(mutation.target);
    }
  })).observe(container, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: TRANSLATED_ATTRIBUTES
  });
}

// form-js opens the picker on focus and mouse down; a capturing listener runs first.
function localizeDatePicker(event) {
  const picker = event.target && event.target._flatpickr;
  if (picker && picker.l10n.months.longhand[0] !== FLATPICKR_ID.months.longhand[0]) {
    picker.set('locale', FLATPICKR_ID);
  }
}

onEveryForm((container, context) => {
  translateValidator(context);
  translateTexts(container);
});
document.addEventListener('focusin', localizeDatePicker, true);
document.addEventListener('mousedown', localizeDatePicker, true);

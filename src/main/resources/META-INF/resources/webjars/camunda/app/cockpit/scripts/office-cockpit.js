/*
 * Cockpit 7.24 as the office reads it (listed in config.js customScripts), for what the
 * Indonesian locale (locales/id.json) cannot reach:
 * - words Cockpit's templates write in English, not through a translation key ("Actions",
 *   "Failed Job", "Message is null.") and the office's own incident type "slaBreach"
 *   (sla/SlaBreachListener), which Cockpit shows by its raw name;
 * - actions the user may not take hidden, and Camunda's end-of-life banner shown to
 *   administrators only (office-access.js);
 * - an incident's message readable whole in the instance's "Insiden" tab (office-cockpit.css);
 * - the "Tugas manusia" page without an error for those who may not count every task;
 * - dates as the office writes them, "02 Des 2026 09:30" (month names from locales/id.json):
 *   Cockpit 7.24 fixes its own formats at startup ("2026-12-02T09:30:00") and ignores config.js
 *   dateFormat, so they are set again in the module Cockpit keeps for custom scripts, whose
 *   configuration runs after Cockpit's.
 */
import { loadStylesheet, watchAbilities } from './office-access.js';

/*
 * Whole texts as Cockpit's templates write them, and what the office reads, by the elements
 * that show them: table cells and emphasis, and the fields of the details sidebar, where an
 * empty value reads "null".
 */
const TEXTS = [
  {
    within: 'td, th, i',
    texts: new Map([
      ['Actions', 'Tindakan'],
      ['Failed Job', 'Job gagal'],
      ['Message is null.', 'Tanpa pesan.'],
      ['slaBreach', 'Pelanggaran standar waktu'],
      ['failedExternalTask', 'Tugas eksternal gagal']
    ])
  },
  { within: 'dd, dd .null-value', texts: new Map([['null', '–']]) }
];

const DATE_FORMATS = {
  abbr: 'DD MMM YYYY HH:mm',
  normal: 'DD MMM YYYY HH:mm',
  long: 'dddd, DD MMMM YYYY HH:mm',
  short: 'DD MMM YYYY'
};

function formatDatesAsTheOffice() {
  window.angular.module('cam.cockpit.custom').config(['camDateFormatProvider', (dateFormat) => {
    Object.entries(DATE_FORMATS).forEach(([name, format]) => dateFormat.setDateFormat(format, name));
  }]);
}

/*
 * Cockpit's "Tugas manusia" page counts open tasks per group (task/report/candidate-group-count),
 * which the engine allows only with READ on every task. The Kabag and the Sub Koordinator read
 * the tasks of their own lanes and of the lanes they supervise (supervision/SupervisionPlugin),
 * never every task (security/RoleMatrixTest), so
 * Cockpit asked anyway and showed the refusal as an error toast that stayed on every later page.
 * For such a user the request is answered by the browser itself with an empty report (Cockpit
 * sends it through XMLHttpRequest, not Angular's $http) and the section is hidden
 * (office-cockpit.css).
 */
const TASK_COUNTS_PER_GROUP = '/task/report/candidate-group-count';
const EMPTY_REPORT = 'data:application/json,[]';

function skipTaskCountsPerGroupForLaneReaders() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function openUnlessRefused(method, url, ...rest) {
    const refused = String(url).includes(TASK_COUNTS_PER_GROUP)
      && !document.documentElement.classList.contains('office-reads-every-task');
    return open.call(this, method, refused ? EMPTY_REPORT : url, ...rest);
  };
}

/*
 * Text nodes are changed in place, not replaced: Angular keeps writing into the node it bound,
 * and each of its writes is translated again.
 */
function translateWithin(node) {
  if (node?.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const { within, texts } of TEXTS) {
    const elements = node.matches(within) ? [node] : [];
    elements.push(...node.querySelectorAll(within));
    for (const element of elements) {
      for (const text of element.childNodes) {
        const translation = text.nodeType === Node.TEXT_NODE && texts.get(text.data.trim());
        if (translation) {
          text.data = translation;
        }
      }
    }
  }
}

/* Angular renders and re-renders views at any time: translate whatever it adds or changes. */
function translateContinuously() {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateWithin(mutation.target.parentElement);
      } else {
        mutation.addedNodes.forEach(translateWithin);
      }
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  translateWithin(document.body);
}

formatDatesAsTheOffice();
skipTaskCountsPerGroupForLaneReaders();
loadStylesheet(import.meta.url, 'office-cockpit.css');
watchAbilities();
translateContinuously();

export default [];

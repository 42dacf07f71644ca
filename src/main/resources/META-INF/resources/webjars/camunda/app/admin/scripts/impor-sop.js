/*
 * Admin 7.24 plugin "Impor lembar SOP" (listed in config.js customScripts): an administrator
 * uploads a SOP AP sheet (Excel .xlsx, or the step table as text .md/.txt) and the application
 * (sopsheet/SopImportController, /api/impor-sop) reads it.
 *
 * - admin.route: the page #/impor-sop: the sheet's problems, row by row, or each SOP it becomes:
 *   its diagram, its roles (new groups marked), "Unduh (.zip untuk Camunda Modeler)" and "Deploy".
 * - admin.dashboard.section: the way in from Admin's dashboard (Admin has no header plugin point).
 *
 * The diagram is drawn by the BPMN viewer the webapps already carry: bpmn-js as Camunda's
 * cam-widget-bpmn-viewer directive (camunda-commons-ui, in Admin's bootstrap bundle) builds it,
 * reached through Admin's AngularJS injector; no viewer of our own is loaded.
 * The server decides everything (who may, what the sheet says, what is new); this page shows it.
 */
import { h } from './notifikasi-api.js';

const API = '/api/impor-sop';

function message(kind, ...text) {
  return h('div', { class: `alert alert-${kind} impor-sop-pesan`, role: kind === 'danger' ? 'alert' : 'status' }, ...text);
}

/**
 * Sends the chosen file to /api/impor-sop{path} as the part "berkas", with the webapp session and
 * its CSRF token. A refusal throws an Error carrying the server's Indonesian message, the HTTP
 * status and the sheet's problems (masalah) when there are any.
 */
async function send(api, path, file) {
  const form = new FormData();
  form.append('berkas', file, file.name);
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/zip', 'X-XSRF-TOKEN': api.CSRFToken },
    body: form
  });
  if (!response.ok) {
    let body = {};
    try {
      body = await response.json();
    } catch (notJson) {
      // the status says enough
    }
    throw Object.assign(new Error(body.message || `Permintaan ditolak (HTTP ${response.status}).`),
      { status: response.status, problems: body.masalah || [] });
  }
  return response;
}

function problemsTable(problems) {
  return h('table', { class: 'cam-table impor-sop-masalah' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Baris'), h('th', {}, 'Masalah'))),
    h('tbody', {}, problems.map((problem) => h('tr', {},
      h('td', { class: 'impor-sop-baris' }, problem.baris > 0 ? problem.baris : 'Seluruh lembar'),
      h('td', {}, problem.pesan)))));
}

/*
 * The viewer class of the webapps' bpmn-js, taken from Camunda's cam-widget-bpmn-viewer: one
 * widget is linked (never shown) and its viewer's constructor kept. The widget itself is not used
 * to show the diagram: it writes the viewbox into the page's address, which makes Admin reload
 * this page. Without Admin's injector or the widget (another Camunda version) there is no viewer,
 * and the page says so; the download still takes the diagram to Modeler.
 */
let viewerClass;
function bpmnViewerClass() {
  if (viewerClass === undefined) {
    viewerClass = null;
    const angular = window.angular;
    const injector = angular && (angular.element(document.documentElement).injector() || angular.element(document.body).injector());
    if (injector && injector.has('camWidgetBpmnViewerDirective')) {
      const scope = injector.get('$rootScope').$new(true);
      scope.control = {};
      injector.get('$compile')('<div cam-widget-bpmn-viewer control="control"></div>')(scope);
      const viewer = scope.control.getViewer && scope.control.getViewer();
      viewerClass = viewer ? viewer.constructor : null;
    }
  }
  return viewerClass;
}

/** Draws the diagram into its holder, which is on the page already (the viewer fits it to the holder's size). */
async function drawDiagram(holder, xml) {
  const Viewer = bpmnViewerClass();
  if (!Viewer) {
    holder.replaceChildren(h('p', { class: 'text-muted' }, 'Diagram tidak dapat ditampilkan di halaman ini; unduh .zip dan buka di Camunda Modeler.'));
    return;
  }
  const canvasNode = h('div', { class: 'impor-sop-kanvas' });
  holder.replaceChildren(canvasNode);
  const viewer = new Viewer({ container: canvasNode, width: '100%', height: '100%' });
  try {
    await viewer.importXML(xml);
  } catch (error) {
    holder.replaceChildren(message('danger', `Diagram tidak dapat digambar: ${error.message}`));
    return;
  }
  const canvas = viewer.get('canvas');
  canvas.zoom('fit-viewport', 'auto');
  const button = (label, title, action) => {
    const element = h('button', { type: 'button', class: 'btn btn-default btn-sm', title }, label);
    element.addEventListener('click', action);
    return element;
  };
  holder.append(h('div', { class: 'impor-sop-navigasi' },
    button('+', 'Perbesar', () => canvas.zoom(canvas.zoom() * 1.25)),
    button('−', 'Perkecil', () => canvas.zoom(canvas.zoom() / 1.25)),
    button('Seluruhnya', 'Tampilkan seluruh diagram', () => canvas.zoom('fit-viewport', 'auto'))));
  holder.dataset.loaded = 'true';
}

function rolesList(roles) {
  return h('ul', { class: 'impor-sop-peran' }, roles.map((role) => h('li', { 'data-grup': role.grup },
    h('strong', {}, role.lajur), ' — grup ', h('code', {}, role.grup),
    role.baru ? h('span', { class: 'label label-warning impor-sop-baru' }, 'baru') : [])));
}

/* ------------------------------------------------------------------ the page */

class SheetImport {
  constructor(node, api) {
    this.api = api;
    this.file = h('input', { type: 'file', name: 'berkas', accept: '.xlsx,.md,.txt', required: true });
    this.notice = h('div', { class: 'impor-sop-pemberitahuan' });
    this.content = h('div', { class: 'impor-sop-isi' });
    const form = h('form', { class: 'impor-sop-unggah' },
      h('label', {}, 'Lembar SOP (.xlsx, atau tabel teks .md/.txt) ', this.file),
      h('button', { type: 'submit', class: 'btn btn-primary' }, 'Periksa lembar'));
    node.replaceChildren(h('div', { class: 'impor-sop' },
      h('h3', {}, 'Impor lembar SOP'),
      h('p', { class: 'text-muted' }, 'Unggah lembar SOP AP (identitas dan tabel langkah: pelaksana dan mutu baku). '
        + 'Halaman ini menampilkan masalah per baris, atau diagram proses yang dibuat darinya beserta perannya. '
        + 'Lalu unduh berkasnya untuk Camunda Modeler, atau langsung deploy: setiap pelaksana baru menjadi grup '
        + 'dengan hak akses seperti grup kantor yang ada.'),
      form, this.notice, this.content));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.preview();
    });
  }

  chosen() {
    return this.file.files && this.file.files[0];
  }

  clear() {
    this.outcome = null;
    this.content.replaceChildren();
    this.notice.replaceChildren();
  }

  async preview() {
    const file = this.chosen();
    this.clear();
    if (!file) {
      this.notice.append(message('warning', 'Pilih berkas lembar SOP terlebih dahulu.'));
      return;
    }
    this.content.setAttribute('aria-busy', 'true');
    try {
      const preview = await (await send(this.api, '', file)).json();
      if (preview.masalah.length > 0) {
        this.content.append(message('danger', `Lembar “${file.name}” belum dapat dijadikan proses: `
          + `${preview.masalah.length} masalah. Perbaiki lalu unggah lagi.`), problemsTable(preview.masalah));
      } else {
        this.content.append(message('success', `Lembar “${file.name}” terbaca: ${preview.sop.length} SOP.`),
          ...preview.sop.map((sop) => this.sopView(sop)), this.actions(file));
        const holders = this.content.querySelectorAll('.impor-sop-diagram');
        await Promise.all(preview.sop.map((sop, index) => drawDiagram(holders[index], sop.bpmn)));
      }
      this.content.dataset.state = preview.masalah.length > 0 ? 'masalah' : 'siap';
    } catch (error) {
      this.refuse(error);
    } finally {
      this.content.removeAttribute('aria-busy');
    }
  }

  sopView(sop) {
    return h('section', { class: 'impor-sop-sop', 'data-kunci': sop.kunci },
      h('h4', {}, sop.nama, ' ', h('small', {}, `${sop.berkasBpmn} · ${Object.keys(sop.formulir).length} formulir · kunci ${sop.kunci}`)),
      h('div', { class: 'impor-sop-diagram', 'data-loaded': 'false', 'data-bpmn': sop.berkasBpmn }),
      h('h5', {}, 'Peran (lajur dan grup)'),
      rolesList(sop.peran));
  }

  actions(file) {
    const download = h('button', { type: 'button', class: 'btn btn-default impor-sop-unduh' }, 'Unduh (.zip untuk Camunda Modeler)');
    const deploy = h('button', { type: 'button', class: 'btn btn-primary impor-sop-deploy' }, 'Deploy');
    this.outcome = h('div', { class: 'impor-sop-hasil' });
    download.addEventListener('click', () => this.download(file, download));
    deploy.addEventListener('click', () => this.deploy(file, deploy));
    return h('div', { class: 'impor-sop-tindakan' }, h('p', {}, download, ' ', deploy), this.outcome);
  }

  async download(file, button) {
    button.disabled = true;
    try {
      const response = await send(this.api, '/zip', file);
      const disposition = response.headers.get('Content-Disposition') || '';
      const name = (disposition.match(/filename="?([^";]+)"?/) || [])[1] || 'impor-sop.zip';
      const url = URL.createObjectURL(await response.blob());
      const link = h('a', { href: url, download: name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      this.tell(message('info', `${name} diunduh: ekstrak di folder repositori (bpmn/ dan forms/) `
        + 'lalu buka berkas .bpmn di Camunda Modeler.'));
    } catch (error) {
      this.refuse(error);
    } finally {
      button.disabled = false;
    }
  }

  async deploy(file, button) {
    button.disabled = true;
    try {
      const deployed = await (await send(this.api, '/deploy', file)).json();
      this.tell(...deployed.map((one) => this.deployedNotice(one)));
    } catch (error) {
      button.disabled = false;
      this.refuse(error);
    }
  }

  deployedNotice(deployed) {
    const versions = deployed.definisiProses.map((definition) => `${definition.kunci} versi ${definition.versi}`).join(', ');
    const groups = deployed.grupBaru.length === 0 ? [] : h('p', {}, 'Grup baru: ',
      deployed.grupBaru.flatMap((group, index) => [index > 0 ? ', ' : '',
        h('a', { href: `#/groups/${encodeURIComponent(group)}?tab=group` }, group)]),
      '. Tambahkan anggotanya di menu Kelompok agar mereka dapat mengerjakan langkahnya.');
    return h('div', { class: 'alert alert-success impor-sop-terpasang', role: 'status', 'data-deployment': deployed.deploymentId },
      h('p', {}, deployed.versiBaru
        ? `“${deployed.nama}” terpasang (deployment ${deployed.deploymentId}): ${versions}.`
        : `“${deployed.nama}” tidak berubah sejak deploy terakhir: tidak ada versi baru (${versions}).`),
      groups);
  }

  /** What a button did, under the buttons; before the preview (or without one) at the top of the page. */
  tell(...shown) {
    const where = this.outcome && this.outcome.isConnected ? this.outcome : this.notice;
    where.replaceChildren(...shown);
    where.scrollIntoView({ block: 'nearest' });
  }

  refuse(error) {
    if (error.problems && error.problems.length > 0) {
      this.tell(message('danger', error.message), problemsTable(error.problems));
    } else {
      this.tell(message(error.status === 403 || error.status === 401 ? 'warning' : 'danger', error.message));
    }
  }
}

function loadStylesheet() {
  const href = new URL('impor-sop.css', import.meta.url).href;
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href }));
  }
}

function renderPage(node, { api }) {
  loadStylesheet();
  // eslint-disable-next-line no-new
  new SheetImport(node, api);
}

function renderDashboardSection(node) {
  node.replaceChildren(h('p', {}, h('a', { href: '#/impor-sop' }, 'Impor lembar SOP'),
    ': dari lembar SOP AP (Excel atau teks) menjadi proses dengan lajur, standar waktu dan formulir.'));
}

export default [
  {
    id: 'impor-sop',
    pluginPoint: 'admin.route',
    render: renderPage,
    properties: { path: '/impor-sop', label: 'Impor lembar SOP' }
  },
  {
    id: 'impor-sop-dasbor',
    pluginPoint: 'admin.dashboard.section',
    priority: -20,
    render: renderDashboardSection,
    properties: { label: 'Impor lembar SOP', pagePath: '#/impor-sop' }
  }
];

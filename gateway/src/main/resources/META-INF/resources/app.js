// PlanTrack web UI: a single page with hash routes.
//   #/                the dashboard once documents exist, the documents page before
//   #/dashboard?...   targets by region and plan period, grouped by category, with status (dashboard.js)
//   #/documents       documents: upload (drag and drop or picker) and the live list
//   #/documents/{id}  one document: metadata, outline, domains, text with highlighted indicator sentences
//   #/explorer?...    indicators and targets with filters, a target's chart, cross-region comparison, CSV
//   #/feed?...        live indicator and target events (SSE), filtered by the gateway (feed-filters.js)
//   #/subscriptions   webhooks: register, list, delete, last deliveries (subscriptions.js)
import { h, clear, fmt, when } from './dom.js';
import { apiKey, getJson, getText, send, upload, query, download } from './api.js';
import { openStream } from './sse.js';
import { targetChart, compareChart, disposeCharts, disposeChartsIn } from './charts.js';
import { t, lang, applyTo } from './i18n.js';
import { errorBox, catalogueLabels, indicatorLabel } from './widgets.js';
import { dashboardPage } from './dashboard.js';
import { subscriptionsPage } from './subscriptions.js';
import { findTables } from './doctables.js';
import { keepDocumentsLive } from './documents-live.js';
import { feedFilterOf, isFiltered, streamPaths, feedFilterForm } from './feed-filters.js';

const view = document.getElementById('view');
const DOMAINS = ['economy', 'innovation', 'urban', 'ecology', 'rural', 'culture', 'livelihood', 'reform_opening', 'governance'];
const TERMINAL = new Set(['ANALYZED', 'FAILED']);

// ---- routing; each view may register a cleanup (stop polling) run when the route changes
let cleanup = [];
function onLeave(fn) { cleanup.push(fn); }

function route() {
  cleanup.forEach((fn) => fn());
  cleanup = [];
  disposeCharts();
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?');
  const params = new URLSearchParams(qs || '');
  const parts = path.split('/').filter(Boolean);
  document.querySelectorAll('[data-nav]').forEach((a) => a.classList.remove('active'));
  const nav = (n) => document.querySelector(`[data-nav="${n}"]`)?.classList.add('active');
  clear(view);
  if (parts[0] === 'documents' && parts[1]) { nav('documents'); documentPage(decodeURIComponent(parts[1])); }
  else if (parts[0] === 'documents') { nav('documents'); documentsPage(); }
  else if (parts[0] === 'dashboard') { nav('dashboard'); dashboardPage(view, params, onLeave); }
  else if (parts[0] === 'explorer') { nav('explorer'); explorerPage(params); }
  else if (parts[0] === 'feed') { nav('feed'); feedPage(params); }
  else if (parts[0] === 'subscriptions') { nav('subscriptions'); subscriptionsPage(view); }
  else homePage(nav);
}

/** The dashboard is the first page once there is something to show; before that, the upload. */
async function homePage(nav) {
  const shown = location.hash;
  let any = false;
  try { any = (await getJson('/api/documents', { size: 1 })).length > 0; } catch (e) { /* the upload page says more */ }
  if (location.hash !== shown) return; // the user went elsewhere meanwhile
  if (any) { nav('dashboard'); dashboardPage(view, new URLSearchParams(), onLeave); } else { nav('documents'); documentsPage(); }
}

function every(ms, fn) {
  let stopped = false, timer = null;
  const tick = async () => {
    if (stopped) return;
    try { await fn(); } catch (e) { /* shown by fn; keep polling */ }
    if (!stopped) timer = setTimeout(tick, ms);
  };
  tick();
  const stop = () => { stopped = true; clearTimeout(timer); };
  onLeave(stop);
  return stop;
}

function stateBadge(state) {
  return h('span', { class: `state state-${state}`, 'data-state': state }, state);
}

/**
 * A download (CSV export, original file) as a button-styled link. The click fetches the file with the API key
 * header and saves the Blob; the href stays for copying the address.
 */
function downloadButton(label, path, fileName, id) {
  const a = h('a', { class: 'button', href: path, id, 'data-download': fileName }, label);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    download(path, fileName).catch((err) => a.after(errorBox(err)));
  });
  return a;
}

// ---- documents: upload + list
const uploads = []; // {file, li, bar, status, id} kept across route changes so progress survives navigation

function documentsPage() {
  const picker = h('input', { type: 'file', multiple: true, id: 'file-input', accept: '.txt,.htm,.html,.docx,.pdf' });
  const zone = h('div', { class: 'dropzone', id: 'dropzone' },
    h('p', {}, t('docs.drop')),
    h('label', {}, t('docs.choose'), picker));
  picker.addEventListener('change', () => { startUploads([...picker.files]); picker.value = ''; });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    startUploads([...e.dataTransfer.files]);
  });
  const list = h('ul', { class: 'uploads', id: 'uploads' }, uploads.map((u) => u.li));
  const tableBody = h('tbody', { id: 'documents' });
  const status = h('div', { class: 'muted' });
  view.append(
    h('h1', {}, t('docs.title')),
    h('div', { class: 'card' }, zone, list),
    h('h2', {}, t('docs.all')), status,
    h('table', {}, h('thead', {}, h('tr', {}, ['col.state', 'col.file', 'col.title', 'col.region', 'col.genre',
      'col.period', 'col.indicators', 'col.received'].map((k) => h('th', {}, t(k))))), tableBody));

  // no polling: the list is fetched when the stream of state changes connects, then changed by its events
  onLeave(keepDocumentsLive({
    onStatus: (e) => {
      clear(status);
      if (e) status.append(e.status === 401 ? errorBox(e) : h('span', {}, t('docs.reconnecting')));
    },
    onList: (docs, e) => {
      if (e) { clear(status).append(errorBox(e)); return; }
      clear(tableBody);
      if (docs.length === 0) tableBody.append(h('tr', {}, h('td', { colspan: 8, class: 'muted' }, t('docs.none'))));
      for (const d of docs) {
        tableBody.append(h('tr', { class: 'clickable', 'data-id': d.id, onclick: () => { location.hash = `#/documents/${d.id}`; } },
          h('td', {}, stateBadge(d.state)),
          h('td', {}, h('a', { href: `#/documents/${d.id}` }, d.fileName || d.id.slice(0, 12))),
          h('td', {}, d.title || ''), h('td', {}, d.region || ''), h('td', {}, d.genre || ''),
          h('td', {}, d.planPeriod || ''), h('td', { class: 'num' }, d.counts ? fmt(d.counts.indicators) : ''),
          h('td', {}, when(d.receivedAt))));
        for (const u of uploads.filter((x) => x.id === d.id)) setUploadState(u, d.state, d.failureReason);
      }
    },
  }));
}

function startUploads(files) {
  const list = document.getElementById('uploads');
  for (const file of files) {
    const bar = h('progress', { max: 1, value: 0 });
    const stateEl = h('span', { class: 'state state-uploading' }, 'uploading');
    const li = h('li', { 'data-file': file.name }, h('span', { class: 'name' }, file.name), bar, stateEl);
    const u = { file, li, bar, stateEl, id: null };
    uploads.unshift(u);
    list?.prepend(li);
    upload(file, (f) => { bar.value = f; })
      .then(({ status, body }) => {
        bar.value = 1;
        u.id = body && body.id;
        const link = h('a', { href: `#/documents/${u.id}` }, file.name);
        li.querySelector('.name').replaceWith(h('span', { class: 'name' }, link));
        setUploadState(u, body && body.state ? body.state : 'RECEIVED', null, status === 200 ? t('docs.already') : '');
      })
      .catch((e) => {
        u.stateEl.replaceWith(u.stateEl = h('span', { class: 'state state-error', 'data-state': 'error', title: e.message }, `${e.status || ''} ${e.message}`));
      });
  }
}

function setUploadState(u, state, reason, prefix) {
  const el = h('span', { class: `state state-${state}`, 'data-state': state, title: reason || '' }, (prefix || '') + state + (reason ? `: ${reason}` : ''));
  u.stateEl.replaceWith(el);
  u.stateEl = el;
}

// ---- one document
function documentPage(id) {
  const head = h('div');
  const body = h('div');
  view.append(h('p', {}, h('a', { href: '#/documents' }, t('doc.back'))), head, body);
  let shown = null;
  const stop = every(2000, async () => {
    let doc;
    try {
      doc = await getJson(`/api/documents/${encodeURIComponent(id)}`);
    } catch (e) {
      clear(head).append(errorBox(e));
      if (e.status === 404) stop();
      throw e;
    }
    renderHead(head, doc);
    if (TERMINAL.has(doc.state) && shown !== `${doc.state}/${doc.analysisRun}`) {
      shown = `${doc.state}/${doc.analysisRun}`;
      await renderBody(body, doc);
    }
  });
}

function renderHead(head, doc) {
  clear(head).append(h('div', {},
    h('h1', {}, doc.title || doc.fileName || doc.id, ' ', stateBadge(doc.state)),
    doc.failureReason ? h('p', { class: 'error', id: 'failure-reason' }, t('doc.failure', doc.failureReason)) : null,
    h('div', { class: 'card' }, h('dl', { class: 'meta', id: 'document-meta' },
      meta(t('doc.file'), doc.fileName), meta(t('doc.contentType'), doc.contentType), meta(t('doc.size'), t('doc.sizeBytes', doc.sizeBytes)),
      meta(t('doc.genre'), doc.genre), meta(t('doc.region'), [doc.region, doc.regionLevel].filter(Boolean).join(' · ')),
      meta(t('doc.regionCode'), doc.regionCode), meta(t('doc.period'), doc.planPeriod), meta(t('doc.date'), doc.documentDate),
      meta(t('doc.script'), [doc.script, doc.encoding].filter(Boolean).join(' / ')),
      meta(t('doc.counts'), doc.counts ? t('doc.countsValue', doc.counts.characters, doc.counts.paragraphs,
        doc.counts.sentences, doc.counts.headings, doc.counts.indicators) : ''),
      meta(t('doc.run'), `#${doc.analysisRun} · ${when(doc.analyzedAt) || '…'}`),
      meta(t('doc.cleaning'), (doc.cleaningNotes || []).join('; '))),
    h('div', { class: 'exports' },
      downloadButton(t('doc.original'), `/api/documents/${encodeURIComponent(doc.id)}/content`, doc.fileName || doc.id, 'download-original'),
      downloadButton(t('doc.csv'), `/api/indicators${query({ documentId: doc.id, format: 'csv', size: 1000 })}`, `indicators-${doc.id}.csv`, 'csv-document-indicators'),
      doc.state === 'FAILED'
        ? h('button', { id: 'retry', onclick: () => act('POST', `/api/documents/${encodeURIComponent(doc.id)}/retry`, head) }, t('doc.retry'))
        : null,
      h('button', { onclick: () => act('POST', `/api/documents/${encodeURIComponent(doc.id)}/reanalyze`, head) }, t('doc.reanalyse')),
      h('button', { onclick: async () => { if (await act('DELETE', `/api/documents/${encodeURIComponent(doc.id)}`, head)) location.hash = '#/documents'; } }, t('delete'))))));
}

async function act(method, path, where) {
  try { await send(method, path); return true; } catch (e) { where.append(errorBox(e)); return false; }
}

function meta(label, value) {
  return value ? [h('dt', {}, label), h('dd', {}, value)] : null;
}

async function renderBody(body, doc) {
  clear(body);
  let indicators = [];
  try {
    indicators = await getJson('/api/indicators', { documentId: doc.id, size: 1000 });
  } catch (e) { body.append(errorBox(e)); }
  // the cleaned text: the one indicator spans and section offsets refer to (only an ANALYZED document has it)
  let text = null;
  let textProblem = doc.state === 'ANALYZED' ? null : t('doc.noCleanedText');
  if (doc.state === 'ANALYZED') {
    try { text = await getText(`/api/documents/${encodeURIComponent(doc.id)}/text`); } catch (e) { textProblem = e.message; }
  }
  const sections = doc.sections || [];
  const anchors = new Map();
  const outline = h('div', { class: 'card outline', id: 'outline' }, h('h2', {}, t('doc.outline')),
    sections.length === 0 ? h('p', { class: 'muted' }, t('doc.noHeadings')) :
      h('ol', {}, sections.map((sec, i) => h('li', { style: `margin-left:${Math.max(0, (sec.level || 1) - 1)}rem` },
        h('a', { href: 'javascript:void 0', onclick: () => anchors.get(i)?.scrollIntoView({ behavior: 'smooth' }) }, sec.heading || t('doc.untitled')),
        sec.domain ? h('span', { class: 'muted' }, ` · ${sec.domain}`) : null))));
  const domains = countBy([...sections.map((x) => x.domain), ...indicators.map((x) => x.domain)].filter(Boolean));
  const domainCard = h('div', { class: 'card', id: 'domains' }, h('h2', {}, t('doc.domains')),
    domains.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', {}, domains.map(([d, n]) =>
      h('li', {}, h('a', { href: `#/explorer${query({ domain: d })}` }, d), ` × ${n}`))));
  const indicatorTable = h('table', { id: 'indicators' }, h('thead', {}, h('tr', {},
    ['col.metric', 'col.canonical', 'col.value', 'col.kind', 'col.year', 'col.domain', 'col.sentence'].map((k) => h('th', {}, t(k))))),
  h('tbody', {}, indicators.map((i) => h('tr', { class: 'clickable', 'data-indicator': i.id, onclick: () => focusIndicator(i.id) },
    h('td', {}, i.metric),
    h('td', { class: 'canonical' }, canonicalName(i)),
    h('td', { class: 'num' }, `${i.qualifier || ''}${fmt(i.value)} ${i.unit || ''}`),
    h('td', {}, i.kind), h('td', {}, fmt(i.year ?? i.inferredYear)), h('td', {}, i.domain || ''),
    h('td', { class: 'sentence' }, i.sentence, i.cleaned ? null : h('div', { class: 'muted no-span' }, t('doc.notLocated')))))));
  const textPane = text === null
    ? h('p', { class: 'muted', id: 'doc-text-missing' }, t('doc.textMissing', textProblem))
    : highlightedText(text, indicators, sections, anchors);
  const tableCount = text === null ? 0 : textPane.querySelectorAll('table.doc-table').length;
  body.append(
    h('div', { class: 'grid2' }, h('div', {}, outline, domainCard),
      h('div', {}, h('h2', {}, t('doc.indicators', indicators.length)), indicatorTable,
        h('h2', {}, t('doc.text')),
        tableCount ? h('p', { class: 'muted', id: 'doc-tables-note' }, `${t('doc.tables', tableCount)} ${t('doc.tableNote')}`) : null,
        textPane)));
}

/** The catalogue indicator an indicator names (id and name), else the synonym table's canonical name if different. */
function canonicalName(i) {
  if (i.catalogueMetric && i.catalogueMetric.name) return `${i.catalogueMetric.name}${i.catalogueMetric.id ? ` · ${i.catalogueMetric.id}` : ''}`;
  return i.canonicalMetric && i.canonicalMetric !== i.metric ? i.canonicalMetric : '';
}

function countBy(values) {
  const m = new Map();
  values.forEach((v) => m.set(v, (m.get(v) || 0) + 1));
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * The cleaned text with each indicator's sentence in a <mark> and its value in a <b class="value"> inside it,
 * placed by the indicator's cleaned span, and an anchor at each heading (by its section offset). Tables found in
 * the text (doctables.js) are drawn as tables, the cells holding an indicator's value marked the same way. An
 * indicator without a span (from events written before spans existed) is listed in the table only: a guessed place
 * could be the wrong occurrence. Every piece of text becomes a text node.
 */
function highlightedText(text, indicators, sections, anchors) {
  const within = (a, b) => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= text.length;
  const tables = findTables(text).map((table) => ({ start: table.start, end: table.end, table, values: [] }));
  const ranges = [];
  for (const i of indicators) {
    const c = i.cleaned;
    if (!c || !within(c.sentenceStart, c.sentenceEnd) || c.sentenceStart === c.sentenceEnd) continue;
    const label = `${i.metric} ${i.qualifier || ''}${fmt(i.value)}${i.unit || ''}`;
    const value = within(c.valueStart, c.valueEnd) && c.valueStart >= c.sentenceStart && c.valueEnd <= c.sentenceEnd
      ? [{ start: c.valueStart, end: c.valueEnd, id: i.id, label }] : [];
    const r = { start: c.sentenceStart, end: c.sentenceEnd, ids: [i.id], values: value, labels: [label] };
    // a table row's value is marked in its cell; a sentence running into a table keeps its part before it
    const table = tables.find((x) => r.start < x.end && r.end > x.start);
    if (table) {
      value.filter((v) => v.start >= table.start && v.end <= table.end).forEach((v) => table.values.push(v));
      if (r.start >= table.start) continue;
      r.end = table.start;
      r.values = value.filter((v) => v.end <= table.start);
    }
    ranges.push(r);
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end); last.ids.push(...r.ids); last.values.push(...r.values); last.labels.push(...r.labels);
    } else merged.push(r);
  }
  const heads = [];
  let from = 0;
  sections.forEach((sec, idx) => {
    let at = within(sec.start, sec.start) && sec.heading && text.startsWith(sec.heading, sec.start) ? sec.start : -1;
    if (at < 0 && sec.heading) at = text.indexOf(sec.heading, from); // an outline in order: search on from the last
    if (at >= 0) { heads.push({ at, idx }); from = at + (sec.heading || '').length; }
  });
  heads.sort((a, b) => a.at - b.at);
  const pre = h('div', { class: 'doc-text', id: 'doc-text', lang: 'zh' });
  let pos = 0, hi = 0;
  const emitText = (until) => {
    while (hi < heads.length && heads[hi].at < until) {
      const at = Math.max(pos, heads[hi].at);
      if (at > pos) pre.append(document.createTextNode(text.slice(pos, at)));
      pos = at;
      const a = h('span', { class: 'anchor' });
      anchors.set(heads[hi].idx, a);
      pre.append(a);
      hi++;
    }
    if (until > pos) pre.append(document.createTextNode(text.slice(pos, until)));
    pos = Math.max(pos, until);
  };
  for (const r of [...merged, ...tables].sort((a, b) => a.start - b.start)) {
    emitText(r.start);
    if (r.table) {
      pre.append(docTable(text, r.table, r.values));
      // the line break after the last row: the table is a block already
      pos = text[r.end] === '\n' ? r.end + 1 : r.end;
      while (hi < heads.length && heads[hi].at < pos) hi++;
      continue;
    }
    const mark = h('mark', { title: r.labels.join('; '), 'data-indicators': r.ids.join(' ') });
    let at = r.start;
    for (const v of r.values.sort((a, b) => a.start - b.start)) {
      if (v.start < at) continue; // overlapping values: the first one is marked
      if (v.start > at) mark.append(document.createTextNode(text.slice(at, v.start)));
      mark.append(h('b', { class: 'value', 'data-indicator': v.id }, text.slice(v.start, v.end)));
      at = v.end;
    }
    if (r.end > at) mark.append(document.createTextNode(text.slice(at, r.end)));
    pre.append(mark);
    pos = r.end;
    while (hi < heads.length && heads[hi].at < pos) hi++;
  }
  emitText(text.length);
  return pre;
}

/** One table of the text; a cell holding values is a <mark> with each value in <b class="value">, as sentences are. */
function docTable(text, table, values) {
  return h('table', { class: 'doc-table' }, h('tbody', {}, table.rows.map((cells, row) => h('tr', {}, cells.map((cell) => {
    const hits = values.filter((v) => v.start < cell.end && v.end > cell.start).sort((a, b) => a.start - b.start);
    const tag = row === 0 ? 'th' : 'td';
    if (hits.length === 0) return h(tag, {}, text.slice(cell.start, cell.end));
    const mark = h('mark', { title: hits.map((v) => v.label).join('; '), 'data-indicators': hits.map((v) => v.id).join(' ') });
    let at = cell.start;
    for (const v of hits) {
      const from = Math.max(v.start, cell.start), to = Math.min(v.end, cell.end);
      if (from < at) continue; // overlapping values: the first one is marked
      if (from > at) mark.append(text.slice(at, from));
      mark.append(h('b', { class: 'value', 'data-indicator': v.id }, text.slice(from, to)));
      at = to;
    }
    if (cell.end > at) mark.append(text.slice(at, cell.end));
    return h(tag, { class: 'hit' }, mark);
  })))));
}

function focusIndicator(id) {
  document.querySelectorAll('#doc-text .focus').forEach((m) => m.classList.remove('focus'));
  const mark = [...document.querySelectorAll('#doc-text mark')].find((m) => m.dataset.indicators.split(' ').includes(id));
  if (!mark) return;
  mark.classList.add('focus');
  const value = [...mark.querySelectorAll('b.value')].find((b) => b.dataset.indicator === id);
  if (value) value.classList.add('focus');
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// ---- explorer
const FILTERS = ['region', 'metric', 'kind', 'domain', 'year'];

function explorerPage(params) {
  const f = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || '']));
  const apiFilter = { region: f.region, metric: f.metric, kind: f.kind, domain: f.domain, yearFrom: f.year, yearTo: f.year };
  const region = h('select', { name: 'region', id: 'filter-region' }, h('option', { value: '' }, t('all')));
  const metric = h('select', { name: 'metric', id: 'filter-metric' }, h('option', { value: '' }, t('all')));
  const kind = h('select', { name: 'kind', id: 'filter-kind' }, ['', 'actual', 'target'].map((k) => h('option', { value: k }, k ? t(`kind.${k}`) : t('all'))));
  const domain = h('select', { name: 'domain', id: 'filter-domain' }, ['', ...DOMAINS].map((d) => h('option', { value: d }, d || t('all'))));
  const year = h('input', { name: 'year', id: 'filter-year', type: 'number', min: 1949, max: 2100, value: f.year });
  kind.value = f.kind; domain.value = f.domain;
  const form = h('form', { class: 'filters card', id: 'filters' },
    h('label', {}, t('col.region'), region), h('label', {}, t('col.metric'), metric), h('label', {}, t('col.kind'), kind),
    h('label', {}, t('col.domain'), domain), h('label', {}, t('col.year'), year),
    h('button', { type: 'submit', id: 'apply-filters' }, t('filter')),
    h('button', { type: 'button', onclick: () => { location.hash = '#/explorer'; } }, t('reset')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = '#/explorer' + query({ region: region.value, metric: metric.value, kind: kind.value, domain: domain.value, year: year.value });
  });
  const targetsBox = h('div', { id: 'targets' }, h('p', { class: 'muted' }, '…'));
  const chartBox = h('div', { id: 'chart' });
  const compareBox = h('div', { id: 'compare' });
  const indicatorsBox = h('div', { id: 'explorer-indicators' }, h('p', { class: 'muted' }, '…'));
  // the target whose chart is open, drawn anew when a live event concerns it (an update of it, an indicator added
  // to it or retracted): the page-wide streams bring them, coalesced as a document brings many at once
  let open = null;
  let redraw = null;
  const onEvent = (name, data) => {
    const concerns = open && (name === 'target' ? data.targetId === open.id : data.targetKey === open.key);
    if (!concerns || redraw !== null) return;
    redraw = setTimeout(() => {
      redraw = null;
      if (open) showTarget(open.id, chartBox, { refresh: true });
    }, LIVE_REDRAW_MS);
  };
  liveListeners.add(onEvent);
  onLeave(() => { liveListeners.delete(onEvent); clearTimeout(redraw); });
  view.append(h('h1', {}, t('ex.title')), form,
    h('div', { class: 'exports' },
      downloadButton(t('ex.csvTargets'), '/api/targets' + query({ ...apiFilter, format: 'csv', size: 1000 }), 'targets.csv', 'csv-targets'),
      downloadButton(t('ex.csvIndicators'), '/api/indicators' + query({ ...apiFilter, format: 'csv', size: 1000 }), 'indicators.csv', 'csv-indicators')),
    h('h2', {}, t('ex.targets')), targetsBox, chartBox, compareBox,
    h('h2', {}, t('ex.indicators')), indicatorsBox);

  getJson('/api/regions').then((rows) => {
    rows.forEach((r) => region.append(h('option', { value: r.region }, `${r.region} (${r.indicators})`)));
    region.value = f.region;
  }).catch(() => {});
  getJson('/api/metrics').then((rows) => {
    rows.forEach((m) => metric.append(h('option', { value: m.metric }, `${m.metric} (${m.indicators})`)));
    if (f.metric && ![...metric.options].some((o) => o.value === f.metric)) metric.append(h('option', { value: f.metric }, f.metric));
    metric.value = f.metric;
  }).catch(() => {});

  getJson('/api/targets', { ...apiFilter, size: 200 }).then((rows) => {
    clear(targetsBox);
    if (rows.length === 0) { targetsBox.append(h('p', { class: 'muted' }, t('ex.noTargets'))); return; }
    const tbody = h('tbody');
    const select = (target, tr) => {
      tbody.querySelectorAll('tr.selected').forEach((x) => x.classList.remove('selected'));
      tr.classList.add('selected');
      open = { id: target.id, key: target.key };
      showTarget(target.id, chartBox);
    };
    rows.forEach((target, i) => {
      const tr = h('tr', { class: 'clickable', 'data-target': target.id },
        h('td', {}, target.region), h('td', {}, target.metric), h('td', {}, target.period || ''), h('td', {}, target.unit || ''),
        h('td', { class: 'num' }, target.baseline === null ? '' : `${fmt(target.baseline)} (${target.baselineYear ?? ''})`),
        h('td', { class: 'num' }, target.latestActual === null ? '' : `${fmt(target.latestActual)} (${target.latestActualYear ?? ''})`),
        h('td', { class: 'num' }, target.targetValue === null ? '' : `${target.targetQualifier || ''}${fmt(target.targetValue)} (${target.targetYear ?? ''})`),
        h('td', { class: 'num' }, target.progress === null || target.progress === undefined ? '' : `${Math.round(target.progress * 100)}%`),
        h('td', { class: 'num' }, target.conflicts || ''));
      tr.addEventListener('click', () => select(target, tr));
      tbody.append(tr);
      if (i === 0) select(target, tr);
    });
    targetsBox.append(h('table', {}, h('thead', {}, h('tr', {}, ['col.region', 'col.metric', 'col.period', 'col.unit',
      'col.baseline', 'col.latest', 'col.target', 'col.progress', 'col.conflicts'].map((k) => h('th', {}, t(k))))), tbody));
  }).catch((e) => clear(targetsBox).append(errorBox(e)));

  if (f.metric) showCompare(f.metric, compareBox);

  getJson('/api/indicators', { ...apiFilter, size: 200 }).then((rows) => {
    clear(indicatorsBox);
    if (rows.length === 0) { indicatorsBox.append(h('p', { class: 'muted' }, t('ex.noIndicators'))); return; }
    indicatorsBox.append(h('table', {}, h('thead', {}, h('tr', {}, ['col.region', 'col.metric', 'col.value', 'col.kind',
      'col.year', 'col.domain', 'col.sentence'].map((k) => h('th', {}, t(k))))),
    h('tbody', {}, rows.map((i) => h('tr', { class: 'clickable', onclick: () => { location.hash = `#/documents/${i.documentId}`; } },
      h('td', {}, i.region || ''), h('td', {}, i.metric), h('td', { class: 'num' }, `${i.qualifier || ''}${fmt(i.value)} ${i.unit || ''}`),
      h('td', {}, i.kind), h('td', {}, fmt(i.year ?? i.inferredYear)), h('td', {}, i.domain || ''), h('td', {}, i.sentence))))));
  }).catch((e) => clear(indicatorsBox).append(errorBox(e)));
}

let targetDrawn = 0;

/** A target's chart; refresh: drawn anew in place for a live event, only the latest drawing landing. */
async function showTarget(id, box, { refresh = false } = {}) {
  const drawing = ++targetDrawn;
  if (!refresh) {
    disposeChartsIn(box);
    clear(box).append(h('p', { class: 'muted' }, '…'));
  }
  try {
    const [d, labels] = await Promise.all([getJson(`/api/targets/${id}`), catalogueLabels()]);
    if (drawing !== targetDrawn) return;
    const target = d.target;
    disposeChartsIn(box);
    clear(box).append(h('div', { class: 'card', 'data-target': target.id },
      h('h2', {}, [target.region, indicatorLabel(labels, target.catalogueMetric, target.metric), target.period || '']
        .join(' · ')),
      targetChart(d),
      d.progressNote ? h('p', { class: 'muted' }, d.progressNote) : null,
      d.baselineBasis ? h('p', { class: 'muted' }, d.baselineBasis) : null,
      h('div', { class: 'exports' },
        downloadButton(t('ex.csvSeries'), `/api/targets/${id}?format=csv`, `target-${id}.csv`, 'csv-series'),
        h('a', { class: 'button', href: `#/explorer${query({ metric: target.metric })}` }, t('ex.compareRegions')))));
  } catch (e) { if (drawing === targetDrawn && !refresh) clear(box).append(errorBox(e)); }
}

async function showCompare(metric, box) {
  try {
    const rows = await getJson('/api/targets/compare', { metric });
    clear(box).append(h('div', { class: 'card' }, h('h2', {}, t('ex.compareTitle', metric)), compareChart(rows),
      h('div', { class: 'exports' }, downloadButton(t('ex.csvCompare'), '/api/targets/compare' + query({ metric, format: 'csv' }), 'comparison.csv', 'csv-compare'))));
  } catch (e) { clear(box).append(errorBox(e)); }
}

// ---- live feed: two event streams for the whole page, read with fetch() so that they carry the API key (see
// sse.js); after a lost connection they resume with Last-Event-ID
const feed = [];
const FEED_MAX = 300;
let feedList = null;
const streams = [];
// what a page listens to on the page-wide streams (the explorer's open chart): fn(name, data) for every event
const liveListeners = new Set();
const LIVE_REDRAW_MS = 250;

// the footer's stream state as a message key and its arguments, so that a change of language shows it anew
let streamState = ['live.connecting'];
function showStreamState(...state) {
  streamState = state;
  document.getElementById('stream-state').textContent = t(...state);
}

function connectStreams() {
  const open = new Set();
  const connect = (path, name) => openStream(path, {
    onOpen: () => { open.add(name); showStreamState('live.connected', [...open].join(' + ')); },
    onError: (e) => {
      open.delete(name);
      showStreamState(e.status === 401 ? 'live.needsKey' : 'live.reconnecting', name);
    },
    onEvent: (e) => {
      if (e.type !== name) return;
      let data;
      try { data = JSON.parse(e.data); } catch (err) { return; }
      const item = { name, id: e.lastEventId, data, at: new Date() };
      feed.unshift(item);
      if (feed.length > FEED_MAX) feed.pop();
      document.getElementById('feed-count').textContent = String(feed.length);
      if (feedList && feedList.isConnected) feedList.prepend(feedItem(item));
      liveListeners.forEach((fn) => fn(name, data));
    },
  });
  streams.push(connect('/api/indicators/stream', 'indicator'), connect('/api/targets/stream', 'target'));
}

function feedItem({ name, data, at }) {
  if (name === 'indicator') {
    const i = data.indicator || {};
    return h('li', { 'data-event': name, 'data-type': data.type },
      h('span', { class: 'kind' }, `${t(data.type === 'RETRACTED' ? 'feed.retracted' : 'feed.added')} ${data.type}`),
      h('span', {}, `${i.region || ''} ${i.metric || data.canonicalMetric || ''} ${i.qualifier || ''}${fmt(i.value)}${i.unit || ''} (${i.kind || ''} ${i.year ?? ''})`),
      ' ', h('a', { href: `#/documents/${i.documentId}` }, t('document')),
      h('div', { class: 'sentence' }, i.sentence || ''), h('div', { class: 'muted' }, at.toLocaleTimeString()));
  }
  return h('li', { 'data-event': name },
    h('span', { class: 'kind' }, t('feed.target')),
    h('span', {}, `${data.region || ''} ${data.metric || ''} ${data.period || ''}: `
      + `${fmt(data.latestActual)} → ${data.targetQualifier || ''}${fmt(data.targetValue)} ${data.unit || ''}`
      + (data.progress === null || data.progress === undefined ? '' : ` (${Math.round(data.progress * 100)}%)`)),
    ' ', h('a', { href: `#/explorer${query({ metric: data.metric, region: data.region })}` }, t('feed.explore')),
    h('div', { class: 'muted' }, at.toLocaleTimeString()));
}

let feedQuery = '';

/**
 * The live feed. Unfiltered it shows the page-wide streams' events (also those that came while another page was
 * open); with filters in the address it subscribes to streams of its own that the gateway filters, and shows
 * what they bring from then on. The text box narrows what is shown further, in the page.
 */
function feedPage(params) {
  const filter = feedFilterOf(params);
  const filtered = isFiltered(filter);
  const list = h('ul', { class: 'feed', id: 'feed', 'data-filtered': filtered ? 'true' : 'false' },
    filtered ? [] : feed.map(feedItem));
  const text = h('input', { id: 'feed-filter', type: 'search', placeholder: t('feed.placeholder'), value: feedQuery });
  const apply = () => {
    feedQuery = text.value.trim();
    list.querySelectorAll('li').forEach((li) => { li.hidden = feedQuery !== '' && !li.textContent.includes(feedQuery); });
  };
  text.addEventListener('input', apply);
  // new events pass the same filter as they arrive
  new MutationObserver(apply).observe(list, { childList: true });
  const state = h('p', { class: 'muted', id: 'feed-filter-state' }, filtered ? t('feed.filteredConnecting') : '');
  view.append(h('h1', {}, t('feed.title')), h('p', { class: 'muted' }, t('feed.about')),
    feedFilterForm(filter, (chosen) => { location.hash = '#/feed' + query(chosen); }),
    h('div', { class: 'filters card' }, h('label', {}, t('feed.filter'), text)), state, list);
  apply();
  if (!filtered) {
    feedList = list;
    onLeave(() => { feedList = null; });
    return;
  }
  const shown = [];
  const open = new Set();
  const subscriptions = Object.entries(streamPaths(filter)).map(([name, path]) => openStream(path, {
    onOpen: () => { open.add(name); state.textContent = t('feed.filteredConnected', [...open].join(' + ')); },
    onError: (e) => {
      open.delete(name);
      // a filter the gateway refuses (an unknown region code) stays refused: say why instead of retrying
      if (e.status === 400) subscriptions.forEach((s) => s.close());
      state.textContent = '';
      state.append(e.status === 400 || e.status === 401 ? errorBox(e) : t('live.reconnecting', name));
    },
    onEvent: (e) => {
      if (e.type !== name) return;
      let data;
      try { data = JSON.parse(e.data); } catch (err) { return; }
      const item = { name, id: e.lastEventId, data, at: new Date() };
      shown.unshift(item);
      list.prepend(feedItem(item));
      if (shown.length > FEED_MAX) { shown.pop(); list.lastElementChild?.remove(); }
    },
  }));
  onLeave(() => subscriptions.forEach((s) => s.close()));
}

// ---- start
const keyInput = document.getElementById('api-key');
keyInput.value = apiKey.get();
keyInput.addEventListener('change', () => {
  apiKey.set(keyInput.value.trim());
  // a stream refused for a missing or wrong key need not wait for its next retry
  streams.forEach((s) => s.reconnect());
});
const langToggle = document.getElementById('lang-toggle');
langToggle.addEventListener('click', () => {
  lang.set(lang.other());
  applyTo(document);
  showStreamState(...streamState);
  route(); // the page drawn anew in the other language
});
applyTo(document);
window.addEventListener('hashchange', route);
connectStreams();
route();

// The dashboard: per region and plan period the plan's targets grouped by category, as a mid-term review table
// lays them out (indicator, attribute, baseline, latest actual, target, status, trend, sources), with the counts by
// status on top and filters for region (with its hierarchy when /api/regions gives codes), period, category and
// status. Fields the services may not send yet (status, category, attribute, series) leave their cells empty.
// The page follows the live streams (dashboard-live.js): rows, counts and the number of analysed documents change
// as updates arrive, without polling or reloading; so does the open target's panel (its chart and the comparison
// across regions) when an update concerns its target. A growth rate reads as its level's 增速 (地区生产总值 · 增速).
import { h, clear, fmt } from './dom.js';
import { getJson, query } from './api.js';
import { t } from './i18n.js';
import { errorBox, statusBadge, attributeLabel, catalogueLabels, indicatorLabel } from './widgets.js';
import { targetChart, regionYearsChart, compareChart, statusChart, sparkline, disposeChartsIn } from './charts.js';
import { keepDashboardLive } from './dashboard-live.js';

export const STATUSES = ['achieved', 'on_track', 'lagging', 'no_data'];
const FILTERS = ['region', 'period', 'category', 'status'];
const MAX_TARGETS = 1000;
const MAX_DETAIL_FETCHES = 60;
/** Labels of catalogue indicators by id (widgets.catalogueLabels), read when the page opens. */
let labels = new Map();

/** onLeave(fn) registers what to stop when the route changes (the live streams). */
export async function dashboardPage(view, params, onLeave = () => {}) {
  let left = false;
  onLeave(() => { left = true; });
  const f = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || '']));
  const summary = h('div', { class: 'card status-summary', id: 'status-summary' });
  const filters = h('form', { class: 'filters card', id: 'dashboard-filters' });
  const detail = h('div', { id: 'dash-detail' });
  const tables = h('div', { id: 'dashboard' }, h('p', { class: 'muted' }, t('loading')));
  const documents = h('p', { class: 'muted', id: 'dash-documents' });
  view.append(h('h1', {}, t('dash.title')), filters, documents, summary, detail, tables);

  let targets;
  try {
    targets = await getJson('/api/targets', { size: MAX_TARGETS });
  } catch (e) {
    clear(tables).append(errorBox(e));
    return;
  }
  const regions = await getJson('/api/regions').catch(() => []);
  labels = await catalogueLabels();
  const hierarchy = RegionHierarchy.of(regions, targets);
  const trends = new Trends();

  // the choices come from the targets, so a target arriving live may add one
  const choices = {
    region: () => hierarchy.options(),
    period: () => distinct(targets.map((x) => x.period)).sort().reverse().map((p) => ({ value: p, label: p })),
    category: () => distinct(targets.map((x) => x.category)).sort().map((c) => ({ value: c, label: c })),
    status: () => STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
  };
  const selects = Object.fromEntries(FILTERS.map((k) => [k, select(k, choices[k]())]));
  FILTERS.forEach((k) => { selects[k].value = f[k]; });
  filters.append(...FILTERS.map((k) => h('label', {}, t(k === 'region' ? 'col.region' : k === 'period' ? 'col.period'
    : k === 'category' ? 'dash.category' : 'col.status'), selects[k])),
  h('button', { type: 'button', id: 'dashboard-reset', onclick: () => { FILTERS.forEach((k) => { selects[k].value = ''; }); apply(); } }, t('reset')));
  FILTERS.forEach((k) => selects[k].addEventListener('change', () => apply()));

  let liveUpdated = new Set();
  // the target whose panel is open: kept across the table's re-rendering, redrawn when an update concerns it
  let open = null;
  const openPanel = (target) => { open = target.id; showDetail(detail, target); };
  function apply() {
    FILTERS.forEach((k) => { f[k] = selects[k].value; });
    // the filters live in the address (shareable, kept on reload) without rendering the page anew
    history.replaceState(null, '', '#/dashboard' + query(f));
    const scoped = targets.filter((x) => (!f.region || hierarchy.contains(f.region, x))
      && (!f.period || x.period === f.period) && (!f.category || x.category === f.category));
    renderSummary(summary, scoped, (status) => { selects.status.value = status; apply(); });
    const shown = scoped.filter((x) => !f.status || x.status === f.status);
    renderTables(tables, shown, trends, openPanel, liveUpdated, open);
  }
  apply();
  if (left) return;
  onLeave(keepDashboardLive(targets, {
    onChange: (ids) => {
      liveUpdated = ids;
      targets.filter((x) => ids.has(x.id)).forEach((x) => trends.forget(x.region));
      ['region', 'period', 'category'].forEach((k) => refill(selects[k], choices[k]()));
      apply();
      const shownTarget = open === null ? null : targets.find((x) => x.id === open);
      if (shownTarget && ids.has(open)) showDetail(detail, shownTarget, { refresh: true });
    },
    onDocuments: (count) => { documents.textContent = t('dash.documents', count); },
  }));
}

/** New choices for a select, keeping what is selected. */
function refill(sel, options) {
  const value = sel.value;
  [...sel.options].slice(1).forEach((o) => o.remove());
  options.forEach((o) => sel.append(h('option', { value: o.value }, o.label)));
  sel.value = value;
}

function select(name, options) {
  return h('select', { name, id: `dash-${name}` }, h('option', { value: '' }, t('all')),
    options.map((o) => h('option', { value: o.value }, o.label)));
}

function distinct(values) {
  return [...new Set(values.filter((v) => v !== null && v !== undefined && v !== ''))];
}

function renderSummary(box, targets, onPick) {
  clear(box);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, targets.filter((x) => x.status === s).length]));
  const rated = STATUSES.reduce((n, s) => n + counts[s], 0);
  if (rated === 0) {
    box.append(h('p', { class: 'muted', id: 'status-line' }, targets.length ? t('dash.noStatus') : t('dash.noTargets')));
    return;
  }
  const good = counts.achieved + counts.on_track;
  box.append(h('div', { class: 'summary-row' },
    h('div', {},
      h('p', { class: 'summary-line', id: 'status-line' }, t('dash.summary', good, targets.length)),
      h('ul', { class: 'status-counts', id: 'status-counts' }, STATUSES.map((s) =>
        h('li', { 'data-status': s, class: 'clickable', onclick: () => onPick(s) }, statusBadge(s), ' ',
          h('span', { class: 'count' }, String(counts[s])))))),
    statusChart(counts, onPick)));
}

/**
 * updated: the ids of the targets the last live update changed, marked so the eye finds them; open: the id of the
 * target whose panel is open, still marked selected after the rows are drawn anew.
 */
function renderTables(box, targets, trends, onSelect, updated, open) {
  disposeChartsIn(box); // the sparklines of the rows drawn before
  clear(box);
  if (targets.length === 0) {
    box.append(h('p', { class: 'muted' }, t('dash.noTargets')));
    return;
  }
  const groups = new Map();
  for (const target of targets) {
    const key = `${target.region || ''} · ${target.period || ''}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(target);
  }
  for (const [title, rows] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0], 'zh'))) {
    const byCategory = new Map();
    rows.forEach((r) => {
      const c = r.category || t('dash.uncategorised');
      if (!byCategory.has(c)) byCategory.set(c, []);
      byCategory.get(c).push(r);
    });
    const tbody = h('tbody');
    for (const [category, list] of byCategory) {
      tbody.append(h('tr', { class: 'category' }, h('th', { colspan: 8 }, category)));
      list.sort((a, b) => indicatorName(a).localeCompare(indicatorName(b), 'zh')).forEach((target) => {
        const trend = h('td', { class: 'trend' });
        const marks = `${updated.has(target.id) ? ' live-updated' : ''}${target.id === open ? ' selected' : ''}`;
        tbody.append(h('tr', { class: `clickable target-row${marks}`,
          'data-target': target.id, 'data-status': target.status || '', onclick: () => onSelect(target) },
        h('td', {}, indicatorName(target), target.unit ? h('span', { class: 'muted' }, `（${target.unit}）`) : null),
        h('td', {}, attributeLabel(target.attribute)),
        h('td', { class: 'num' }, valueWithYear(target.baseline, target.baselineYear)),
        h('td', { class: 'num latest' }, valueWithYear(target.latestActual, target.latestActualYear)),
        h('td', { class: 'num' }, valueWithYear(target.targetValue, target.targetYear, target.targetQualifier)),
        h('td', {}, statusBadge(target.status)),
        trend,
        h('td', { class: 'num' }, fmt(target.documentCount ?? target.documents))));
        trends.fill(trend, target);
      });
    }
    box.append(h('section', { class: 'plan-group', 'data-group': title }, h('h2', {}, title),
      h('table', { class: 'review' }, h('thead', {}, h('tr', {}, ['col.indicator', 'col.attribute', 'col.baseline',
        'col.latest', 'col.target', 'col.status', 'col.trend', 'col.sources'].map((k) => h('th', {}, t(k))))), tbody)));
  }
}

/** The indicator's label (地区生产总值 · 增速 for a growth rate), else the metric the target is keyed by. */
function indicatorName(target) {
  return indicatorLabel(labels, target.catalogueMetric, target.metric);
}

function valueWithYear(value, year, qualifier) {
  if (value === null || value === undefined) return '';
  return [h('span', {}, `${qualifier || ''}${fmt(value)}`), year ? h('span', { class: 'muted year' }, ` (${year})`) : null];
}

let detailDrawn = 0;

/**
 * A target's chart and its indicator across regions, above the tables. refresh: the panel is open and a live update
 * concerns its target, so it is drawn anew in place (no loading line, no scrolling); only the latest drawing lands
 * when updates come faster than the service answers.
 */
async function showDetail(box, target, { refresh = false } = {}) {
  const drawing = ++detailDrawn;
  if (!refresh) {
    document.querySelectorAll('#dashboard tr.selected').forEach((x) => x.classList.remove('selected'));
    document.querySelector(`#dashboard tr[data-target="${CSS.escape(String(target.id))}"]`)?.classList.add('selected');
    disposeChartsIn(box);
    clear(box).append(h('p', { class: 'muted' }, t('loading')));
  }
  try {
    const d = await getJson(`/api/targets/${encodeURIComponent(target.id)}`);
    const compareItems = await comparison(target);
    if (drawing !== detailDrawn) return;
    disposeChartsIn(box);
    clear(box).append(h('div', { class: 'card', 'data-target': target.id, 'data-drawing': String(drawing) },
      h('h2', {}, `${target.region || ''} · ${indicatorName(target)} · ${target.period || ''}`),
      targetChart(d),
      d.progressNote ? h('p', { class: 'muted' }, d.progressNote) : null,
      h('h2', {}, t('dash.compare')), h('div', { id: 'dash-compare' }, compareItems)));
    if (!refresh) box.scrollIntoView({ block: 'start' });
  } catch (e) {
    if (drawing === detailDrawn && !refresh) clear(box).append(errorBox(e));
  }
}

/** Bars per region and year from /api/series; where that is not served, latest actual and target per region. */
async function comparison(target) {
  const id = target.catalogueMetric && target.catalogueMetric.id;
  try {
    const items = await getJson('/api/series', id ? { indicator: id } : { metric: target.metric });
    if (Array.isArray(items) && items.length) return regionYearsChart(items);
  } catch (e) { /* not served (yet): the comparison of targets */ }
  try {
    return compareChart(await getJson('/api/targets/compare', { metric: target.metric }));
  } catch (e) {
    return errorBox(e);
  }
}

/**
 * The sparklines: actual values by year from /api/series (one request per region), or where that is not served,
 * from each target's own series (a bounded number of requests).
 */
class Trends {
  constructor() {
    this.byRegion = new Map();
    this.detailFetches = 0;
  }

  async fill(cell, target) {
    let points = null;
    try {
      const items = await this.seriesOf(target.region, target.regionCode);
      const id = target.catalogueMetric && target.catalogueMetric.id;
      const item = items.find((i) => (id && i.indicator && i.indicator.id === id) || i.metric === target.metric);
      if (item) points = item.unit === target.unit || !target.unit ? item.points : null;
    } catch (e) {
      if (this.detailFetches++ < MAX_DETAIL_FETCHES) {
        const d = await getJson(`/api/targets/${encodeURIComponent(target.id)}`).catch(() => null);
        points = d ? (d.series || []).filter((p) => p.kind === 'actual' && p.unit === target.unit) : null;
      }
    }
    if (points && cell.isConnected) cell.append(sparkline(points));
  }

  /** The region's series changed (a live update): fetched anew when next drawn. */
  forget(region) {
    this.byRegion.delete(region);
  }

  /** The region's series, asked for by its code where it has one (a name the registry resolves would do too). */
  seriesOf(region, code) {
    if (!this.byRegion.has(region)) {
      this.byRegion.set(region, getJson('/api/series', { region: code || region }).then((items) => {
        if (!Array.isArray(items)) throw new Error('no series');
        return items;
      }));
    }
    return this.byRegion.get(region);
  }
}

/**
 * The region filter's choices. With codes from /api/regions ({code, name, level, parentCode}) the regions that
 * have targets are listed under their parents (a province above its cities) and a parent selects its whole
 * subtree; without them, the region names the targets carry.
 */
class RegionHierarchy {
  static of(rows, targets) {
    const coded = Array.isArray(rows) ? rows.filter((r) => r && r.code && r.name) : [];
    return new RegionHierarchy(coded, targets);
  }

  constructor(coded, targets) {
    this.byCode = new Map(coded.map((r) => [r.code, r]));
    this.byName = new Map();
    coded.forEach((r) => { if (!this.byName.has(r.name)) this.byName.set(r.name, r); });
    this.targets = targets;
  }

  regionOf(target) {
    return (target.regionCode && this.byCode.get(target.regionCode)) || this.byName.get(target.region) || null;
  }

  /** The codes from the target's region up to the root. */
  chain(target) {
    const out = [];
    const seen = new Set();
    for (let r = this.regionOf(target); r && !seen.has(r.code); r = this.byCode.get(r.parentCode)) {
      seen.add(r.code);
      out.push(r.code);
    }
    return out;
  }

  contains(value, target) {
    return target.region === value || target.regionCode === value || this.chain(target).includes(value);
  }

  options() {
    if (this.byCode.size === 0) {
      return distinct(this.targets.map((x) => x.region)).sort((a, b) => a.localeCompare(b, 'zh'))
        .map((r) => ({ value: r, label: r }));
    }
    const used = new Set(this.targets.flatMap((x) => this.chain(x)));
    const uncoded = distinct(this.targets.filter((x) => this.chain(x).length === 0).map((x) => x.region));
    const children = new Map();
    for (const code of used) {
      const parent = this.byCode.get(code).parentCode;
      const key = parent && used.has(parent) ? parent : '';
      if (!children.has(key)) children.set(key, []);
      children.get(key).push(this.byCode.get(code));
    }
    const out = [];
    const walk = (key, depth) => (children.get(key) || []).sort((a, b) => a.code.localeCompare(b.code)).forEach((r) => {
      out.push({ value: r.code, label: `${'\u3000'.repeat(depth)}${r.name}` });
      walk(r.code, depth + 1);
    });
    walk('', 0);
    return out.concat(uncoded.map((r) => ({ value: r, label: r })));
  }
}

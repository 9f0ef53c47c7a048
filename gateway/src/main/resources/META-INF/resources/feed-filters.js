// The live feed's filters: region (a GB/T 2260 code or a name; a province takes its cities and counties), indicator
// (a catalogue indicator) and status change (only target updates that changed their status, or changed it to one
// status). The gateway applies them to the stream itself (query parameters of /api/targets/stream and
// /api/indicators/stream), so the page receives only what it shows; the page's address carries the same
// parameters, so a filtered feed can be bookmarked and shared.
import { h } from './dom.js';
import { getJson, query } from './api.js';
import { t } from './i18n.js';
import { STATUSES } from './dashboard.js';

export const FEED_FILTERS = ['region', 'indicator', 'statusChanged', 'status'];

/** The filters the address gives, as the stream parameters ({} when the feed is not filtered). */
export function feedFilterOf(params) {
  const f = {};
  FEED_FILTERS.forEach((k) => { const v = (params.get(k) || '').trim(); if (v) f[k] = v; });
  return f;
}

export function isFiltered(filter) {
  return Object.keys(filter).length > 0;
}

/**
 * The streams a filter subscribes to, by event name. A status filter concerns target updates only: indicator
 * events have no status, so with one the indicator stream is left out rather than shown unfiltered.
 */
export function streamPaths(filter) {
  const paths = { target: '/api/targets/stream' + query(filter) };
  if (!filter.status && !filter.statusChanged) {
    paths.indicator = '/api/indicators/stream' + query({ region: filter.region, indicator: filter.indicator });
  }
  return paths;
}

/** The status-change choice as the select shows it: '' (any event), 'changed', or the status changed to. */
function changeChoice(filter) {
  if (filter.statusChanged !== 'true') return '';
  return filter.status || 'changed';
}

function filterOfChoice(choice) {
  if (!choice) return {};
  return choice === 'changed' ? { statusChanged: 'true' } : { statusChanged: 'true', status: choice };
}

/**
 * The filter form; apply(filter) is called with the chosen stream parameters. The region and indicator choices are
 * loaded from /api/regions (with the divisions above the regions of the data, so a province can be chosen) and
 * /api/catalogue (every catalogue indicator: a live filter may wait for one the data does not hold yet).
 */
export function feedFilterForm(filter, apply) {
  const region = h('select', { id: 'feed-region', name: 'region' }, h('option', { value: '' }, t('all')));
  const indicator = h('select', { id: 'feed-indicator', name: 'indicator' }, h('option', { value: '' }, t('all')));
  const change = h('select', { id: 'feed-status-change', name: 'statusChange' },
    h('option', { value: '' }, t('feed.anyEvent')),
    h('option', { value: 'changed' }, t('feed.statusChanged')),
    STATUSES.map((s) => h('option', { value: s }, t('feed.statusChangedTo', t(`status.${s}`)))));
  change.value = changeChoice(filter);
  const keep = (select, value) => {
    if (value && ![...select.options].some((o) => o.value === value)) select.append(h('option', { value }, value));
    select.value = value || '';
  };
  keep(region, filter.region);
  keep(indicator, filter.indicator);

  fillRegions(region, () => keep(region, filter.region));
  fillIndicators(indicator, () => keep(indicator, filter.indicator));

  const form = h('form', { class: 'filters card', id: 'feed-filters' },
    h('label', {}, t('col.region'), region),
    h('label', {}, t('feed.indicator'), indicator),
    h('label', {}, t('feed.statusChange'), change),
    h('button', { type: 'submit', id: 'feed-apply' }, t('filter')),
    h('button', { type: 'button', id: 'feed-reset', onclick: () => apply({}) }, t('reset')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = { region: region.value, indicator: indicator.value, ...filterOfChoice(change.value) };
    apply(Object.fromEntries(Object.entries(chosen).filter(([, v]) => v)));
  });
  return form;
}

/** Fills a region select from /api/regions (divisions above the data's regions too), then calls done(). */
export function fillRegions(select, done) {
  getJson('/api/regions').then((rows) => {
    clearOptions(select);
    regionOptions(rows).forEach((o) => select.append(h('option', { value: o.value }, o.label)));
    done();
  }).catch(() => {});
}

/** Fills an indicator select with every catalogue indicator, grouped by category, then calls done(). */
export function fillIndicators(select, done) {
  getJson('/api/catalogue').then((rows) => {
    clearOptions(select);
    const byCategory = new Map();
    rows.forEach((i) => {
      if (!byCategory.has(i.category)) byCategory.set(i.category, []);
      byCategory.get(i.category).push(i);
    });
    for (const [category, list] of byCategory) {
      select.append(h('optgroup', { label: category },
        list.map((i) => h('option', { value: i.id }, `${i.label || i.name}${i.unit ? `（${i.unit}）` : ''}`))));
    }
    done();
  }).catch(() => {});
}

function clearOptions(select) {
  [...select.querySelectorAll('option, optgroup')].forEach((o) => { if (o.value !== '' || o.tagName === 'OPTGROUP') o.remove(); });
}

/**
 * The regions of the data under their enclosing divisions: /api/regions names each region's parent (code and name),
 * so a province is offered above its cities even when no document is about the province itself. Regions without a
 * code (names the registry does not know) follow by name.
 */
export function regionOptions(rows) {
  const byCode = new Map();
  const uncoded = [];
  for (const r of Array.isArray(rows) ? rows : []) {
    if (r.code) byCode.set(r.code, { code: r.code, name: r.name || r.region, parentCode: r.parentCode });
    else if (r.region) uncoded.push(r.region);
    if (r.code && r.parentCode && r.parentName && !byCode.has(r.parentCode)) {
      byCode.set(r.parentCode, { code: r.parentCode, name: r.parentName, parentCode: null });
    }
  }
  const children = new Map();
  for (const r of byCode.values()) {
    const key = r.parentCode && byCode.has(r.parentCode) ? r.parentCode : '';
    if (!children.has(key)) children.set(key, []);
    children.get(key).push(r);
  }
  const out = [];
  const walk = (key, depth) => (children.get(key) || []).sort((a, b) => a.code.localeCompare(b.code)).forEach((r) => {
    out.push({ value: r.code, label: `${'\u3000'.repeat(depth)}${r.name}` });
    walk(r.code, depth + 1);
  });
  walk('', 0);
  return out.concat([...new Set(uncoded)].sort((a, b) => a.localeCompare(b, 'zh')).map((r) => ({ value: r, label: r })));
}

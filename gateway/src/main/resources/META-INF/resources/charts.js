// Charts with Apache ECharts, served by the gateway from the org.mvnpm:echarts jar (no CDN: the
// Content-Security-Policy allows scripts from this origin only). The canvas renderer draws everything on a canvas,
// so no style attribute is ever parsed (the CSP refuses those); tooltips are DOM nodes built with h(), so text from
// documents never becomes markup.
import * as echarts from '/_static/echarts/5.6.0/dist/echarts.esm.min.js';
import { h, fmt } from './dom.js';
import { t } from './i18n.js';

const BLUE = '#1f5fa8';
const RED = '#b3261e';
const GREY = '#8a94a3';
export const STATUS_COLORS = { achieved: '#1e7d3a', on_track: '#2e8bc0', lagging: '#c0392b', no_data: '#9aa6b4' };

const live = new Set();

/**
 * A container that draws option once it has a size (ECharts measures its container at init) and follows later
 * size changes. onReady(chart) may add event handlers.
 */
function mount(kind, option, onReady, extraClass) {
  const el = h('div', { class: `echart ${extraClass || ''}`.trim(), 'data-chart': kind });
  let chart = null;
  const observer = new ResizeObserver(() => {
    if (!el.isConnected || el.clientWidth === 0) return;
    if (!chart) {
      chart = echarts.init(el, null, { renderer: 'canvas' });
      // settled: drawn and its animation over, so a point is where convertToPixel says (tests hover it)
      chart.on('finished', () => { el.dataset.settled = 'true'; });
      chart.setOption(option);
      el.dataset.rendered = 'true';
      live.add({ chart, observer, el });
      if (onReady) onReady(chart);
    } else {
      chart.resize();
    }
  });
  observer.observe(el);
  return el;
}

/** Frees the charts of the page being left (their canvases and listeners). */
export function disposeCharts() {
  for (const entry of live) {
    entry.observer.disconnect();
    entry.chart.dispose();
  }
  live.clear();
}

/** Frees the charts inside node (a panel drawn anew, a table re-rendered): only those, the page's others stay. */
export function disposeChartsIn(node) {
  for (const entry of [...live]) {
    if (node.contains(entry.el)) {
      entry.observer.disconnect();
      entry.chart.dispose();
      live.delete(entry);
    }
  }
}

function num(v) {
  const n = typeof v === 'number' ? v : parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

/** Axis labels: large values with the Chinese 万/亿 so they stay short. */
export function compact(v) {
  const a = Math.abs(v);
  if (a >= 1e8) return fmt(Math.round(v / 1e6) / 100) + '亿';
  if (a >= 1e4) return fmt(Math.round(v / 100) / 100) + '万';
  return fmt(v);
}

const MAX_SOURCES_SHOWN = 3;

function sourceLines(sources) {
  return (sources || []).slice(0, MAX_SOURCES_SHOWN).map((s) => h('div', { class: 'tip-source' },
    h('span', { class: 'tip-sentence' }, s.sentence || ''), ' ',
    s.documentId ? h('a', { href: `#/documents/${encodeURIComponent(s.documentId)}` }, t('chart.openDocument')) : null));
}

const TOOLTIP_BASE = { confine: true, enterable: true, className: 'chart-tooltip', transitionDuration: 0 };

/**
 * A target's chart from GET /api/targets/{id}: the actual series, the straight path from baseline to target,
 * the target point and earlier targets (revisions) as markers. The tooltip at a year lists each value with the
 * sentences it comes from and links to their documents.
 */
export function targetChart(detail) {
  const target = detail.target || {};
  const points = (detail.series || []).filter((p) => p.year !== null && p.year !== undefined);
  // the target's own unit where every point uses it (亿元 stays 亿元), otherwise the canonical unit
  const canonical = !points.every((p) => p.unit === target.unit && num(p.value) !== null)
    && points.every((p) => num(p.canonicalValue) !== null);
  const val = (p) => num(canonical ? p.canonicalValue : p.value);
  const unit = canonical ? ((points[0] && points[0].canonicalUnit) || target.canonicalUnit || target.unit) : target.unit;
  const usable = points.filter((p) => val(p) !== null);
  if (usable.length === 0 && num(target.targetValue) === null) {
    return h('p', { class: 'muted', 'data-chart': 'target-empty' }, t('chart.nothing'));
  }
  const actual = usable.filter((p) => p.kind === 'actual').sort((a, b) => a.year - b.year);
  const stated = usable.filter((p) => p.kind === 'target').sort((a, b) => a.year - b.year);
  const at = (list, year) => list.find((p) => p.year === year);

  // the path runs from the baseline to the target, in the unit shown
  const baseYear = target.baselineYear;
  const baseValue = at(actual, baseYear) ? val(at(actual, baseYear)) : canonical ? null : num(target.baseline);
  const goalYear = target.targetYear;
  const goalValue = at(stated, goalYear) ? val(at(stated, goalYear)) : canonical ? null : num(target.targetValue);
  const path = baseYear && goalYear && baseValue !== null && goalValue !== null
    ? [{ value: [baseYear, baseValue] }, { value: [goalYear, goalValue] }] : [];
  const targetData = stated.length ? stated.map((p) => ({ value: [p.year, val(p)], point: p }))
    : goalYear && goalValue !== null ? [{ value: [goalYear, goalValue] }] : [];
  const revisions = (detail.revisions || [])
    .filter((r) => num(r.value) !== null && goalYear && (!r.unit || r.unit === unit))
    .map((r) => ({ value: [goalYear, num(r.value)], revision: r }));

  const years = [...usable.map((p) => p.year), baseYear, goalYear].filter((y) => Number.isInteger(y));
  const tooltip = (params) => {
    const list = Array.isArray(params) ? params : [params];
    const year = list.length ? list[0].value[0] : '';
    return h('div', { class: 'tip' }, h('div', { class: 'tip-head' }, String(year)),
      list.filter((p) => p.seriesId !== 'path').map((p) => {
        const d = p.data || {};
        const point = d.point;
        const r = d.revision;
        const note = point && point.conflict ? t('chart.conflict') : '';
        return h('div', { class: 'tip-item', 'data-series': p.seriesId },
          h('b', {}, `${p.seriesName}: ${point && point.qualifier ? point.qualifier : ''}${fmt(p.value[1])} ${unit || ''} ${note}`),
          r ? h('div', { class: 'tip-source' }, t('chart.revisedBy', r.documentDate || ''), ' ',
            r.documentId ? h('a', { href: `#/documents/${encodeURIComponent(r.documentId)}` }, t('chart.openDocument')) : null)
            : null,
          point ? sourceLines(point.sources) : null);
      }));
  };
  const line = (id, name, data, extra) => Object.assign({ id, name, type: 'line', data, animation: false }, extra);
  const option = {
    grid: { left: 64, right: 24, top: 40, bottom: 36 },
    legend: { top: 4 },
    tooltip: Object.assign({ trigger: 'axis', axisPointer: { type: 'line', snap: true }, formatter: tooltip }, TOOLTIP_BASE),
    xAxis: { type: 'value', min: Math.min(...years) - 1, max: Math.max(...years) + 1, minInterval: 1,
      axisLabel: { formatter: (v) => (Number.isInteger(v) ? String(v) : '') } },
    yAxis: { type: 'value', name: unit || '', scale: false, axisLabel: { formatter: compact } },
    series: [
      // a year with conflicting values is drawn as a larger ring in red
      line('actual', t('chart.actual'), actual.map((p) => (p.conflict
        ? { value: [p.year, val(p)], point: p, symbolSize: 13, itemStyle: { borderColor: RED, borderWidth: 2.5 } }
        : { value: [p.year, val(p)], point: p })),
        { color: BLUE, symbolSize: 8, lineStyle: { width: 2.5 } }),
      line('path', t('chart.path'), path, { color: GREY, symbol: 'none', lineStyle: { type: 'dashed', width: 1.5 } }),
      // markers drawn as lines without a line: the axis tooltip then finds them at their year like the series
      line('target', t('chart.target'), targetData,
        { color: RED, symbol: 'diamond', symbolSize: 14, lineStyle: { opacity: 0 } }),
      line('revision', t('chart.revision'), revisions,
        { color: GREY, symbol: 'triangle', symbolSize: 11, lineStyle: { opacity: 0 } }),
    ],
  };
  return mount('target', option);
}

function axisTooltip(unitOf) {
  return (params) => {
    const list = Array.isArray(params) ? params : [params];
    return h('div', { class: 'tip' }, h('div', { class: 'tip-head' }, list.length ? String(list[0].axisValue) : ''),
      list.filter((p) => p.value !== null && p.value !== undefined && p.value !== '-').map((p) =>
        h('div', { class: 'tip-item' }, `${p.seriesName}: ${fmt(p.value)} ${unitOf(p) || ''}`)));
  };
}

/**
 * One indicator across regions: from GET /api/series items (one bar per year, the last six years any region has),
 * regions whose unit differs from the most common one left out rather than drawn on a wrong scale.
 */
export function regionYearsChart(items) {
  const units = new Map();
  items.forEach((i) => units.set(i.unit, (units.get(i.unit) || 0) + 1));
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const usable = items.filter((i) => i.unit === unit && (i.points || []).some((p) => num(p.value) !== null));
  if (usable.length === 0) return h('p', { class: 'muted' }, t('chart.nothingComparable'));
  const regions = [...new Set(usable.map((i) => i.region))];
  const years = [...new Set(usable.flatMap((i) => i.points.map((p) => p.year)))].filter(Number.isInteger).sort().slice(-6);
  const series = years.map((year) => ({
    name: String(year), type: 'bar', animation: false,
    data: regions.map((region) => {
      const p = usable.filter((i) => i.region === region).flatMap((i) => i.points).find((x) => x.year === year);
      return p && num(p.value) !== null ? num(p.value) : '-';
    }),
  }));
  return mount('compare', {
    grid: { left: 64, right: 16, top: 40, bottom: 40 }, legend: { top: 4 },
    tooltip: Object.assign({ trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTooltip(() => unit) }, TOOLTIP_BASE),
    xAxis: { type: 'category', data: regions }, yAxis: { type: 'value', name: unit || '', axisLabel: { formatter: compact } },
    series,
  });
}

/** The fallback comparison from GET /api/targets/compare: latest actual and target per region, canonical units. */
export function compareChart(rows) {
  const usable = rows.filter((r) => num(r.canonicalLatestActual) !== null || num(r.canonicalTargetValue) !== null);
  if (usable.length === 0) return h('p', { class: 'muted' }, t('chart.nothingComparable'));
  const unit = usable[0].canonicalUnit || '';
  const labels = usable.map((r) => `${r.region} ${r.period || ''}`.trim());
  return mount('compare', {
    grid: { left: 64, right: 16, top: 40, bottom: 40 }, legend: { top: 4 },
    tooltip: Object.assign({ trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTooltip(() => unit) }, TOOLTIP_BASE),
    xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', name: unit, axisLabel: { formatter: compact } },
    series: [
      { name: t('chart.latestActual'), type: 'bar', color: BLUE, animation: false,
        data: usable.map((r) => num(r.canonicalLatestActual) ?? '-') },
      { name: t('chart.target'), type: 'bar', color: RED, animation: false,
        data: usable.map((r) => num(r.canonicalTargetValue) ?? '-') },
    ],
  });
}

/** Counts by status as a ring; clicking a slice calls onPick(status). */
export function statusChart(counts, onPick) {
  const data = Object.entries(counts).filter(([, n]) => n > 0)
    .map(([status, n]) => ({ name: t(`status.${status}`), value: n, status, itemStyle: { color: STATUS_COLORS[status] } }));
  return mount('status', {
    tooltip: Object.assign({ trigger: 'item', formatter: (p) => h('div', { class: 'tip' }, `${p.name}: ${p.value}`) }, TOOLTIP_BASE),
    series: [{ type: 'pie', radius: ['45%', '75%'], animation: false, label: { formatter: '{b} {c}' }, data }],
  }, (chart) => {
    if (onPick) chart.on('click', (e) => onPick(e.data.status));
  }, 'echart-small');
}

/** A row's trend: values by year, no axes; empty when fewer than two values. */
export function sparkline(points) {
  const data = (points || []).filter((p) => Number.isInteger(p.year) && num(p.value) !== null)
    .sort((a, b) => a.year - b.year).map((p) => [p.year, num(p.value)]);
  if (data.length < 2) return h('span', { class: 'muted' }, data.length === 1 ? '·' : '');
  return mount('sparkline', {
    animation: false, grid: { left: 2, right: 2, top: 3, bottom: 3 },
    xAxis: { type: 'value', show: false, min: 'dataMin', max: 'dataMax' }, yAxis: { type: 'value', show: false, scale: true },
    series: [{ type: 'line', data, symbol: 'none', color: BLUE, lineStyle: { width: 1.5 }, silent: true }],
  }, null, 'sparkline');
}

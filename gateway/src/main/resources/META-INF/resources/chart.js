// Charts drawn as plain SVG (no library): a target's series and a cross-region comparison.
import { h, s, fmt } from './dom.js';

const W = 720, H = 320, M = { l: 64, r: 24, t: 20, b: 40 };

function num(v) {
  const n = typeof v === 'number' ? v : parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

function ticks(lo, hi, n) {
  if (lo === hi) { lo -= 1; hi += 1; }
  const step0 = (hi - lo) / n;
  const mag = Math.pow(10, Math.floor(Math.log10(step0)));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((x) => x >= step0);
  const out = [];
  for (let v = Math.floor(lo / step) * step; out.length === 0 || out[out.length - 1] < hi; v += step) {
    out.push(Math.round(v / step) * step);
  }
  return out;
}

/** Axis and point labels: large values with the Chinese 万/亿 so they stay short. */
export function compact(v) {
  const a = Math.abs(v);
  if (a >= 1e8) return fmt(Math.round(v / 1e6) / 100) + '亿';
  if (a >= 1e4) return fmt(Math.round(v / 100) / 100) + '万';
  return fmt(v);
}

/**
 * A target's series: actual values as a solid line with points, stated targets as a dashed line from the last
 * actual before them to each target point. detail is GET /api/targets/{id}.
 */
export function seriesChart(detail) {
  const t = detail.target;
  const points = (detail.series || []).filter((p) => p.year !== null && p.year !== undefined);
  // the target's own unit where every point uses it (亿元 stays 亿元), otherwise the canonical unit
  const canonical = !points.every((p) => p.unit === t.unit && num(p.value) !== null)
    && points.every((p) => num(p.canonicalValue) !== null);
  const val = (p) => num(canonical ? p.canonicalValue : p.value);
  const unit = canonical ? (points[0].canonicalUnit || t.canonicalUnit || t.unit) : t.unit;
  const usable = points.filter((p) => val(p) !== null);
  if (usable.length === 0) return h('p', { class: 'muted' }, '没有可绘制的数值 (no values with a year to plot)');

  const years = usable.map((p) => p.year);
  const values = usable.map(val);
  const x0 = Math.min(...years) - 0.5, x1 = Math.max(...years) + 0.5;
  const yt = ticks(Math.min(0, ...values), Math.max(...values) * 1.08, 5);
  const y0 = yt[0], y1 = yt[yt.length - 1];
  const X = (y) => M.l + ((y - x0) / (x1 - x0)) * (W - M.l - M.r);
  const Y = (v) => H - M.b - ((v - y0) / (y1 - y0)) * (H - M.t - M.b);

  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'data-chart': 'series' });
  svg.append(s('title', {}, `${t.region} ${t.metric} ${t.period || ''}`));
  for (const v of yt) {
    svg.append(s('line', { x1: M.l, x2: W - M.r, y1: Y(v), y2: Y(v), stroke: '#e3e7ec' }));
    svg.append(s('text', { x: M.l - 6, y: Y(v) + 4, 'text-anchor': 'end' }, compact(v)));
  }
  const yearStep = Math.max(1, Math.ceil((Math.max(...years) - Math.min(...years) + 1) / 12));
  for (let y = Math.min(...years); y <= Math.max(...years); y += yearStep) {
    svg.append(s('text', { x: X(y), y: H - M.b + 16, 'text-anchor': 'middle' }, String(y)));
  }
  svg.append(s('text', { x: M.l, y: 12 }, unit || ''));
  svg.append(s('line', { x1: M.l, x2: W - M.r, y1: H - M.b, y2: H - M.b, stroke: '#888' }));

  const actual = usable.filter((p) => p.kind === 'actual').sort((a, b) => a.year - b.year);
  const target = usable.filter((p) => p.kind === 'target').sort((a, b) => a.year - b.year);
  if (actual.length > 0) {
    svg.append(s('polyline', {
      class: 'actual', fill: 'none', stroke: '#1f5fa8', 'stroke-width': 2.5,
      points: actual.map((p) => `${X(p.year)},${Y(val(p))}`).join(' '),
    }));
  }
  for (const p of target) {
    const from = [...actual].reverse().find((a) => a.year <= p.year) || actual[actual.length - 1];
    const d = from ? `M${X(from.year)},${Y(val(from))} L${X(p.year)},${Y(val(p))}` : `M${X(p.year) - 20},${Y(val(p))} L${X(p.year) + 20},${Y(val(p))}`;
    svg.append(s('path', { class: 'target', d, fill: 'none', stroke: '#b3261e', 'stroke-width': 2, 'stroke-dasharray': '6 4' }));
  }
  for (const p of usable) {
    const color = p.kind === 'target' ? '#b3261e' : '#1f5fa8';
    const c = s('circle', { cx: X(p.year), cy: Y(val(p)), r: p.conflict ? 6 : 4, fill: p.conflict ? '#fff' : color, stroke: color, 'stroke-width': 2 });
    c.append(s('title', {}, `${p.year} ${p.kind}: ${p.qualifier || ''}${fmt(val(p))} ${unit || ''}${p.conflict ? ' (conflict)' : ''}`));
    svg.append(c);
    svg.append(s('text', { x: X(p.year), y: Y(val(p)) - 9, 'text-anchor': 'middle' }, compact(val(p))));
  }
  const legend = h('div', { class: 'legend' },
    h('span', {}, h('span', { class: 'swatch', style: 'background:#1f5fa8' }), '实际 actual'),
    h('span', {}, h('span', { class: 'swatch', style: 'background:#b3261e' }), '目标 target (dashed)'));
  return h('div', {}, svg, legend);
}

/** One metric across regions: latest actual as a bar, target as a red tick; canonical units so bars compare. */
export function compareChart(rows) {
  const usable = rows.filter((r) => num(r.canonicalLatestActual) !== null || num(r.canonicalTargetValue) !== null);
  if (usable.length === 0) return h('p', { class: 'muted' }, '没有可比较的数值 (nothing comparable)');
  const rowH = 26, left = 150, width = W, right = 40;
  const height = M.t + usable.length * rowH + M.b;
  const max = Math.max(...usable.flatMap((r) => [num(r.canonicalLatestActual) || 0, num(r.canonicalTargetValue) || 0]));
  const xt = ticks(0, max * 1.05, 5);
  const X = (v) => left + (v / xt[xt.length - 1]) * (width - left - right);
  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'data-chart': 'compare' });
  for (const v of xt) {
    svg.append(s('line', { x1: X(v), x2: X(v), y1: M.t, y2: height - M.b, stroke: '#e3e7ec' }));
    svg.append(s('text', { x: X(v), y: height - M.b + 14, 'text-anchor': 'middle' }, compact(v)));
  }
  usable.forEach((r, i) => {
    const y = M.t + i * rowH;
    svg.append(s('text', { x: left - 8, y: y + 16, 'text-anchor': 'end' }, `${r.region} ${r.period || ''}`));
    const a = num(r.canonicalLatestActual);
    if (a !== null) {
      const bar = s('rect', { x: left, y: y + 5, width: Math.max(1, X(a) - left), height: rowH - 10, fill: '#1f5fa8' });
      bar.append(s('title', {}, `${r.region}: ${fmt(a)} ${r.canonicalUnit || ''} (${r.latestActualYear || ''})`));
      svg.append(bar);
    }
    const t = num(r.canonicalTargetValue);
    if (t !== null) {
      const tick = s('line', { x1: X(t), x2: X(t), y1: y + 2, y2: y + rowH - 2, stroke: '#b3261e', 'stroke-width': 3 });
      tick.append(s('title', {}, `${r.region} target: ${fmt(t)} ${r.canonicalUnit || ''} (${r.targetYear || ''})`));
      svg.append(tick);
    }
  });
  svg.append(s('text', { x: left, y: 12 }, usable[0].canonicalUnit || ''));
  return svg;
}

// Small pieces several pages show: an error line, a target's status badge, an indicator's attribute and label.
import { h } from './dom.js';
import { t, has } from './i18n.js';
import { getJson } from './api.js';

export function errorBox(e) {
  return h('p', { class: 'error', role: 'alert' }, t('error', e.message));
}

/** achieved / on_track / lagging / no_data as a coloured badge; "—" where the service gave no status. */
export function statusBadge(status) {
  const known = status && has(`status.${status}`);
  return h('span', { class: `status status-${known ? status : 'unknown'}`, 'data-status': status || '' },
    known ? t(`status.${status}`) : t('none'));
}

/** binding / anticipatory as 约束性 / 预期性 (or in English); other values as given. */
export function attributeLabel(attribute) {
  if (!attribute) return '';
  return has(`attribute.${attribute}`) ? t(`attribute.${attribute}`) : attribute;
}

let labels = null;

/**
 * The catalogue's labels by indicator id, from GET /api/catalogue (fetched once): a growth rate is labelled as its
 * level's 增速 (gdp_growth: 地区生产总值 · 增速), so a GDP growth target and the GDP level never read alike. An empty
 * map when the catalogue cannot be read: the names the rows carry are shown then.
 */
export function catalogueLabels() {
  if (!labels) {
    labels = getJson('/api/catalogue')
      .then((rows) => new Map((Array.isArray(rows) ? rows : []).map((r) => [r.id, r.label || r.name])))
      .catch(() => { labels = null; return new Map(); });
  }
  return labels;
}

/** The label of a row's catalogue indicator ({id, name, label?}), else the fallback (the metric as keyed). */
export function indicatorLabel(byId, indicator, fallback) {
  const id = indicator && indicator.id;
  return (id && byId && byId.get(id)) || (indicator && (indicator.label || indicator.name)) || fallback || '';
}

// Small pieces several pages show: an error line, a target's status badge, an indicator's attribute.
import { h } from './dom.js';
import { t, has } from './i18n.js';

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

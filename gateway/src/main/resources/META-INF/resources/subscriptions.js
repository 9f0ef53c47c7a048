// Subscriptions: webhooks registered, listed and deleted through /api/webhooks (which needs the API key when one
// is configured: the header's key field, sent by api.js). URLs come back masked by the gateway; each webhook shows
// its delivery counts and its last deliveries (time, HTTP status, attempts, outcome).
import { h, clear, fmt, when } from './dom.js';
import { getJson, send, sendJson } from './api.js';
import { t } from './i18n.js';
import { errorBox } from './widgets.js';
import { STATUSES } from './dashboard.js';
import { fillIndicators, fillRegions } from './feed-filters.js';

export function subscriptionsPage(view) {
  const list = h('div', { id: 'webhooks' }, h('p', { class: 'muted' }, t('loading')));
  const result = h('div', { id: 'webhook-result' });
  const url = h('input', { id: 'webhook-url', type: 'url', required: true, size: 48, placeholder: 'https://…' });
  const onIndicators = h('input', { type: 'checkbox', id: 'webhook-event-indicator', checked: true });
  const onTargets = h('input', { type: 'checkbox', id: 'webhook-event-target', checked: true });
  // region: a province takes its cities and counties; indicator: a catalogue indicator, whatever its wording;
  // metric: a free metric's name as written (for what the catalogue does not hold)
  const region = h('select', { id: 'webhook-region' }, h('option', { value: '' }, t('all')));
  const indicator = h('select', { id: 'webhook-indicator' }, h('option', { value: '' }, t('all')));
  fillRegions(region, () => {});
  fillIndicators(indicator, () => {});
  const metric = h('input', { id: 'webhook-metric', type: 'text' });
  const kind = h('select', { id: 'webhook-kind' }, h('option', { value: '' }, t('sub.kindAny')),
    ['actual', 'target'].map((k) => h('option', { value: k }, t(`kind.${k}`))));
  const status = h('select', { id: 'webhook-status' }, h('option', { value: '' }, t('all')),
    STATUSES.map((s) => h('option', { value: s }, t(`status.${s}`))));
  // kind filters indicator events, status target events: each only means something with its event chosen
  const statusChanged = h('input', { type: 'checkbox', id: 'webhook-status-changed' });
  const sync = () => {
    kind.disabled = !onIndicators.checked;
    status.disabled = !onTargets.checked;
    statusChanged.disabled = !onTargets.checked;
  };
  onIndicators.addEventListener('change', sync);
  onTargets.addEventListener('change', sync);
  sync();

  const form = h('form', { class: 'filters card', id: 'webhook-form' },
    h('label', {}, t('sub.url'), url),
    h('fieldset', { class: 'events' }, h('legend', {}, t('sub.events')),
      h('label', { class: 'inline' }, onIndicators, t('sub.eventIndicator')),
      h('label', { class: 'inline' }, onTargets, t('sub.eventTarget'))),
    h('label', {}, t('col.region'), region), h('label', {}, t('feed.indicator'), indicator),
    h('label', {}, t('col.metric'), metric),
    h('label', {}, t('col.kind'), kind), h('label', {}, t('col.status'), status),
    h('label', { class: 'inline' }, statusChanged, t('feed.statusChanged')),
    h('button', { type: 'submit', id: 'webhook-register' }, t('sub.register')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const events = [onIndicators.checked ? 'indicator' : null, onTargets.checked ? 'target' : null].filter(Boolean);
    const filters = {};
    if (region.value) filters.region = region.value;
    if (indicator.value) filters.indicator = indicator.value;
    if (metric.value.trim()) filters.metric = metric.value.trim();
    if (!kind.disabled && kind.value) filters.kind = kind.value;
    if (!status.disabled && status.value) filters.status = status.value;
    if (!statusChanged.disabled && statusChanged.checked) filters.statusChanged = 'true';
    clear(result);
    try {
      const created = await sendJson('POST', '/api/webhooks', { url: url.value.trim(), events, filters });
      result.append(h('p', { class: 'ok', id: 'webhook-secret' }, t('sub.registered', created.secret)));
      form.reset();
      sync();
      await load(list);
    } catch (err) {
      result.append(errorBox(err));
    }
  });
  view.append(h('h1', {}, t('sub.title')), h('p', { class: 'muted' }, t('sub.about')), form, result,
    h('div', { class: 'exports' }, h('button', { type: 'button', id: 'webhooks-reload', onclick: () => load(list) }, '↻')),
    list);
  load(list);
}

async function load(list) {
  let hooks;
  try {
    hooks = await getJson('/api/webhooks');
  } catch (e) {
    clear(list).append(e.status === 401 ? h('p', { class: 'error' }, t('sub.needsKey')) : null, errorBox(e));
    return;
  }
  clear(list);
  if (hooks.length === 0) {
    list.append(h('p', { class: 'muted' }, t('sub.none')));
    return;
  }
  hooks.forEach((hook) => list.append(webhookCard(hook, list)));
}

function webhookCard(hook, list) {
  const filters = Object.entries(hook.filters || {}).map(([k, v]) => `${k}=${[].concat(v).join(',')}`).join('; ');
  const deliveries = hook.lastDeliveries || [];
  return h('div', { class: 'card webhook', 'data-webhook': hook.id },
    h('div', { class: 'webhook-head' },
      h('code', { class: 'webhook-url' }, hook.url),
      h('button', { type: 'button', class: 'webhook-delete', onclick: async () => {
        if (!window.confirm(t('sub.confirmDelete'))) return;
        try { await send('DELETE', `/api/webhooks/${encodeURIComponent(hook.id)}`); await load(list); } catch (e) { list.prepend(errorBox(e)); }
      } }, t('delete'))),
    h('dl', { class: 'meta' },
      h('dt', {}, t('sub.events')), h('dd', {}, (hook.events || []).map((e) => t(`sub.event${e === 'target' ? 'Target' : 'Indicator'}`)).join('、')),
      h('dt', {}, t('sub.filters')), h('dd', { class: 'webhook-filters' }, filters || t('none')),
      h('dt', {}, t('sub.created')), h('dd', {}, when(hook.createdAt)),
      h('dt', {}, t('sub.delivered')), h('dd', { class: 'webhook-counts' },
        `${fmt(hook.delivered)} · ${t('sub.dropped')} ${fmt(hook.dropped)} · ${t('sub.pending')} ${fmt(hook.pending)}`)),
    h('h3', {}, t('sub.lastDeliveries')),
    deliveries.length === 0 ? h('p', { class: 'muted' }, t('sub.noDeliveries'))
      : h('table', { class: 'deliveries' }, h('thead', {}, h('tr', {},
        ['sub.at', 'sub.events', 'sub.httpStatus', 'sub.attempts', 'sub.outcome'].map((k) => h('th', {}, t(k))))),
      h('tbody', {}, deliveries.map((d) => h('tr', { 'data-outcome': d.outcome },
        h('td', {}, when(d.at)), h('td', {}, d.event || ''), h('td', { class: 'num http-status' }, d.httpStatus ?? t('none')),
        h('td', { class: 'num attempts' }, fmt(d.attempts)),
        h('td', {}, t(`sub.outcome.${d.outcome}`), d.reason ? h('span', { class: 'muted' }, ` (${d.reason})`) : null))))));
}

// The dashboard kept current by the live streams instead of polling: each target update (TargetUpdatedV1 on
// /api/targets/stream) is applied to its row (latest actual, status, progress, ...), a target the page does not
// hold yet is fetched once by its id, and each document analysed or deleted (/api/documents/stream) refreshes the
// count of analysed documents. Redrawing is coalesced: a document brings many updates within a moment.

import { getJson, getJsonWithTotal } from './api.js';
import { openStream } from './sse.js';

/** What a TargetUpdatedV1 says about a target's row, by the row's field names. */
const UPDATED_FIELDS = ['unit', 'baseline', 'baselineYear', 'latestActual', 'latestActualYear', 'targetValue',
  'targetYear', 'targetQualifier', 'progress', 'conflicts', 'status'];
const REDRAW_AFTER_MS = 250;

/** The row after the update: the fields the event carries replace the row's; what it does not carry stays. */
export function withUpdate(target, e) {
  const next = { ...target };
  for (const k of UPDATED_FIELDS) {
    if (Object.prototype.hasOwnProperty.call(e, k)) next[k] = e[k];
  }
  return next;
}

/**
 * Keeps targets (the page's array, changed in place) live. onChange(updatedIds) after a coalesced batch of
 * updates; onDocuments(count) with the number of analysed documents, on connecting and after every document that
 * was analysed or deleted. Returns a function that stops both streams.
 */
export function keepDashboardLive(targets, { onChange, onDocuments }) {
  const updated = new Set();
  const fetching = new Set();
  let timer = null;
  const changed = (id) => {
    updated.add(id);
    if (timer === null) {
      timer = setTimeout(() => { timer = null; const ids = new Set(updated); updated.clear(); onChange(ids); },
        REDRAW_AFTER_MS);
    }
  };

  async function fetchNew(id) {
    if (fetching.has(id)) return;
    fetching.add(id);
    try {
      const d = await getJson(`/api/targets/${encodeURIComponent(id)}`);
      if (d && d.target && !targets.some((x) => x.id === d.target.id)) {
        targets.push(d.target);
        changed(d.target.id);
      }
    } catch (e) { /* a target deleted meanwhile: nothing to show */ } finally { fetching.delete(id); }
  }

  const targetStream = openStream('/api/targets/stream', {
    onEvent: (message) => {
      if (message.type !== 'target') return;
      let e;
      try { e = JSON.parse(message.data); } catch (err) { return; }
      const i = targets.findIndex((x) => x.id === e.targetId);
      if (i < 0) { fetchNew(e.targetId); return; }
      targets[i] = withUpdate(targets[i], e);
      changed(e.targetId);
    },
  });

  const countDocuments = () => getJsonWithTotal('/api/documents', { state: 'ANALYZED', size: 1 })
    .then(({ total }) => { if (total !== null) onDocuments(total); }).catch(() => {});
  const documentStream = openStream('/api/documents/stream', {
    onOpen: countDocuments,
    onEvent: (message) => {
      if (message.type !== 'document') return;
      let e;
      try { e = JSON.parse(message.data); } catch (err) { return; }
      if (e.state === 'ANALYZED' || e.state === 'DELETED') countDocuments();
    },
  });

  return () => {
    clearTimeout(timer);
    targetStream.close();
    documentStream.close();
  };
}

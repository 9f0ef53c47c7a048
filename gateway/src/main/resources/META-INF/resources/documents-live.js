// The documents list kept current by the gateway's stream of document state changes (GET /api/documents/stream)
// instead of polling: the list is fetched once each time the stream (re)connects, so what changed while it was
// down is not lost, and every state change after that is applied to the list as it arrives.

import { getJson } from './api.js';
import { openStream } from './sse.js';

export const LIST_SIZE = 100;

// within one analysis run a document goes RECEIVED -> ANALYZED or FAILED, never back
const RANK = { RECEIVED: 0, ANALYZED: 1, FAILED: 1 };

function newestFirst(a, b) {
  return (Date.parse(b.receivedAt) || 0) - (Date.parse(a.receivedAt) || 0) || (a.id < b.id ? -1 : 1);
}

/**
 * The list after one DocumentStateChangedV1. An event older than what the list shows (an earlier run, or the same
 * run's RECEIVED after its outcome: the list fetched on connecting may be newer than events queued meanwhile) is
 * ignored. A document the list does not hold is added when it is RECEIVED (a new upload, or a new run of an older
 * one); its other changes concern documents beyond the list's window.
 */
export function applyStateChange(docs, e) {
  const i = docs.findIndex((d) => d.id === e.documentId);
  if (e.state === 'DELETED') return i < 0 ? docs : docs.filter((d) => d.id !== e.documentId);
  if (i < 0 && e.state !== 'RECEIVED') return docs;
  const d = i < 0 ? { id: e.documentId, analysisRun: 0, state: 'RECEIVED' } : docs[i];
  const newer = e.analysisRun !== d.analysisRun ? e.analysisRun > d.analysisRun : RANK[e.state] > RANK[d.state];
  if (i >= 0 && !newer) return docs;
  const next = { ...d, state: e.state, analysisRun: e.analysisRun };
  if (e.state === 'RECEIVED') {
    Object.assign(next, { failureReason: null, title: e.title });
    if (e.fileName) next.fileName = e.fileName;
    if (e.receivedAt) next.receivedAt = e.receivedAt;
  } else if (e.state === 'ANALYZED') {
    Object.assign(next, { failureReason: null, title: e.title, region: e.region, genre: e.genre,
      planPeriod: e.planPeriod });
    if (e.indicatorCount != null) next.counts = { ...(d.counts || {}), indicators: e.indicatorCount };
  } else if (e.state === 'FAILED') {
    next.failureReason = e.failureReason;
  }
  const rest = docs.filter((x) => x.id !== e.documentId);
  return [...rest, next].sort(newestFirst).slice(0, LIST_SIZE);
}

/**
 * Keeps the list live: onList(docs, error) after every fetch and change; onStatus(error or null) when the stream
 * drops or comes back. Returns a function that stops it.
 */
export function keepDocumentsLive({ onList, onStatus }) {
  let docs = [];
  let queued = null; // changes arriving while the list is being fetched, applied on top of it
  let fetches = 0;
  let loaded = false;

  async function load() {
    const mine = ++fetches;
    queued = [];
    try {
      const fetched = await getJson('/api/documents', { size: LIST_SIZE });
      if (mine !== fetches) return;
      docs = queued.reduce(applyStateChange, fetched);
      onList(docs, null);
    } catch (e) {
      if (mine === fetches) onList(docs, e);
    } finally {
      if (mine === fetches) queued = null;
      loaded = true;
    }
  }

  const stream = openStream('/api/documents/stream', {
    onOpen: () => { onStatus(null); load(); },
    onError: (e) => {
      onStatus(e);
      // a stream that cannot open at all (no key, gateway too old) must not leave the page empty
      if (!loaded) load();
    },
    onEvent: (message) => {
      if (message.type !== 'document') return;
      let e;
      try { e = JSON.parse(message.data); } catch (err) { return; }
      if (queued) { queued.push(e); return; }
      docs = applyStateChange(docs, e);
      onList(docs, null);
    },
  });
  return () => stream.close();
}

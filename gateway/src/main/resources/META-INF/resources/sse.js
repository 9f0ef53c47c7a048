// Server-Sent Events read with fetch(). EventSource cannot send headers, so it cannot carry X-API-Key and the live
// feed would stop working when the gateway protects reads (PLANTRACK_PROTECT_READS=true). This reader parses the
// text/event-stream format itself (id:, event:, data:, retry:, comments), sends the key, and like EventSource
// reconnects after a lost connection with the Last-Event-ID it last saw, so the gateway replays what was missed.

import { apiKey } from './api.js';

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30000;

/** The stream could not be opened: an HTTP status and the problem+json body, when there is one. */
export class StreamError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Opens path as an event stream. Handlers: onOpen(), onError(error) (the reader then waits and reconnects),
 * onEvent({type, data, lastEventId}). Returns {reconnect(), close()}; reconnect() starts again at once, e.g.
 * after the API key changed.
 */
export function openStream(path, { onOpen, onError, onEvent }) {
  let lastEventId = '';
  let baseDelay = FIRST_DELAY_MS;
  let delay = baseDelay;
  let stopped = false;
  let controller = null;
  let wake = null;
  let skipPause = false;

  const pause = (ms) => new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => { clearTimeout(timer); resolve(); };
  });

  async function connectOnce() {
    controller = new AbortController();
    const headers = { Accept: 'text/event-stream' };
    if (apiKey.get()) headers['X-API-Key'] = apiKey.get();
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;
    const res = await fetch(path, { headers, signal: controller.signal, cache: 'no-store' });
    if (!res.ok || !res.body) {
      let problem = null;
      try { problem = await res.json(); } catch (e) { /* not JSON */ }
      throw new StreamError(res.status, problem);
    }
    delay = baseDelay;
    if (onOpen) onOpen();
    await read(res.body.pipeThrough(new TextDecoderStream()).getReader());
  }

  async function read(reader) {
    let buffer = '';
    let data = [];
    let type = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      for (;;) {
        const cr = buffer.indexOf('\r');
        const lf = buffer.indexOf('\n');
        const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
        // a \r that ends the chunk may be the first half of \r\n: wait for the next chunk
        if (end < 0 || (end === cr && end === buffer.length - 1)) break;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + (buffer[end] === '\r' && buffer[end + 1] === '\n' ? 2 : 1));
        if (line === '') {
          if (data.length) {
            if (onEvent) onEvent({ type: type || 'message', data: data.join('\n'), lastEventId });
          }
          data = [];
          type = '';
          continue;
        }
        if (line.startsWith(':')) continue; // comment: "connected", heartbeats
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let val = colon < 0 ? '' : line.slice(colon + 1);
        if (val.startsWith(' ')) val = val.slice(1);
        if (field === 'data') data.push(val);
        else if (field === 'event') type = val;
        else if (field === 'id' && !val.includes('\0')) lastEventId = val;
        else if (field === 'retry' && /^\d+$/.test(val)) baseDelay = Number(val);
      }
    }
  }

  (async () => {
    while (!stopped) {
      skipPause = false;
      try {
        await connectOnce();
        if (!stopped && onError) onError(new Error('stream ended'));
      } catch (e) {
        if (stopped) return;
        if (e.name !== 'AbortError' && onError) onError(e);
      }
      if (stopped) return;
      if (skipPause) continue;
      // growing pause with some jitter, so many clients of a restarted gateway do not return all at once
      await pause(delay * (0.75 + Math.random() / 2));
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  })();

  return {
    reconnect() {
      delay = baseDelay;
      skipPause = true;
      if (controller) controller.abort();
      if (wake) wake();
    },
    close() {
      stopped = true;
      if (controller) controller.abort();
      if (wake) wake();
    },
  };
}

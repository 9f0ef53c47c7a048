// Thin client of the gateway API. The API key (if any) is kept in localStorage and sent as X-API-Key.

const KEY = 'plantrack.apiKey';

export const apiKey = {
  get: () => localStorage.getItem(KEY) || '',
  set: (v) => (v ? localStorage.setItem(KEY, v) : localStorage.removeItem(KEY)),
};

function headers(extra) {
  const hs = Object.assign({ Accept: 'application/json' }, extra || {});
  if (apiKey.get()) hs['X-API-Key'] = apiKey.get();
  return hs;
}

/** Error carrying the problem+json detail (or the status line) of a failed call. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function check(res) {
  if (res.ok) return res;
  let problem = null;
  try { problem = await res.json(); } catch (e) { /* not JSON */ }
  throw new ApiError(res.status, problem);
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const str = q.toString();
  return str ? '?' + str : '';
}

export async function getJson(path, params) {
  const res = await check(await fetch(path + query(params), { headers: headers() }));
  if (res.status === 204) return null;
  return res.json();
}

/** The JSON body and the X-Total-Count header of a list (total null when the service does not send it). */
export async function getJsonWithTotal(path, params) {
  const res = await check(await fetch(path + query(params), { headers: headers() }));
  const total = res.headers.get('X-Total-Count');
  return { body: await res.json(), total: total === null || total === '' ? null : Number(total) };
}

export async function send(method, path) {
  const res = await check(await fetch(path, { method, headers: headers() }));
  return res.status === 204 ? null : res.json().catch(() => null);
}

/** A JSON body sent with method (POST a registration); answers the JSON reply, null for 204. */
export async function sendJson(method, path, body) {
  const res = await check(await fetch(path, {
    method, headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body),
  }));
  return res.status === 204 ? null : res.json().catch(() => null);
}

export async function getText(path) {
  const res = await check(await fetch(path, { headers: headers({ Accept: 'text/plain' }) }));
  return res.text();
}

/**
 * Downloads a file (CSV export, original upload) through fetch, so the X-API-Key header goes along when reads
 * need a key: a plain link could not send it. The file name comes from Content-Disposition when there is one.
 */
export async function download(path, fallbackName) {
  const res = await check(await fetch(path, { headers: headers({ Accept: '*/*' }) }));
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res.headers.get('Content-Disposition')) || fallbackName || 'download';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function fileNameOf(disposition) {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) { try { return decodeURIComponent(star[1].trim()); } catch (e) { /* malformed: try the plain one */ } }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}

/**
 * Uploads one file as the raw request body (XMLHttpRequest: fetch has no upload progress).
 * onProgress(fraction); resolves {status, body}; rejects with ApiError.
 */
export function upload(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents' + query({ fileName: file.name }));
    xhr.setRequestHeader('Content-Type', file.type || contentTypeOf(file.name));
    xhr.setRequestHeader('Accept', 'application/json');
    if (apiKey.get()) xhr.setRequestHeader('X-API-Key', apiKey.get());
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ status: xhr.status, body });
      else reject(new ApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: 'network error' }));
    xhr.send(file);
  });
}

function contentTypeOf(name) {
  const ext = name.toLowerCase().split('.').pop();
  return {
    txt: 'text/plain', htm: 'text/html', html: 'text/html', pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }[ext] || 'application/octet-stream';
}

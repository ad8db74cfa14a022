// Only the public API, through the gateway's own routes (same origin: no CORS, connect-src 'self').

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = '';
    try {
      detail = (await response.json()).detail || '';
    } catch (e) {
      // not problem+json; the status says enough
    }
    throw new Error(`${path} answered ${response.status}${detail ? `: ${detail}` : ''}`);
  }
  return response.json();
}

export function query(path, params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') q.set(key, value);
  }
  const text = q.toString();
  return text ? `${path}?${text}` : path;
}

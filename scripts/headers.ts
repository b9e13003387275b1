// Reads the "/*" block of a _headers file (Netlify / Cloudflare Pages format), so the local
// server and the CSP browser test send exactly the headers the repository ships.
import { readFileSync } from 'node:fs';

export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      inAll = raw.trim() === '/*';
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(raw);
    if (inAll && m) headers[m[1]!] = m[2]!.trim();
  }
  return headers;
}

export function readHeadersFile(path: string): Record<string, string> {
  return parseHeadersFile(readFileSync(path, 'utf8'));
}

// A small static server for the built site: serves dist/ under the configured base path,
// the way static hosts do (directory -> index.html, /dir -> /dir/ redirect, 404.html).
// npm start uses it; so do the browser tests.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readHeadersFile } from './headers.ts';
import { normalizeBase } from '../src/lib/site-config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  dir: string;
  base: string;
  port: number;
  host: string;
  headers?: Record<string, string>;
  /** Compress text files (HTML, CSS, JS, JSON, SVG, XML, text) with gzip, as most hosts do. */
  gzip?: boolean;
  /** Told the path and body bytes of every response sent (for the search benchmark). */
  onSent?: (path: string, bytes: number) => void;
}

// What hosts compress: text. Pagefind's index, fragments and WebAssembly are gzipped by Pagefind.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** Files whose names carry a content hash (Astro's _astro/, Pagefind's chunks): safe to cache for good. */
const HASHED = /[\\/](?:_astro[\\/]|pagefind[\\/](?:fragment|index|filter)[\\/])|\.pf_meta$/;

function fileAt(path: string): string | undefined {
  try {
    const st = statSync(path);
    if (st.isFile()) return path;
  } catch {
    /* not there */
  }
  return undefined;
}

export function startServer(opts: ServeOptions) {
  const root = resolve(opts.dir);
  const base = normalizeBase(opts.base);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, file?: string) => {
      res.statusCode = status;
      for (const [k, v] of Object.entries(opts.headers ?? {})) res.setHeader(k, v);
      if (!file) return res.end(status === 404 ? 'Not found' : '');
      const path = url.pathname;
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      if (status === 200) {
        // Like static hosts: validators for everything, long caching for content-hashed files.
        const st = statSync(file);
        const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
        res.setHeader('ETag', etag);
        res.setHeader('Cache-Control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (req.headers['if-none-match'] === etag) {
          res.statusCode = 304;
          opts.onSent?.(path, 0);
          return res.end();
        }
      }
      if (opts.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = gzipSync(readFileSync(file), { level: 6 });
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        opts.onSent?.(path, body.length);
        return res.end(body);
      }
      opts.onSent?.(path, statSync(file).size);
      createReadStream(file).pipe(res);
    };
    const notFound = () => send(404, fileAt(join(root, '404.html')));
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400);
    }
    if (pathname === base.slice(0, -1)) {
      res.setHeader('Location', base + url.search);
      return send(301);
    }
    if (!pathname.startsWith(base)) return notFound();
    const rel = pathname.slice(base.length);
    const target = normalize(join(root, rel));
    if (target !== root && !target.startsWith(root + sep)) return notFound();
    const direct = fileAt(target);
    if (direct && !pathname.endsWith('/')) return send(200, direct);
    const index = fileAt(join(target, 'index.html'));
    if (index) {
      if (!pathname.endsWith('/')) {
        res.setHeader('Location', `${url.pathname}/${url.search}`);
        return send(301);
      }
      return send(200, index);
    }
    return notFound();
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((ok) => {
    server.listen(opts.port, opts.host, () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : opts.port;
      ok({
        url: `http://${opts.host}:${port}${base}`,
        // Kept-alive connections too: a browser test that stops the server must get no answer.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The command-line options, with what `--help` says of each. */
const OPTIONS = {
  dir: { type: 'string', default: process.env.ATLAS_OUT_DIR ?? 'dist', value: 'DIR', help: 'folder to serve (ATLAS_OUT_DIR)' },
  base: { type: 'string', default: process.env.ATLAS_BASE ?? '/', value: 'PATH', help: 'sub-path the site is served under (ATLAS_BASE)' },
  port: { type: 'string', default: process.env.PORT ?? '4321', value: 'N', help: 'port to listen on, 0 for any free port (PORT)' },
  host: { type: 'string', default: '127.0.0.1', value: 'HOST', help: 'address to listen on' },
  // The Content-Security-Policy the site ships with, as a host that reads _headers sends it.
  headers: { type: 'boolean', default: false, help: 'send the headers of <dir>/_headers' },
  gzip: { type: 'boolean', default: false, help: 'compress text files with gzip, as most hosts do' },
  help: { type: 'boolean', short: 'h', default: false, help: 'print this help and exit' },
} as const;

export function usage(): string {
  const rows = Object.entries(OPTIONS).map(([name, o]) => {
    const flag = `${'short' in o ? `-${o.short}, ` : '    '}--${name}${'value' in o ? ` ${o.value}` : ''}`;
    const dflt = o.type === 'string' ? ` [default: ${o.default}]` : '';
    return `  ${flag.padEnd(20)} ${o.help}${dflt}`;
  });
  return ['Usage: node scripts/serve.ts [options]', '', 'Serves the built site the way static hosts do.', '', 'Options:', ...rows, ''].join('\n');
}

/** The options of a command line, or why it cannot be run. */
export function parseServeArgs(args: string[]): { help: true } | { help: false; options: ServeOptions; withHeaders: boolean } | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (values.help) return { help: true };
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `--port must be a whole number from 0 to 65535, not "${values.port}"` };
  return { help: false, options: { dir: values.dir, base: values.base, port, host: values.host, gzip: values.gzip }, withHeaders: values.headers };
}

if (import.meta.main) {
  const parsed = parseServeArgs(process.argv.slice(2));
  if ('error' in parsed) {
    console.error(`serve: ${parsed.error}\n\n${usage()}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(usage());
    process.exit(0);
  }
  const { options, withHeaders } = parsed;
  const headers = withHeaders ? readHeadersFile(join(options.dir, '_headers')) : undefined;
  const { url } = await startServer({ ...options, headers });
  console.log(`ML Interview Atlas is served at ${url} (Ctrl+C to stop)`);
}

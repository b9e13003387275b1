// Makes Pagefind's output byte-identical between builds of the same site.
//
// Pagefind (1.5 and 1.6) writes its filter indexes and the filter list in its metadata file in hash-map
// order, which changes from run to run (the maintainer confirms filter and metadata indexes still
// change between builds: Pagefind/pagefind#638). Everything else it writes is stable. This
// rewrites those files with their entries sorted, renames them by their new content hash, and
// points the metadata and the entry file at the new names. The data are unchanged: the same
// filters with the same pages; only their order is fixed.
//
// The files are gzip + "pagefind_dcd" + CBOR; the subset of CBOR Pagefind uses (unsigned ints,
// byte and text strings, arrays, maps) is decoded and encoded here in its canonical shortest form.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

// Negative integers are word-weight markers in the word index (scripts/search-bundle/rechunk.ts).
export type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor>;
const MAGIC = Buffer.from('pagefind_dcd');

export function decodeCbor(b: Uint8Array, at = 0): [Cbor, number] {
  const head = b[at]!;
  const major = head >> 5;
  const info = head & 31;
  let i = at + 1;
  let n: number;
  if (info < 24) n = info;
  else if (info === 24) n = b[i++]!;
  else if (info === 25) (n = (b[i]! << 8) | b[i + 1]!), (i += 2);
  else if (info === 26) (n = Buffer.from(b.subarray(i, i + 4)).readUInt32BE(0)), (i += 4);
  else if (info === 27) (n = Number(Buffer.from(b.subarray(i, i + 8)).readBigUInt64BE(0))), (i += 8);
  else throw new Error(`pagefind-stable: unsupported CBOR length ${info} at byte ${at}`);
  switch (major) {
    case 0:
      return [n, i];
    case 1:
      return [-1 - n, i];
    case 2:
      return [new Uint8Array(b.subarray(i, i + n)), i + n];
    case 3:
      return [Buffer.from(b.subarray(i, i + n)).toString('utf8'), i + n];
    case 4: {
      const out: Cbor[] = [];
      for (let k = 0; k < n; k++) {
        const [v, j] = decodeCbor(b, i);
        out.push(v);
        i = j;
      }
      return [out, i];
    }
    case 5: {
      const out = new Map<Cbor, Cbor>();
      for (let k = 0; k < n; k++) {
        const [key, j] = decodeCbor(b, i);
        const [v, j2] = decodeCbor(b, j);
        out.set(key, v);
        i = j2;
      }
      return [out, i];
    }
    default:
      throw new Error(`pagefind-stable: unsupported CBOR major type ${major} at byte ${at}`);
  }
}

function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
  if (n < 0x100000000) {
    const b = Buffer.alloc(5);
    b[0] = (major << 5) | 26;
    b.writeUInt32BE(n, 1);
    return b;
  }
  const b = Buffer.alloc(9);
  b[0] = (major << 5) | 27;
  b.writeBigUInt64BE(BigInt(n), 1);
  return b;
}

export function encodeCbor(v: Cbor): Buffer {
  if (typeof v === 'number') return v < 0 ? head(1, -1 - v) : head(0, v);
  if (typeof v === 'string') {
    const s = Buffer.from(v, 'utf8');
    return Buffer.concat([head(3, s.length), s]);
  }
  if (v instanceof Uint8Array) return Buffer.concat([head(2, v.length), v]);
  if (Array.isArray(v)) return Buffer.concat([head(4, v.length), ...v.map(encodeCbor)]);
  return Buffer.concat([head(5, v.size), ...[...v].flatMap(([k, x]) => [encodeCbor(k), encodeCbor(x)])]);
}

/** A Pagefind data file's content: gzip, then the "pagefind_dcd" signature, then CBOR. */
export function readPagefindFile(path: string): Cbor {
  const raw = gunzipSync(readFileSync(path));
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`pagefind-stable: ${path} is not a Pagefind data file`);
  const [v, end] = decodeCbor(raw, MAGIC.length);
  if (end !== raw.length) throw new Error(`pagefind-stable: ${path} has trailing bytes`);
  return v;
}

export function pagefindBytes(v: Cbor): Buffer {
  // gzip with fixed settings and no file name or time: the same data give the same bytes.
  return gzipSync(Buffer.concat([MAGIC, encodeCbor(v)]), { level: 9 });
}

export const hashOf = (bytes: Buffer, len: number) => createHash('sha256').update(bytes).digest('hex').slice(0, len);
const byText = (a: Cbor, b: Cbor) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);

/** Rewrites the filter indexes and metadata of a Pagefind bundle folder in a fixed order. */
export function stabilizePagefind(bundle: string): void {
  const entryPath = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaPath = join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(metaPath);
    // The filter list: [name, hash] pairs naming files in filter/ (its position is Pagefind's, found by shape).
    const isFilterList = (x: Cbor): x is Cbor[][] =>
      Array.isArray(x) &&
      x.length > 0 &&
      x.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string' && existsSync(join(bundle, 'filter', `${p[1]}.pf_filter`)));
    const at = Array.isArray(meta) ? meta.findIndex(isFilterList) : -1;
    if (at < 0) continue; // no filters: nothing unstable
    const filters = (meta as Cbor[])[at] as Cbor[][];
    for (const f of filters) {
      const [name, oldHash] = f as [string, string];
      const path = join(bundle, 'filter', `${oldHash}.pf_filter`);
      const data = readPagefindFile(path) as [string, Cbor[][]];
      if (data[0] !== name || !Array.isArray(data[1])) throw new Error(`pagefind-stable: unexpected layout of ${path}`);
      data[1].sort((a, b) => byText(a[0]!, b[0]!));
      const bytes = pagefindBytes(data);
      const newHash = `${lang}_${hashOf(bytes, 7)}`;
      rmSync(path);
      writeFileSync(join(bundle, 'filter', `${newHash}.pf_filter`), bytes);
      f[1] = newHash;
    }
    filters.sort((a, b) => byText(a[0]!, b[0]!));
    const bytes = pagefindBytes(meta);
    const newMeta = `${lang}_${hashOf(bytes, 10)}`;
    rmSync(metaPath);
    writeFileSync(join(bundle, `pagefind.${newMeta}.pf_meta`), bytes);
    info.hash = newMeta;
  }
  writeFileSync(entryPath, JSON.stringify(entry));
}

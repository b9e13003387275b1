// Pagefind's filter indexes come out in a different order on every run; the stabilizer fixes
// the order without changing the data, so two builds give the same bytes.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, stabilizePagefind, type Cbor } from '../../../scripts/pagefind-stable.ts';

const MAGIC = Buffer.from('pagefind_dcd');
const pf = (v: Cbor) => gzipSync(Buffer.concat([MAGIC, encodeCbor(v)]));

/** A bundle like Pagefind's: entry -> meta -> filter files, with the filters in a given order. */
function bundle(order: string[], valueOrder: (xs: Cbor[][]) => Cbor[][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pf-'));
  mkdirSync(join(dir, 'filter'));
  const filters: Record<string, Cbor[][]> = {
    topic: [['nlp', [1, 2, 300]], ['rag', [4, 70000]]],
    source: [['a', [1]], ['b', [2, 3]]],
  };
  const list = order.map((name, i) => {
    const hash = `en_${name}${i}${order.join('')}`;
    writeFileSync(join(dir, 'filter', `${hash}.pf_filter`), pf([name, valueOrder(filters[name]!)]));
    return [name, hash];
  });
  writeFileSync(join(dir, `pagefind.en_meta${order.join('')}.pf_meta`), pf(['1.5.2', [['en_page', 10]], [['a', 'z', 'en_idx']], list, [], ['title']]));
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.5.2', languages: { en: { hash: `en_meta${order.join('')}`, wasm: 'en', page_count: 3 } } }));
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    if (f === 'filter') continue;
    out[f] = readFileSync(join(dir, f)).toString('base64');
  }
  return out;
}

describe('Pagefind output stabilizer', () => {
  it('encodes and decodes the CBOR Pagefind uses, in canonical form', () => {
    const v: Cbor = ['x', [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 + 1], 'ünïcode', new Uint8Array([1, 2])];
    const bytes = encodeCbor(v);
    expect(decodeCbor(bytes)[0]).toEqual(v);
    expect(encodeCbor(23)).toEqual(Buffer.from([23]));
    expect(encodeCbor(24)).toEqual(Buffer.from([24, 24]));
  });

  it('gives the same bytes whatever order Pagefind wrote, and keeps every filter value and page', () => {
    const a = bundle(['topic', 'source'], (xs) => xs);
    const b = bundle(['source', 'topic'], (xs) => [...xs].reverse());
    stabilizePagefind(a);
    stabilizePagefind(b);
    expect(snapshot(a)).toEqual(snapshot(b));
    const entry = JSON.parse(readFileSync(join(a, 'pagefind-entry.json'), 'utf8'));
    const meta = decodeCbor(gunzipSync(readFileSync(join(a, `pagefind.${entry.languages.en.hash}.pf_meta`))), MAGIC.length)[0] as Cbor[];
    const list = meta[3] as string[][];
    expect(list.map((f) => f[0])).toEqual(['source', 'topic']);
    const topic = decodeCbor(gunzipSync(readFileSync(join(a, 'filter', `${list[1]![1]}.pf_filter`))), MAGIC.length)[0];
    expect(topic).toEqual(['topic', [['nlp', [1, 2, 300]], ['rag', [4, 70000]]]]);
  });
});

// Reading and rewriting a Pagefind bundle's metadata (pagefind.<hash>.pf_meta) and its entry file,
// for the steps that change the bundle after Pagefind wrote it. The metadata is a CBOR array:
// [version, pages, index chunks, filters, sorts, meta fields] (Pagefind 1.5 and 1.6, index_metadata.rs);
// the entry file names the metadata file by its hash.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashOf, pagefindBytes, readPagefindFile, type Cbor } from '../pagefind-stable.ts';

/** The metadata's parts this code reads or writes, by position. */
export const META = { pages: 1, indexChunks: 2 } as const;

/** The entry file: each language's metadata hash and WebAssembly (none: "unknown", as pagefind.js reads it). */
export interface Entry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

const entryPath = (bundle: string) => join(bundle, 'pagefind-entry.json');

export const readEntry = (bundle: string): Entry => JSON.parse(readFileSync(entryPath(bundle), 'utf8')) as Entry;

/** The WebAssembly files the bundle's languages load, by name in the bundle folder. */
export const wasmFiles = (entry: Entry): string[] => [...new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`))];

/** Each language of the bundle with its metadata. */
export function readMetas(bundle: string): { lang: string; meta: Cbor[] }[] {
  const entry = readEntry(bundle);
  return Object.entries(entry.languages).map(([lang, info]) => {
    const meta = readPagefindFile(join(bundle, `pagefind.${info.hash}.pf_meta`));
    if (!Array.isArray(meta) || !Array.isArray(meta[META.pages]) || !Array.isArray(meta[META.indexChunks])) {
      throw new Error(`search-bundle: unexpected layout of the ${lang} metadata (Pagefind version changed?)`);
    }
    return { lang, meta };
  });
}

/** Writes a language's metadata under its new content hash and points the entry file at it. */
export function writeMeta(bundle: string, lang: string, meta: Cbor[]): void {
  const entry = readEntry(bundle);
  const info = entry.languages[lang]!;
  const bytes = pagefindBytes(meta);
  const hash = `${lang}_${hashOf(bytes, 10)}`;
  if (hash === info.hash) return;
  rmSync(join(bundle, `pagefind.${info.hash}.pf_meta`));
  writeFileSync(join(bundle, `pagefind.${hash}.pf_meta`), bytes);
  info.hash = hash;
  writeFileSync(entryPath(bundle), JSON.stringify(entry));
}

/** Writes a data file named by its content hash (`<lang>_<7 hex>`) into `folder`; returns the name. */
export function writeDataFile(folder: string, lang: string, ext: string, data: Cbor): string {
  const bytes = pagefindBytes(data);
  const name = `${lang}_${hashOf(bytes, 7)}`;
  const path = join(folder, `${name}.${ext}`);
  if (existsSync(path) && !readFileSync(path).equals(bytes)) throw new Error(`search-bundle: two files would be named ${path}`);
  writeFileSync(path, bytes);
  return name;
}

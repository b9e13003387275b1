// Pagefind's WebAssembly, called directly: the few bindings this site needs of the ones
// wasm-bindgen generates into pagefind.js (Pagefind 1.6.0; unchanged since 1.5.2). Strings go in
// as UTF-8 copied into the module's memory and come out as (pointer, length) pairs the caller
// frees. Each call that changes the search state returns the state's new pointer, which the next
// call is given.

interface Exports {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_start(): void;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(ptr: number, size: number, align: number): void;
  init_pagefind(ptr: number, len: number): number;
  set_ranking_weights(state: number, ptr: number, len: number): number;
  load_index_chunk(state: number, ptr: number, len: number): number;
  load_filter_chunk(state: number, ptr: number, len: number): number;
  request_indexes(state: number, ptr: number, len: number): [number, number];
  request_filter_indexes(state: number, ptr: number, len: number): [number, number];
  search(state: number, ...args: number[]): [number, number];
}

/** The calls of Pagefind's search state this site makes, each returning what Pagefind's would. */
export interface PagefindWasm {
  init(meta: Uint8Array): void;
  setRanking(weights: string): void;
  loadIndexChunk(bytes: Uint8Array): void;
  loadFilterChunk(bytes: Uint8Array): void;
  /** The index chunks (hashes) a query needs, as a JSON array. */
  requestIndexes(query: string): string;
  /** The filter chunks (hashes) the filters need, as a JSON array. */
  requestFilterIndexes(filters: string): string;
  /** The results, as Pagefind's JSON. */
  search(query: string, original: string, filters: string, sort: string, exact: boolean): string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function instantiatePagefind(bytes: Uint8Array): Promise<PagefindWasm> {
  let w!: Exports;
  const imports = {
    './pagefind_web_bg.js': {
      // What wasm-bindgen's glue does when the module starts: the reference table's first slots.
      __wbindgen_init_externref_table() {
        const table = w.__wbindgen_externrefs;
        const at = table.grow(4);
        table.set(0, undefined);
        [undefined, null, true, false].forEach((v, i) => table.set(at + i, v));
      },
    },
  };
  const { instance } = await WebAssembly.instantiate(bytes as BufferSource, imports);
  w = instance.exports as unknown as Exports;
  w.__wbindgen_start();
  let state = 0;
  // The memory can grow during any call, so its view is taken afresh each time.
  const put = (data: Uint8Array): [number, number] => {
    const ptr = w.__wbindgen_malloc(data.length, 1) >>> 0;
    new Uint8Array(w.memory.buffer).set(data, ptr);
    return [ptr, data.length];
  };
  const str = (s: string) => put(encoder.encode(s));
  const take = ([ptr, len]: [number, number]): string => {
    try {
      return decoder.decode(new Uint8Array(w.memory.buffer, ptr >>> 0, len));
    } finally {
      w.__wbindgen_free(ptr, len, 1);
    }
  };
  return {
    init: (meta) => void (state = w.init_pagefind(...put(meta)) >>> 0),
    setRanking: (weights) => void (state = w.set_ranking_weights(state, ...str(weights)) >>> 0),
    loadIndexChunk: (b) => void (state = w.load_index_chunk(state, ...put(b)) >>> 0),
    loadFilterChunk: (b) => void (state = w.load_filter_chunk(state, ...put(b)) >>> 0),
    requestIndexes: (q) => take(w.request_indexes(state, ...str(q))),
    requestFilterIndexes: (f) => take(w.request_filter_indexes(state, ...str(f))),
    search: (q, original, filters, sort, exact) =>
      take(w.search(state, ...str(q), ...str(original), ...str(filters), ...str(sort), exact ? 1 : 0, 0)),
  };
}

// A folder as one file and back: the Pagefind bundle (about 900 small files) is kept in the build
// cache as a single file, which is much quicker to write and read than the files themselves.
// Layout: a 4-byte length, a JSON list of [relative path, size], then the contents in that order.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder } from '../../src/lib/fingerprint.ts';

export function packFolder(dir: string): Buffer {
  const files = filesUnder(dir);
  const contents = files.map((f) => readFileSync(f));
  const header = Buffer.from(JSON.stringify(files.map((f, i) => [relative(dir, f).split('\\').join('/'), contents[i]!.length])));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, ...contents]);
}

export function unpackFolder(pack: Buffer, dir: string): void {
  const headerEnd = 4 + pack.readUInt32BE(0);
  const list = JSON.parse(pack.subarray(4, headerEnd).toString('utf8')) as [string, number][];
  let at = headerEnd;
  for (const [path, size] of list) {
    if (path.split('/').includes('..')) throw new Error(`folder-pack: ${path} is outside the folder`);
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, pack.subarray(at, at + size));
    at += size;
  }
  if (at !== pack.length) throw new Error(`folder-pack: ${pack.length - at} bytes left over`);
}

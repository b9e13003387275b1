// The static server's command line (scripts/serve.ts): --help lists every option, and a wrong
// command line is named, with the help, instead of ending in a stack trace.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../scripts/serve.ts';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/serve.ts', ...args], { encoding: 'utf8', timeout: 20_000 });

describe('node scripts/serve.ts', () => {
  it('--help prints every option with its default and exits 0, without starting a server', () => {
    const out = execFileSync(process.execPath, ['scripts/serve.ts', '--help'], { encoding: 'utf8', timeout: 20_000 });
    expect(out).toMatch(/^Usage: node scripts\/serve\.ts \[options\]/);
    for (const option of ['--dir DIR', '--base PATH', '--port N', '--host HOST', '--headers', '-h, --help']) expect(out).toContain(option);
    expect(out).toMatch(/--host HOST +address to listen on \[default: 127\.0\.0\.1\]/);
    expect(out).not.toContain('is served at');
    expect(run('-h').stdout).toBe(out);
  });

  it('names an unknown option or a bad port, shows the help, and exits 2 with no stack trace', () => {
    for (const [args, message] of [
      [['--bogus'], "serve: Unknown option '--bogus'"],
      [['--port', 'eighty'], 'serve: --port must be a whole number from 0 to 65535, not "eighty"'],
      [['dist'], "serve: Unexpected argument 'dist'"],
    ] as const) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.startsWith(message), r.stderr).toBe(true);
      expect(r.stderr).toContain('Usage: node scripts/serve.ts');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('parseServeArgs', () => {
  it('reads the options the browser tests pass', () => {
    expect(parseServeArgs(['--port', '4322', '--base', '/atlas/', '--headers'])).toMatchObject({
      help: false,
      options: { port: 4322, base: '/atlas/', host: '127.0.0.1' },
      withHeaders: true,
    });
  });
});

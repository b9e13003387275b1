// The peer of `npm run bench -- --peer`: Astro Starlight, the nearest docs theme (Astro + Pagefind),
// building the project's generated question Markdown with the same remark-math and rehype-katex.
// It is installed at bench time with npm into node_modules/.cache/atlas-bench/ (not a dependency
// of the project; reused by later benches while its versions stay the same), from the setup of
// ../shared/bench/starlight-peer.sh: Starlight's defaults otherwise, and an empty sidebar (its
// fastest setup). Starlight runs Pagefind itself, and keeps rendered entries in its data store
// (node_modules/.astro), so its warm build reuses them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../check/project-copy.ts';

export const STARLIGHT = '0.42.9';
export const PEER_ASTRO = '7.4.8';
/** Same versions as the project's own Markdown pipeline. */
const SHARED = ['@astrojs/markdown-remark', 'remark-math', 'rehype-katex'];

const version = (pkg: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
export default defineConfig({
  markdown: { processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) },
  integrations: [starlight({ title: 'Peer', sidebar: [] })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Caches and output a cold peer build starts without. */
export const PEER_CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

/** Installs the peer if needed and gives it the Markdown of `questionsDir`; returns its folder. */
export function preparePeer(questionsDir: string): string {
  const deps: Record<string, string> = { '@astrojs/starlight': STARLIGHT, astro: PEER_ASTRO };
  for (const pkg of SHARED) deps[pkg] = version(pkg);
  const dir = join(ROOT, 'node_modules', '.cache', 'atlas-bench', `starlight-${STARLIGHT}-astro-${PEER_ASTRO}`);
  const manifest = JSON.stringify({ name: 'starlight-peer', private: true, type: 'module', dependencies: deps }, null, 2);
  const installed = existsSync(join(dir, 'node_modules', '@astrojs', 'starlight')) && readFileSync(join(dir, 'package.json'), 'utf8') === manifest;
  if (!installed) {
    console.log(`bench: installing the peer (Starlight ${STARLIGHT}, Astro ${PEER_ASTRO}) with npm into ${dir} ...`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), manifest);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`bench: npm install of the peer failed (exit ${r.status ?? r.signal}); it needs the npm registry`);
  }
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  cpSync(questionsDir, join(docs, 'questions'), { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Home\n---\nPeer build.\n');
  return dir;
}

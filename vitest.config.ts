import { configDefaults, defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

// Four suites, all run by `npm run test:unit` (`vitest run`); one alone with `--project <name>`.
//   unit        tests/unit/: libraries, scripts and checks on small inputs and the fixture site
//               (tests/fixtures/site/); no build needed, independent of the shipped content.
//   components  tests/unit/components/: Astro components rendered with the Container API, which
//               needs Astro's Vite setup (getViteConfig); node environment, not jsdom.
//   corpus      tests/corpus/: assertions over the shipped sources (counts, real questions).
//   built       tests/built/: the built site in dist/ (and dist-subpath/): run `npm run build` first.
// Hooks of the corpus suite ingest every shipped source once: on a busy machine that takes more than 10 s.
const node = { environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } as const;

export default defineConfig({
  test: {
    projects: [
      { test: { ...node, name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/unit/components/**'] } },
      getViteConfig({ test: { ...node, name: 'components', include: ['tests/unit/components/**/*.test.ts'] } }),
      { test: { ...node, name: 'corpus', include: ['tests/corpus/**/*.test.ts'] } },
      { test: { ...node, name: 'built', include: ['tests/built/**/*.test.ts'] } },
    ],
  },
});

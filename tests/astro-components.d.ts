// Lets TypeScript (npm run typecheck) accept `import X from '*.astro'` in component tests; Astro's
// own tooling types these files, plain tsc does not.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}

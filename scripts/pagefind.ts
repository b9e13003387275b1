// Builds the Pagefind index for a built site folder with Pagefind's Node API.
// What gets indexed is decided in the markup (data-pagefind-body / -ignore / -meta / -filter).
import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { readdirSync, rmSync } from 'node:fs';
import { stabilizePagefind } from './pagefind-stable.ts';

// Pagefind also writes its ready-made UIs; the site has its own search UI, so these
// (~400 KB) would only be dead weight on the host.
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  stabilizePagefind(join(siteDir, 'pagefind'));
  for (const f of readdirSync(join(siteDir, 'pagefind'))) if (UNUSED.test(f)) rmSync(join(siteDir, 'pagefind', f));
  console.log(`pagefind: indexed ${added.page_count} pages into ${join(siteDir, 'pagefind')}`);
  return { pages: added.page_count };
}

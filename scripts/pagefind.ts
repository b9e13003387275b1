// Builds the Pagefind index for a built site folder with Pagefind's Node API.
// What gets indexed is decided in the markup (data-pagefind-body / -ignore / -meta / -filter).
import * as pagefind from 'pagefind';
import { join } from 'node:path';

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`pagefind: indexed ${added.page_count} pages into ${join(siteDir, 'pagefind')}`);
  return { pages: added.page_count };
}

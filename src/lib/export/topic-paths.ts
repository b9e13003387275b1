// The paths of a topic's downloads (/topics/<slug>.md and .csv, /decks/<slug>.txt and .json), one
// per topic, keyed for Astro's incremental build like the topic's sheet: after an answer is edited,
// only its topic's downloads are made again (src/lib/catalogue/page-keys.ts).
import { catalogue } from '../catalogue/content';
import { topicAnswersKey } from '../catalogue/page-keys';

export async function topicDownloadPaths() {
  const c = await catalogue();
  return c.topics.map((t) => ({ params: { topic: t.slug }, cacheKey: topicAnswersKey(c, t.slug) }));
}

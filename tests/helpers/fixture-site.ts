// The small fixture site of tests/fixtures/site/ (see its README): its question files read as the
// content collection reads them (frontmatter checked by the site's schema), its topics and
// sources, and the catalogue built from them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { questionFrontmatter } from '../../src/lib/schema.ts';
import { parseTopicsFile } from '../../src/lib/topic-schema.ts';
import { topicInfos } from '../../src/lib/topics.ts';
import { buildCatalogue, type CatalogueInput, type QuestionFile } from '../../src/lib/catalogue/index.ts';
import type { SourceInfo } from '../../src/lib/sources.ts';

export const FIXTURE_SITE = 'tests/fixtures/site';

function readQuestion(file: string, id: string): QuestionFile {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4);
  return { id, data: questionFrontmatter.parse(parseYaml(text.slice(4, end))), body: text.slice(end + 5) };
}

/** The fixture's question files, topics (in file order) and sources (in manifest order). */
export function fixtureInput(dir = FIXTURE_SITE): CatalogueInput {
  const root = join(dir, 'questions');
  const questions = readdirSync(root)
    .sort()
    .flatMap((source) => readdirSync(join(root, source)).sort().map((f) => readQuestion(join(root, source, f), `${source}/${f.replace(/\.md$/, '')}`)));
  const topics = topicInfos(parseTopicsFile(readFileSync(join(dir, 'topics.yaml'), 'utf8'), 'topics.yaml'));
  const sources = (JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as { sources: SourceInfo[] }).sources;
  return { questions, topics, sources };
}

export const fixtureCatalogue = () => buildCatalogue(fixtureInput());

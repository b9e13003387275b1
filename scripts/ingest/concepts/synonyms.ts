// The synonyms search uses (content/synonyms.yaml, src/lib/search/synonyms.ts), read for the
// concepts: a title says each group's thing in one form before its terms are taken (features.ts),
// so "model distillation" and "knowledge distillation", "Lasso" and "L1 regularization" are one.
import { readFileSync } from 'node:fs';
import { parseSynonyms, type Synonyms } from '../../../src/lib/search/synonyms.ts';
import { IngestError } from '../model.ts';

export function readSynonyms(file: string): Synonyms {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new IngestError(`cannot read the synonyms: ${(e as Error).message}`, file);
  }
  try {
    return parseSynonyms(text, file);
  } catch (e) {
    throw new IngestError((e as Error).message.replace(`${file}: `, ''), file);
  }
}

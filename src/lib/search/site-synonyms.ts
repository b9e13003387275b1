// The site's synonyms (content/synonyms.yaml), read once at build time for the question pages.
import raw from '../../../content/synonyms.yaml?raw';
import { parseSynonyms } from './synonyms.ts';

export const synonyms = parseSynonyms(raw);

// Every page of the site (src/lib/catalogue/site-map.ts), from the fixture site's catalogue.
import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../../src/lib/catalogue/site-map.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

describe('site paths', () => {
  it('list each page once, in the order the site lists them; no page for a topic or source without questions', () => {
    expect(sitePaths(fixtureCatalogue())).toEqual([
      '/',
      '/topics/',
      '/topics/attention/',
      '/topics/training/',
      '/topics/math/',
      '/sources/',
      '/sources/alpha/',
      '/sources/beta/',
      '/questions/alpha/can-a-title-end-the-json-ld/',
      '/questions/alpha/what-is-self-attention/',
      '/questions/alpha/derive-the-softmax-gradient/',
      '/questions/alpha/compare-optimizers/',
      '/questions/alpha/what-is-dropout/',
      '/questions/alpha/explain-self-attention/',
      '/questions/beta/what-is-dropout/',
      '/questions/beta/what-is-attention/',
      '/questions/beta/why-scale-the-dot-product/',
      '/search/',
      '/study/',
    ]);
  });
});

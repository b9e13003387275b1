// src/components/SourceOrigin.astro: where a source's document comes from, in plain sentences.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SourceOrigin from '../../../src/components/SourceOrigin.astro';
import { visibleText } from '../../helpers/visible.ts';

const render = async (source: { origin: string; licence?: string }) => visibleText(await (await AstroContainer.create()).renderToString(SourceOrigin, { props: { source } }));

describe('SourceOrigin', () => {
  it('says where the document comes from, then how it is included, each a sentence', async () => {
    expect(await render({ origin: 'From example.org: an interview guide', licence: 'Included with this project as sample data; the text is the site\'s.' })).toBe(
      'From example.org: an interview guide. Included with this project as sample data; the text is the site\'s.',
    );
    expect(await render({ origin: 'Written for the tests.' })).toBe('Written for the tests.');
    expect(await render({ origin: 'Has <b>markup</b>', licence: 'CC0' })).toBe('Has <b>markup</b>. CC0.');
  });
});

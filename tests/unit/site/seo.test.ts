import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, jsonLd } from '../../../src/lib/seo';

describe('structured data', () => {
  it('is a FAQPage with one question and its answer', () => {
    const d = faqPage({ name: 'What is dropout?', url: 'https://x.org/questions/a/b/', answer: 'Randomly zeroing units.' });
    expect(d).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'What is dropout?', acceptedAnswer: { '@type': 'Answer', text: 'Randomly zeroing units.' } }],
    });
  });

  it('numbers breadcrumb items from 1', () => {
    const d = breadcrumbList([{ name: 'Home', url: 'https://x.org/' }, { name: 'Topics', url: 'https://x.org/topics/' }]);
    expect(d.itemListElement.map((i) => [i.position, i.name])).toEqual([[1, 'Home'], [2, 'Topics']]);
  });

  it('cannot be closed by a hostile title inside <script>', () => {
    const hostile = 'Why </script><script>alert(1)</script> <!-- fails?';
    const text = jsonLd(faqPage({ name: hostile, url: 'https://x.org/', answer: '</SCRIPT>' }));
    expect(text).not.toMatch(/<\/script|<!--|</i);
    // Still the same data for a JSON parser.
    expect(JSON.parse(text).mainEntity[0].name).toBe(hostile);
    expect(JSON.parse(text).mainEntity[0].acceptedAnswer.text).toBe('</SCRIPT>');
  });
});

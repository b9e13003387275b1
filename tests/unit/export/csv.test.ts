import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv, topicCsv } from '../../../src/lib/export/csv.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';
import { parseRecords } from '../../helpers/anki-text.ts';

/** RFC 4180 read back: quoted fields may hold commas, quotes (doubled) and line breaks; rows end in CRLF. */
const parseCsv = (text: string) => parseRecords(text, ',', '\r\n');

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and reads back the same', () => {
    const rows = [['a', 'b,c'], ['say "hi"', 'line\nbreak']];
    expect(toCsv(rows)).toBe('a,"b,c"\r\n"say ""hi""","line\nbreak"\r\n');
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('keeps a spreadsheet from running a cell as a formula, but not a Markdown list', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('- a list item')).toBe('- a list item');
  });

  it('writes every question of a topic with its answer as Markdown, concept by concept', () => {
    const c = fixtureCatalogue();
    const rows = parseCsv(topicCsv(c, 'attention', 'https://example.org/'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(c.topic('attention').questions.map((q) => q.id).sort());
    const explain = rows.find((r) => r[0] === 'alpha/explain-self-attention')!;
    expect(explain[1]).toBe('https://example.org/questions/alpha/explain-self-attention/');
    expect(explain[3]).toContain('#### In short');
    expect(explain[5]).toBe('self-attention');
    expect(explain[6]).toBe('What is self-attention?');
    expect(explain[9]).toBe('intermediate');
  });
});

// Reads an Anki text-import file back by the format's documented rules (docs.ankiweb.net,
// "Importing › Text Files"), written from the documentation, not from the writer it checks:
// header lines "#key:value" at the top; then records whose fields are separated by the
// separator the header names; a field that starts with a double quote runs to the next lone
// double quote (a doubled one is a quote inside it) and may hold separators and line breaks.

export interface AnkiFile {
  headers: Map<string, string>;
  records: string[][];
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

export function parseAnkiText(text: string): AnkiFile {
  const headers = new Map<string, string>();
  let pos = 0;
  while (text.startsWith('#', pos)) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end < 0 ? text.length : end);
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`header without a value: ${line}`);
    const key = line.slice(1, colon);
    if (headers.has(key)) throw new Error(`header given twice: ${key}`);
    headers.set(key, line.slice(colon + 1));
    pos = end < 0 ? text.length : end + 1;
  }
  const sep = SEPARATORS[headers.get('separator') ?? ''] ?? headers.get('separator');
  if (!sep) throw new Error('no #separator header');
  return { headers, records: parseRecords(text.slice(pos), sep, '\n') };
}

/**
 * Records of delimited text (`sep` between fields, `eol` after each record): a field that starts
 * with a double quote runs to the next lone one (a doubled quote is a quote in it) and may hold
 * separators and line breaks; a quote anywhere else is an error. Anki's rules, and RFC 4180's.
 */
export function parseRecords(text: string, sep: string, eol: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    let value = '';
    if (text[pos] === '"') {
      pos++;
      for (;;) {
        const q = text.indexOf('"', pos);
        if (q < 0) throw new Error('unterminated quoted field');
        value += text.slice(pos, q);
        if (text[q + 1] === '"') {
          value += '"';
          pos = q + 2;
        } else {
          pos = q + 1;
          break;
        }
      }
      if (pos < text.length && text[pos] !== sep && !text.startsWith(eol, pos)) throw new Error(`text after a closing quote at ${pos}`);
    } else {
      let end = pos;
      while (end < text.length && text[end] !== sep && !text.startsWith(eol, end)) end++;
      value = text.slice(pos, end);
      if (value.includes('"')) throw new Error(`a quote inside an unquoted field: ${value.slice(0, 60)}`);
      pos = end;
    }
    fields.push(value);
    if (text[pos] === sep) pos++;
    else {
      records.push(fields);
      fields = [];
      pos += eol.length;
    }
  }
  return records;
}

/** The 1-based column a "#… column:N" header names, as a 0-based index. */
export function columnOf(file: AnkiFile, name: string): number {
  const n = Number(file.headers.get(`${name} column`));
  if (!Number.isInteger(n) || n < 1) throw new Error(`no #${name} column header`);
  return n - 1;
}

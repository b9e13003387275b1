// Reader for a scraped documentation page (001, devweekends "AI Engineer Interview Questions").
//
//   Documentation Index                      page chrome (lines before the title)
//   Fetch the complete documentation ...
//   AI Engineer Interview Questions (...)     the document title
//   1. LLM Engineering & Prompt Design        a section: a numbered line followed by a question
//   1. Few-shot vs Zero-shot Prompting        a question: a numbered title printed twice
//   1. Few-shot vs Zero-shot Prompting
//   | Feature | Zero-Shot | Few-Shot |       GFM tables, "- " bullets, a lone "-" whose item is
//   - Task is straightforward ...             on the next line, run-in labels ("What interviewers
//   - “Follow-up question?”                   are really testing:"), and quoted follow-up questions
//
// The scraper glued inline code to its neighbours ("E.g.,top_p=0.9means"); normalize/glued-code.ts
// splits it out where that is unambiguous. All other text is escaped so it renders as printed.
import { IngestError, splitLines, type DroppedRange, type Question, type Reader, type Section } from '../model.ts';
import { escapeCell, escapeInline } from '../normalize/escape.ts';
import { labelledBlock } from '../normalize/blocks.ts';
import { markGluedCode } from '../normalize/glued-code.ts';

const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;
const FOLLOW_UP = /^-\s*[“"].*[”"?]\s*$/;
const RUN_IN_LABELS = ['What interviewers are really testing'];

/** Prose: glued code marked as code, everything else escaped. */
function prose(text: string): string {
  return markGluedCode(text)
    .map((part) => (part.code ? `\`${part.text}\`` : escapeInline(part.text)))
    .join('');
}

function tableRow(line: string): string {
  if (TABLE_RULE.test(line)) return line.trim();
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return `| ${cells.map((c) => prose(c.trim()).replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** Splits run-in structure the scraper flattened onto one line into lines of their own. */
function unglue(line: string): string[] {
  let l = line;
  for (const label of RUN_IN_LABELS) l = l.replace(new RegExp(`(\\S)(${label}:)`), '$1\n$2');
  // "...ranges.Mathematical Intuition:" -> the sentence, then the label on its own line.
  l = l.replace(/([a-z][.?!])([A-Z][A-Za-z ()/&-]{2,40}:)(?=\s|-|$)/g, '$1\n$2');
  // "Mathematical Intuition:- T approaching 0" -> a label line, then a bullet.
  l = l.replace(/([A-Za-z)]):-\s+/g, '$1:\n- ');
  return l.split('\n');
}

/** The answer lines of one question as Markdown. */
function answerMarkdown(lines: string[]): string {
  // Rejoin "-" / item text split over two lines, and split run-in parts.
  const flat: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (l === '') continue;
    if (l === '-' && i + 1 < lines.length && lines[i + 1]!.trim() !== '') {
      flat.push(`- ${lines[++i]!.trim()}`);
      continue;
    }
    // The scraper broke some sentences across lines ("If you set" / "temperature=0.3AND..."):
    // a line that starts in lower case continues one that did not end a sentence.
    const prev = flat[flat.length - 1];
    if (prev !== undefined && /^[a-z]/.test(l) && !/[.:?!”")|]$/.test(prev) && !TABLE_ROW.test(prev)) {
      const parts = unglue(l);
      flat[flat.length - 1] = `${prev} ${parts[0]}`;
      flat.push(...parts.slice(1));
      continue;
    }
    flat.push(...unglue(l));
  }
  // Trailing quoted questions are the follow-ups an interviewer would ask.
  let cut = flat.length;
  while (cut > 0 && FOLLOW_UP.test(flat[cut - 1]!)) cut--;
  const followUps = flat.slice(cut);
  const body = flat.slice(0, cut);

  const blocks: string[] = [];
  let list: string[] = [];
  let table: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'));
    if (table.length) blocks.push(table.join('\n'));
    list = [];
    table = [];
  };
  for (let i = 0; i < body.length; i++) {
    const l = body[i]!;
    if (TABLE_ROW.test(l)) {
      if (list.length) flush();
      table.push(tableRow(l));
      continue;
    }
    if (table.length) flush();
    if (/^-\s+\S/.test(l)) {
      list.push(`- ${prose(l.replace(/^-\s+/, ''))}`);
      continue;
    }
    flush();
    const label = RUN_IN_LABELS.find((x) => l.startsWith(`${x}:`));
    if (label) {
      blocks.push(labelledBlock(label, prose(l.slice(label.length + 1).trim())));
      continue;
    }
    // A short line ending in a colon introduces what follows: show it as a label.
    if (/^[^.:]{2,60}:$/.test(l)) blocks.push(`**${prose(l.slice(0, -1))}:**`);
    else blocks.push(prose(l).replace(/^(\d{1,9})([.)])(?=\s)/, '$1\\$2').replace(/^([#>+=-])/, '\\$1'));
  }
  flush();
  if (followUps.length) {
    blocks.push(labelledBlock('Follow-up questions', followUps.map((f) => `- ${prose(f.replace(/^-\s*/, ''))}`).join('\n')));
  }
  return blocks.join('\n\n') + '\n';
}

export const readScrapedDocs: Reader = ({ sourceId, file, text }) => {
  const lines = splitLines(text);
  const at = (i: number) => (lines[i] ?? '').trim();
  const questions: Question[] = [];
  const sections: Section[] = [];
  const dropped: DroppedRange[] = [];

  // Question starts: a numbered line printed twice in a row. Sections: a numbered line that is
  // not doubled and is directly followed by a question.
  const isQuestionAt = (i: number) => NUMBERED.test(at(i)) && at(i) === at(i + 1);
  const starts: { kind: 'question' | 'section'; i: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isQuestionAt(i)) {
      starts.push({ kind: 'question', i });
      i++;
    } else if (NUMBERED.test(at(i)) && isQuestionAt(i + 1) && !(i > 0 && at(i - 1) === at(i))) {
      starts.push({ kind: 'section', i });
    }
  }
  if (!starts.some((s) => s.kind === 'question')) {
    throw new IngestError('no questions found: expected numbered question titles printed twice ("1. Title" on two lines)', file);
  }

  // Before the first section or question: chrome, then the title (the last non-blank line).
  const first = starts[0]!.i;
  const head = [...Array(first).keys()].filter((i) => at(i) !== '');
  if (head.length) {
    const title = head[head.length - 1]!;
    if (head[0]! < title) dropped.push({ start: head[0]! + 1, end: title, reason: 'page chrome' });
    dropped.push({ start: title + 1, end: title + 1, reason: 'document title' });
  }

  let section: string[] = [];
  starts.forEach((s, k) => {
    const m = NUMBERED.exec(at(s.i))!;
    if (s.kind === 'section') {
      section = [m[2]!.trim()];
      sections.push({ path: section, line: s.i + 1, endLine: s.i + 1 });
      return;
    }
    const next = starts[k + 1]?.i ?? lines.length;
    let end = next - 1;
    while (end > s.i + 1 && at(end) === '') end--;
    const answer = lines.slice(s.i + 2, end + 1);
    questions.push({
      source: sourceId,
      sectionPath: section,
      number: Number(m[1]),
      title: m[2]!.trim(),
      body: answerMarkdown(answer),
      line: s.i + 1,
      endLine: end + 1,
    });
  });
  return { questions, sections, dropped };
};

export default readScrapedDocs;

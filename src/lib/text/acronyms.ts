// Acronyms and the words that spell them out ("RAG" and "Retrieval-Augmented Generation",
// "LoRA" and "Low-Rank Adaptation"), so a spelled-out name counts as its acronym. Related
// questions learn the acronyms titles define in brackets; ranking takes an acronym and its
// expansion in one title as one subject. Both ask this module what is an acronym and what spells it.
import { fold } from './normalise.ts';

// Small words an expansion may skip ("Reinforcement Learning from Human Feedback" is RLHF).
const SKIPPABLE = new Set('of from and the for with in on to by a an'.split(' '));

/** A word written as an acronym: at least two capitals, at most eight characters ("KV", "LoRA", "GANs"). */
export const isAcronym = (raw: string) => (raw.match(/[A-Z]/g)?.length ?? 0) >= 2 && raw.length <= 8;

/**
 * The letters an acronym may stand for: its capitals, or all its letters, without a plural s ("GANs":
 * gan, gans), and with a digit after a letter as that letter repeated ("A2C": aac, Advantage Actor-Critic).
 */
function letterings(acronym: string): string[] {
  const letters = acronym.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^A-Z]/g, '');
  const repeated = acronym.replace(/(\p{L})([2-4])(?=\p{L})/gu, (_, l: string, d: string) => l.repeat(Number(d))).replace(/[^\p{L}]/gu, '');
  return [...new Set([capitals, letters, letters.replace(/(?<=..)s$/, ''), repeated].map(fold))].filter((l) => l.length >= 2);
}

function spellsFrom(letters: string, words: readonly string[], i: number): boolean {
  if (!letters) return i === words.length;
  if (i >= words.length) return false;
  const w = words[i]!;
  // Each word gives the acronym its first letter or a few more ("LoRA" takes "lo" from "low").
  for (let n = Math.min(w.length, letters.length); n >= 1; n--) {
    if (letters.startsWith(w.slice(0, n)) && spellsFrom(letters.slice(n), words, i + 1)) return true;
  }
  return SKIPPABLE.has(w) && i > 0 && spellsFrom(letters, words, i + 1);
}

/**
 * Whether the folded `words`, all of them, spell out `acronym` (as written): each word gives its
 * first letter or a few more, and small words inside ("of", "from") may give none.
 */
export function spells(acronym: string, words: readonly string[]): boolean {
  return words.length >= 2 && letterings(acronym).some((letters) => spellsFrom(letters, words, 0));
}

/**
 * Acronyms of a title with their expansion in the same title, each as [acronym index, expansion
 * indexes]: "What is RAG (Retrieval Augmented Generation)?" as words gives [2, [3, 4, 5]].
 * `raw`: the title's words as written (an acronym is told by its capitals).
 */
export function acronymsIn(raw: readonly string[]): [number, number[]][] {
  const words = raw.map(fold);
  const out: [number, number[]][] = [];
  for (const [ai, a] of raw.entries()) {
    if (!isAcronym(a)) continue;
    const most = a.length + 2;
    for (let from = 0; from < words.length; from++) {
      if (from === ai || SKIPPABLE.has(words[from]!)) continue;
      // The longest run: "LoRA" is "Low-Rank Adaptation", not "Low-Rank" ("lo" + "ra").
      for (let to = Math.min(words.length, from + most); to >= from + 2; to--) {
        if (ai >= from && ai < to) continue;
        if (spells(a, words.slice(from, to))) {
          out.push([ai, Array.from({ length: to - from }, (_, k) => from + k)]);
          break;
        }
      }
    }
  }
  return out;
}

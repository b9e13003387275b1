// Facts about an answer, counted on its tree (the one the writer writes and the site renders).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface AnswerFacts {
  codeBlocks: number;
  formulas: number;
}

export function analyzeAnswer(answer: Root): AnswerFacts {
  let codeBlocks = 0;
  let formulas = 0;
  visit(answer, (node) => {
    if (node.type === 'code') codeBlocks++;
    else if (node.type === 'math' || node.type === 'inlineMath') formulas++;
  });
  return { codeBlocks, formulas };
}

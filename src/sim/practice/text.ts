/** A problem as plain text, for the command line: the question first, the answers on request. */
import { formatTextTable } from '../ipc/text-table.ts';
import { inputHint } from './answers.ts';
import { LEVEL_NAMES, type Problem } from './model.ts';

/** The problem as text; with `answer`, each part's answer and worked solution follow. */
export function problemText(problem: Problem, options: { answer: boolean; number?: number }): string {
  const head = `${options.number !== undefined ? `第 ${options.number} 题\u3000` : ''}${problem.title}（${problem.kind}，种子 ${problem.seed}，难度 ${LEVEL_NAMES[problem.level]}）`;
  const out = [head, ''];
  for (const block of problem.question) {
    if (block.type === 'text') out.push(block.text);
    else if (block.type === 'code') out.push(block.text);
    else out.push(`${block.caption}：`, formatTextTable([block.head, ...block.rows]));
    out.push('');
  }
  problem.parts.forEach((part, i) => {
    const options =
      part.input.type === 'choice' ? `：${part.input.options.map((o) => o.label).join(' / ')}` : '';
    out.push(`(${i + 1}) ${part.prompt}${options}\u3000［${inputHint(part.input)}］`);
  });
  if (options.answer) {
    out.push('', '答案与解答：');
    if (problem.walkthrough)
      out.push(`${problem.walkthrough.title}：`, ...problem.walkthrough.lines.map((l) => `    ${l}`));
    problem.parts.forEach((part, i) => {
      out.push(`(${i + 1}) ${part.answerText}`, ...part.solution.map((s) => `    ${s}`));
    });
  }
  return out.join('\n');
}

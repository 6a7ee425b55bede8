/**
 * Scores a query set's answers: precision at 1 (P@1) and mean reciprocal rank (MRR; a page not shown
 * counts 0), overall and per kind, with the misses listed. Shared by the search-quality suite and
 * `npm run perf`'s report.
 */
import type { QueryAnswer } from '../../../scripts/lib/search-box.ts';
import type { SearchCase } from '../../../scripts/lib/search-queries.ts';

/** P@1 and MRR of a group of queries. */
export interface Score {
  readonly n: number;
  readonly p1: number;
  readonly mrr: number;
}

/** One answered query with the page it had to rank first and the rank it got (0: not shown). */
export interface ScoredRow extends QueryAnswer {
  readonly expect: string;
  readonly kind: string;
  readonly rank: number;
}

/** A whole set's scores, its rows and a printable report. */
export interface Scored extends Score {
  readonly byKind: Readonly<Record<string, Score>>;
  readonly rows: readonly ScoredRow[];
  readonly report: string;
}

function scoreOf(rows: readonly ScoredRow[]): Score {
  const n = rows.length;
  return {
    n,
    p1: rows.filter((r) => r.rank === 1).length / n,
    mrr: rows.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / n,
  };
}

const line = (label: string, s: Score) =>
  `${label.padEnd(9)} ${String(s.n).padStart(3)} 个  P@1 ${s.p1.toFixed(3)}  MRR ${s.mrr.toFixed(3)}`;

/** Scores `answers` (in the order of `cases`). */
export function scoreQueries(cases: readonly SearchCase[], answers: readonly QueryAnswer[]): Scored {
  const rows = cases.map((c, i) => {
    const answer = answers[i]!;
    return { ...answer, expect: c.expect, kind: c.kind, rank: answer.pages.indexOf(c.expect) + 1 };
  });
  const all = scoreOf(rows);
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const byKind = Object.fromEntries(kinds.map((k) => [k, scoreOf(rows.filter((r) => r.kind === k))]));
  const misses = rows
    .filter((r) => r.rank !== 1)
    .map(
      (r) =>
        `  未排第一：「${r.query}」应为 ${r.expect}，排第 ${r.rank || '—'}；前三：${r.pages.slice(0, 3).join('，')}`,
    );
  const report = [line('全部', all), ...kinds.map((k) => line(k, byKind[k]!)), ...misses].join('\n');
  return { ...all, byKind, rows, report };
}

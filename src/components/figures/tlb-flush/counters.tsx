/** Live counters of one run: everything shown is read from the model's metrics and summary. */
import type { JSX } from 'preact';
import { formatCount } from '../../../sim/format.ts';
import type { TlbMetrics, TlbSummary } from '../../../sim/tlb/index.ts';

/** Props of {@link TlbCounters}. */
export interface TlbCountersProps {
  title: string;
  metrics: TlbMetrics;
  summary: TlbSummary;
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** A small table of counters. */
export function TlbCounters({ title, metrics: m, summary: s }: TlbCountersProps): JSX.Element {
  // The last field: the row folds on a slide (behind 显示全部细节), leaving hits, misses, flushes, rate.
  const rows: [string, string, string, boolean][] = [
    ['hits', '命中', String(m.hits), false],
    ['misses', '未命中', String(m.misses), false],
    ['walks', '页表遍历（访存次数）', `${m.walks}（${m.walkRefs}）`, true],
    ['flushes', '刷新（清掉的条目）', `${m.flushes}（${m.flushedEntries}）`, false],
    ['switches', '线程切换 / 进程切换', `${m.threadSwitches} / ${m.processSwitches}`, true],
    ['hit-rate', '命中率', pct(s.hitRate), false],
    ['cycles', '估计周期', formatCount(s.cycles), true],
  ];
  return (
    <section class="tlb-counters" data-counters={title}>
      <p class="tlb-counters__title">{title}</p>
      <dl>
        {rows.map(([key, label, value, detail]) => (
          <>
            <dt key={`${key}-t`} data-slide-detail={detail ? '' : undefined}>
              {label}
            </dt>
            <dd key={`${key}-d`} data-counter={key} data-slide-detail={detail ? '' : undefined}>
              {value}
            </dd>
          </>
        ))}
      </dl>
    </section>
  );
}

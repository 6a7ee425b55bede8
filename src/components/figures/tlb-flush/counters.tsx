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
  const rows: [string, string, string][] = [
    ['hits', '命中', String(m.hits)],
    ['misses', '未命中', String(m.misses)],
    ['walks', '页表遍历（访存次数）', `${m.walks}（${m.walkRefs}）`],
    ['flushes', '刷新（清掉的条目）', `${m.flushes}（${m.flushedEntries}）`],
    ['switches', '线程切换 / 进程切换', `${m.threadSwitches} / ${m.processSwitches}`],
    ['hit-rate', '命中率', pct(s.hitRate)],
    ['cycles', '估计周期', formatCount(s.cycles)],
  ];
  return (
    <section class="tlb-counters" data-counters={title}>
      <p class="tlb-counters__title">{title}</p>
      <dl>
        {rows.map(([key, label, value]) => (
          <>
            <dt key={`${key}-t`}>{label}</dt>
            <dd key={`${key}-d`} data-counter={key}>
              {value}
            </dd>
          </>
        ))}
      </dl>
    </section>
  );
}

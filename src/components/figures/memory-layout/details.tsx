/**
 * The text under the memory-layout figure: details of the hovered or focused region (address
 * range, size, permissions, who shares it), or else the totals; and the colour legend.
 */
import type { JSX } from 'preact';
import { formatApproxSize, formatSize } from '../../../sim/address-space/describe.ts';
import type { ProcessTotals, RegionInfo } from '../../../sim/address-space/queries.ts';
import { formatAddr } from '../../../sim/units.ts';
import { regionLabel } from './column.tsx';
import { OWNER_COLORS, OWNER_LABELS, type FrameOwner } from './frames.tsx';

/** Props of {@link MemoryDetails}. */
export interface MemoryDetailsProps {
  /** The hovered region and its process, or null. */
  region: (RegionInfo & { pid: number; threads: number[] }) | null;
  totals: { processes: ProcessTotals[]; framesInUse: number; sharedFrames: number; cacheOnlyFrames: number };
}

const permsText = (perms: string): string =>
  [perms[0] === 'r' ? '可读' : '', perms[1] === 'w' ? '可写' : '', perms[2] === 'x' ? '可执行' : '']
    .filter(Boolean)
    .join('、') || '不可访问';

/** Region details or totals, as a definition list. */
export function MemoryDetails({ region: r, totals }: MemoryDetailsProps): JSX.Element {
  if (!r) {
    return (
      <div class="memory-details" data-testid="memory-totals">
        <p style={{ margin: '0.25rem 0' }}>
          物理页框：使用中 <strong data-total="frames">{totals.framesInUse}</strong>，被多个页表共享{' '}
          <strong data-total="shared">{totals.sharedFrames}</strong>，仅被页缓存/共享对象持有{' '}
          {totals.cacheOnlyFrames}。
        </p>
        <ul style={{ margin: '0.25rem 0', paddingLeft: '1.2em' }}>
          {totals.processes.map((t) => (
            <li key={t.pid} data-process-total={t.pid}>
              进程 {t.pid}：虚拟大小 {formatApproxSize(t.virtualSize)}，驻留 {t.resident} 页（私有 {t.private}
              ，与别的映射共享 {t.shared}）
            </li>
          ))}
        </ul>
        <p style={{ margin: '0.25rem 0', fontSize: '0.85em' }}>
          把鼠标移到某个区域上（或用 Tab 键聚焦）查看它的地址范围、权限和共享情况。
        </p>
      </div>
    );
  }
  const sharing =
    r.sharedWith.length > 0
      ? `与进程 ${r.sharedWith.join('、')} 共用 ${r.shared} 个页框`
      : '页框只属于本进程（或尚未驻留）';
  const owner = r.thread !== undefined ? `线程 ${r.thread} 的栈，` : '';
  return (
    <dl
      class="memory-details"
      data-testid="memory-region-details"
      style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0 0.75rem', margin: '0.25rem 0' }}
    >
      <dt>区域</dt>
      <dd style={{ margin: 0 }}>
        进程 {r.pid} 的 {regionLabel(r.name)}
      </dd>
      <dt>地址</dt>
      <dd style={{ margin: 0, fontFamily: 'var(--sl-font-mono, monospace)' }}>
        {formatAddr(r.start)}–{formatAddr(r.end)}
      </dd>
      <dt>大小</dt>
      <dd style={{ margin: 0 }}>
        {formatSize(r.size)}，驻留 {r.resident} 页{r.cow > 0 ? `，其中 ${r.cow} 页写时复制` : ''}
      </dd>
      <dt>权限</dt>
      <dd style={{ margin: 0 }}>
        {r.perms}（{permsText(r.perms)}，{r.perms[3] === 's' ? 'MAP_SHARED' : '私有映射'}）
      </dd>
      <dt>共享</dt>
      <dd style={{ margin: 0 }}>{sharing}</dd>
      <dt>可见</dt>
      <dd style={{ margin: 0 }}>
        {owner}进程 {r.pid} 的所有线程（{r.threads.join('、')}）都能访问
      </dd>
    </dl>
  );
}

/** The colour legend of the frame squares. */
export function MemoryLegend(): JSX.Element {
  const owners: FrameOwner[] = ['left', 'right', 'both', 'none'];
  return (
    <p
      class="memory-legend"
      style={{
        margin: '0.25rem 0',
        fontSize: '0.85em',
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.25rem 1rem',
      }}
    >
      {owners.map((o) => (
        <span key={o}>
          <svg width="10" height="10" aria-hidden="true" style={{ marginRight: '0.25rem' }}>
            <rect width="10" height="10" fill={OWNER_COLORS[o]} />
          </svg>
          {OWNER_LABELS[o]}
        </span>
      ))}
      <span>虚线边框：写时复制（尚未写过）</span>
    </p>
  );
}

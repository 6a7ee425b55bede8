/** The TaskCost numbers: one row per way of running the tasks, each part of the bill, and the libco example. */
import type { JSX } from 'preact';
import { formatBytes, formatCount, formatDuration } from '../../../sim/format.ts';
import { COROUTINE_STACK_BYTES } from '../../../sim/tasks/constants.ts';
import { TASK_KIND_NAMES, type TaskCost } from '../../../sim/tasks/estimate.ts';
import type { LibcoBreakdown } from '../../../sim/tasks/libco.ts';

/** Props of {@link TaskTable}. */
export interface TaskTableProps {
  /** The five estimates. */
  costs: readonly TaskCost[];
}

/** The summary table with each kind's parts in a disclosure. */
export function TaskTable(p: TaskTableProps): JSX.Element {
  return (
    <div class="task-table-wrap">
      <table class="task-table" data-task-table>
        <caption>
          每行是用这种方式跑 {p.costs[0] && formatCount(p.costs[0].n)} 个任务的总账（展开看组成）。
        </caption>
        <thead>
          <tr>
            <th scope="col">方式</th>
            <th scope="col">虚拟预留</th>
            <th scope="col">驻留估计</th>
            <th scope="col">创建耗时</th>
            <th scope="col">放得下吗</th>
          </tr>
        </thead>
        <tbody>
          {p.costs.map((c) => (
            <tr key={c.kind} data-row={c.kind}>
              <th scope="row">
                <details>
                  <summary>{TASK_KIND_NAMES[c.kind]}</summary>
                  <ul>
                    {c.parts.map((part) => (
                      <li key={part.label}>
                        {part.label}：虚拟 {formatBytes(part.virtualBytes)}，驻留{' '}
                        {formatBytes(part.residentBytes)}（{part.basis}）
                      </li>
                    ))}
                  </ul>
                </details>
              </th>
              <td class="num" data-cell="virtual">
                {formatBytes(c.virtualBytes)}
              </td>
              <td class="num" data-cell="resident">
                {formatBytes(c.residentBytes)}
              </td>
              <td class="num" data-cell="create">
                {formatDuration(c.createNs)}
              </td>
              <td data-cell="fits">
                {c.fitsAddressSpace && c.fitsRam
                  ? '放得下'
                  : [!c.fitsAddressSpace && '超出 128 TiB 地址空间', !c.fitsRam && '超出内存']
                      .filter(Boolean)
                      .join('，')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The libco shared-stack run recomputed: the stacks from the model, the rest per connection. */
export function TaskLibco(p: {
  libco: LibcoBreakdown;
  sharedStackBytes: number;
  ramBytes: number;
}): JSX.Element {
  const l = p.libco;
  return (
    <aside class="task-libco" data-libco>
      <p class="task-libco-title">
        <strong>libco 共享栈的账</strong>
      </p>
      <p>
        {formatCount(l.coroutines)} 个协程，每 {formatCount(l.group)} 个共用一块{' '}
        {formatBytes(p.sharedStackBytes)} 的栈：共 <strong data-libco="stacks">{l.stacks}</strong> 块，合计{' '}
        <strong data-libco="stack-bytes">{formatBytes(l.stackBytes)}</strong>，只占报告总量约{' '}
        {formatCount(l.reportedTotalBytes / 1e9)} GB 的 {(l.stackShare * 100).toFixed(3)}%。
      </p>
      <p>
        其余 {formatBytes(l.restBytes)}{' '}
        是每个连接自己的状态——被切走时保存下来的那段栈、协程控制块、内核的套接字缓冲区和连接的读写缓冲区——平均每个连接约{' '}
        <strong data-libco="per-connection">{formatCount(Math.round(l.perConnectionBytes))} B</strong>。
        若每个协程各有一块 {formatBytes(COROUTINE_STACK_BYTES)} 的私有栈，单是栈就要{' '}
        {formatBytes(l.privateStacksBytes)}，是整台机器 {formatBytes(p.ramBytes)} 内存的{' '}
        {(l.privateStacksBytes / p.ramBytes).toFixed(1)} 倍。
      </p>
    </aside>
  );
}

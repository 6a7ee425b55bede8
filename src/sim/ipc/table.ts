/**
 * The book's IPC comparison table as plain data: one row per mechanism, properties from
 * {@link MECHANISMS} and costs from {@link estimateCost}. Nothing in the table is typed by hand.
 */
import { estimateCost, type CostEstimate, type CostInput } from './cost.ts';
import {
  MECHANISMS,
  type DataVolume,
  type Direction,
  type Framing,
  type MechanismId,
  type Persistence,
} from './mechanisms.ts';

/** One row of the comparison table. */
export interface ComparisonRow {
  /** Mechanism id. */
  id: MechanismId;
  /** Chinese name. */
  name: string;
  /** Intended data volume. */
  volume: DataVolume;
  /** Related processes only. */
  needsKinship: boolean;
  /** Direction. */
  direction: Direction;
  /** Stream, messages, memory or notification. */
  framing: Framing;
  /** The programs must synchronise themselves. */
  needsUserSync: boolean;
  /** Lifetime of the channel. */
  persistence: Persistence;
  /** Reaches other machines. */
  crossesHosts: boolean;
  /** Atomic write limit in bytes, or null. */
  atomicLimit: number | null;
  /** Kernel buffer capacity in bytes, or null. */
  capacity: number | null;
  /** The cost estimate for the table's message size and count. */
  cost: CostEstimate;
}

/** Builds the comparison table for a message size and count, in the book's order. */
export function compareMechanisms(input: CostInput): ComparisonRow[] {
  return MECHANISMS.map((m) => ({
    id: m.id,
    name: m.name,
    volume: m.volume.value,
    needsKinship: m.needsKinship.value,
    direction: m.direction.value,
    framing: m.framing.value,
    needsUserSync: m.needsUserSync.value,
    persistence: m.persistence.value,
    crossesHosts: m.crossesHosts.value,
    atomicLimit: m.atomicLimit.value,
    capacity: m.capacity.value,
    cost: estimateCost(m.id, input),
  }));
}

/** Chinese labels for the table's enumerated values. */
export const LABELS = {
  volume: { none: '不传数据', tiny: '极小', medium: '小/中', large: '大量' } satisfies Record<
    DataVolume,
    string
  >,
  direction: {
    'one-way': '单向',
    'two-way': '双向',
    'many-to-many': '多对多',
    'shared-region': '共享区域',
  } satisfies Record<Direction, string>,
  framing: {
    'byte-stream': '字节流',
    message: '消息',
    memory: '内存',
    notification: '通知',
  } satisfies Record<Framing, string>,
  persistence: {
    process: '随进程',
    kernel: '随内核',
    filesystem: '随文件系统',
  } satisfies Record<Persistence, string>,
} as const;

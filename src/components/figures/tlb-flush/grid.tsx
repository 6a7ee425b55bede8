/**
 * The TLB drawn as sets × ways: each valid entry coloured by the address space it belongs to,
 * global (kernel) entries grey; entries the last step wiped fade out as ghosts.
 */
import type { JSX } from 'preact';

/** One slot as the grid shows it. */
export interface GridCell {
  slot: number;
  /** Null when the slot is empty. */
  entry: { vpn: number; owner: number | 'kernel'; tag: number | null } | null;
  /** Filled or hit in the step shown. */
  mark: 'new' | 'hit' | null;
  /** Held an entry before the step and was wiped by a flush in it. */
  wiped: { vpn: number; owner: number | 'kernel' } | null;
}

/** Colour of each process (by pid − 1, cycling) and of kernel entries. */
export const OWNER_COLORS = [
  '#4d7cf5',
  '#e3832b',
  '#2ba37a',
  '#b548c6',
  '#c9a227',
  '#d6455d',
  '#1f9bb5',
  '#8c6d46',
];
/** Colour of global kernel entries. */
export const KERNEL_COLOR = '#8a8a8a';

/** The fill colour of an owner. */
export function ownerColor(owner: number | 'kernel'): string {
  return owner === 'kernel' ? KERNEL_COLOR : OWNER_COLORS[(owner - 1) % OWNER_COLORS.length]!;
}

/** Props of {@link TlbGrid}. */
export interface TlbGridProps {
  x: number;
  y: number;
  sets: number;
  ways: number;
  cells: GridCell[];
  cellWidth: number;
  title: string;
  /** Font size of the labels, in SVG units. */
  fontSize: number;
}

/** Height of one cell for a font size. */
const cellHeight = (fs: number) => Math.round(fs * 1.9);
/** Room for the set labels left of the cells. */
export const gridLabelWidth = (fs: number): number => fs * 2.6;

/** Height the grid needs. */
export function tlbGridHeight(sets: number, fontSize: number): number {
  return fontSize * 1.6 + Math.min(sets, 16) * (cellHeight(fontSize) + 3);
}

/** The grid; sets beyond 16 are not drawn (the counters still count them). */
export function TlbGrid(p: TlbGridProps): JSX.Element {
  const fs = p.fontSize;
  const h = cellHeight(fs);
  const top = fs * 1.6;
  // The longest label that fits the cell: owner, page and tag; then page and tag; else none.
  const chars = Math.floor((p.cellWidth - 6) / (fs * 0.62));
  const label = (owner: number | 'kernel', vpn: number, tag: number | null) => {
    const page = `${vpn.toString(16).slice(-3)}${tag !== null ? `·${tag}` : ''}`;
    const full = `${owner === 'kernel' ? 'K' : `P${owner}`} ${page}`;
    return full.length <= chars ? full : page.length <= chars ? page : '';
  };
  return (
    <g transform={`translate(${p.x},${p.y})`} data-tlb-grid={p.title}>
      <text x={0} y={fs} font-size={fs} font-weight="700">
        {p.title}
      </text>
      {p.cells.slice(0, 16 * p.ways).map((c) => {
        const set = Math.floor(c.slot / p.ways);
        const way = c.slot % p.ways;
        const cx = gridLabelWidth(fs) + way * (p.cellWidth + 3);
        const cy = top + set * (h + 3);
        return (
          <g key={c.slot} data-slot={c.slot} data-owner={c.entry ? String(c.entry.owner) : 'empty'}>
            {way === 0 && (
              <text x={0} y={cy + h * 0.7} font-size={fs}>
                组{set}
              </text>
            )}
            <rect
              x={cx}
              y={cy}
              width={p.cellWidth}
              height={h}
              rx={3}
              fill={c.entry ? ownerColor(c.entry.owner) : 'none'}
              fill-opacity={c.entry ? 0.8 : 0}
              stroke="currentColor"
              stroke-opacity={0.35}
              class={c.mark === 'new' ? 'tlb-cell-new' : c.mark === 'hit' ? 'tlb-cell-hit' : undefined}
            />
            {c.entry && label(c.entry.owner, c.entry.vpn, c.entry.tag) && (
              <text x={cx + 3} y={cy + h * 0.7} font-size={fs} font-family="ui-monospace, monospace">
                {label(c.entry.owner, c.entry.vpn, c.entry.tag)}
              </text>
            )}
            {c.wiped && (
              <rect
                class="tlb-wipe"
                data-wiped="true"
                x={cx}
                y={cy}
                width={p.cellWidth}
                height={h}
                rx={3}
                fill={ownerColor(c.wiped.owner)}
                opacity={0.9}
              />
            )}
          </g>
        );
      })}
    </g>
  );
}

/**
 * <MemoryLayout />: the virtual memory layout of one or two Linux x86-64 processes, page by page,
 * as a thin view over view-model.ts (src/sim/address-space). The reader's buttons append events
 * to the timeline; the player steps through them; the URL (`ev`, `pie`, `aslr`, `seed`, `step`)
 * restores a run.
 */
import type { JSX } from 'preact';
import { useComputed, useSignal } from '@preact/signals';
import type { EventToken, TokenAction } from '../../../sim/address-space/index.ts';
import { FigureFrame, frameProps } from '../frame/FigureFrame.tsx';
import { useFigure } from '../frame/use-figure.ts';
import type { FrameProps } from '../frame/options.ts';
import { useWidth } from '../frame/use-width.ts';
import { MemoryControls } from './controls.tsx';
import { MemoryDetails, MemoryLegend } from './details.tsx';
import { MemoryDiagram } from './diagram.tsx';
import { memoryDefinition } from './definition.ts';
import type { MemoryOptions } from './options.ts';
import { controlProcesses, hoveredRegion, memoryNarration, memoryView, runMemory } from './view-model.ts';
import { MemoryStyles } from './styles.tsx';

/** Props of {@link MemoryLayout} as written in MDX: `events` is the token string (`m1000,f1000`). */
export type MemoryLayoutProps = Partial<Omit<MemoryOptions, 'events'>> & { events?: string } & FrameProps;

/** The island. */
export default function MemoryLayout(props: MemoryLayoutProps): JSX.Element {
  const fig = useFigure({ ...memoryDefinition, props });
  const [ref, width] = useWidth<HTMLDivElement>();
  const hovered = useSignal<string | null>(null);
  const run = useComputed(() => runMemory(fig.values.value));
  const view = useComputed(() => memoryView(run.value, fig.player.step.value));
  const narration = useComputed(() => memoryNarration(fig.values.value, run.value, fig.player.step.value));

  const act = (action: TokenAction, pid: number, tid?: number) => {
    const at = fig.player.step.peek();
    const token: EventToken = tid === undefined ? { action, pid } : { action, pid, tid };
    fig.set({ events: [...fig.values.peek().events.slice(0, at), token] });
    fig.player.seek(at + 1);
  };

  const o = fig.values.value;
  const v = view.value;
  return (
    <FigureFrame {...frameProps(fig)} narration={narration} minHeight="24rem">
      <MemoryStyles />
      <div class="memory-fig" ref={ref}>
        <div class="memory-fig__main">
          <MemoryDiagram
            state={v.state}
            processes={v.shown}
            tables={v.tables}
            hovered={hovered.value}
            onHover={(key) => (hovered.value = key)}
            width={width.value}
          />
        </div>
        <div class="memory-fig__side">
          <MemoryLegend />
          {/* On a slide the totals and the buttons fold behind 显示全部细节; the legend stays. */}
          <div data-slide-detail>
            <MemoryDetails region={hoveredRegion(v, hovered.value)} totals={v.sum} />
            <MemoryControls
              processes={controlProcesses(v)}
              canFork={v.state.processes.length < 2}
              pie={o.pie}
              aslr={o.aslr}
              onAct={act}
              onConfig={(c) => fig.set(c)}
            />
          </div>
        </div>
      </div>
    </FigureFrame>
  );
}

/** The same island as a named export. */
export { MemoryLayout };

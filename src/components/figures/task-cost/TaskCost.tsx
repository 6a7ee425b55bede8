/**
 * <TaskCost />: N tasks (1 to 10 million, log slider) run as processes, threads, stackful coroutines,
 * libco shared-stack coroutines and stackless async tasks: virtual memory reserved, resident memory and
 * creation time as log-scale bars and as numbers, plus the libco run recomputed. A thin view over
 * view-model.ts (src/sim/tasks): every number is the model's.
 */
import type { JSX } from 'preact';
import { useComputed } from '@preact/signals';
import { FigureFrame, frameProps } from '../frame/FigureFrame.tsx';
import { useFigure } from '../frame/use-figure.ts';
import type { FrameProps } from '../frame/options.ts';
import { useWidth } from '../frame/use-width.ts';
import { TaskBars } from './bars.tsx';
import { TaskControls } from './controls.tsx';
import { TaskStyles } from './styles.tsx';
import { TaskLibco, TaskTable } from './table.tsx';
import { taskCostDefinition } from './definition.ts';
import type { TaskCostOptions } from './options.ts';
import { barGroups, figureCosts, libcoAccount, summarizeCosts, taskScenario } from './view-model.ts';

/** Props of {@link TaskCost} as written in MDX (every option of options.ts, plus `title`). */
export type TaskCostProps = Partial<TaskCostOptions> & FrameProps;

/** The island. */
export default function TaskCost(props: TaskCostProps): JSX.Element {
  const fig = useFigure({ ...taskCostDefinition, props });
  const [ref, width] = useWidth<HTMLDivElement>();
  const scenario = useComputed(() => taskScenario(fig.values.value));
  const costs = useComputed(() => figureCosts(fig.values.value));
  const libco = useComputed(() => libcoAccount(fig.values.value));
  const narration = useComputed(() => summarizeCosts(costs.value));
  const o = fig.values.value;
  const sc = scenario.value;
  return (
    <FigureFrame {...frameProps(fig)} narration={narration} minHeight="30rem">
      <TaskStyles />
      <div class="task-fig" ref={ref}>
        <TaskControls
          n={o.n}
          stack={o.stack}
          onN={(n) => fig.set({ n })}
          onStack={(stack) => fig.set({ stack })}
        />
        <div class="task-fig__main">
          <TaskBars
            groups={barGroups(costs.value, sc.ramBytes)}
            label={narration.value}
            width={width.value}
          />
        </div>
        <div class="task-fig__side">
          <TaskTable costs={costs.value} />
          <TaskLibco
            libco={libco.value}
            sharedStackBytes={sc.libco.sharedStackBytes}
            ramBytes={sc.ramBytes}
          />
        </div>
      </div>
    </FigureFrame>
  );
}

export { TaskCost };

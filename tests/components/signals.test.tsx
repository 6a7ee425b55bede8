// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { useComputed, useSignal, useSignalEffect, type Signal } from '../../src/components/signals.ts';

afterEach(cleanup);

/** A counter whose label is a child component reading the owner's signals. */
function Label(props: { count: Signal<number>; doubled: { value: number } }) {
  return (
    <output>
      {props.count.value} × 2 = {props.doubled.value}
    </output>
  );
}

describe('islands signals', () => {
  test('writing a signal re-renders its owner and the components below it', () => {
    let count!: Signal<number>;
    function Counter() {
      count = useSignal(1);
      const doubled = useComputed(() => count.value * 2);
      return <Label count={count} doubled={doubled} />;
    }
    render(<Counter />);
    expect(screen.getByRole('status').textContent).toBe('1 × 2 = 2');
    act(() => {
      count.value = 4;
    });
    expect(screen.getByRole('status').textContent).toBe('4 × 2 = 8');
  });

  test('a computed value runs again only when a signal it read changed, and follows nested computed values', () => {
    const runs = { inner: 0, outer: 0 };
    let a!: Signal<number>;
    let unrelated!: Signal<string>;
    let outer!: { value: number; peek(): number };
    function Island() {
      a = useSignal(2);
      unrelated = useSignal('x');
      const inner = useComputed(() => (runs.inner++, a.value + 1));
      outer = useComputed(() => (runs.outer++, inner.value * 10));
      return <p>{outer.value}</p>;
    }
    render(<Island />);
    expect(outer.peek()).toBe(30);
    act(() => {
      unrelated.value = 'y';
    });
    expect(outer.value).toBe(30);
    expect(runs).toEqual({ inner: 1, outer: 1 });
    act(() => {
      a.value = 5;
    });
    expect(outer.value).toBe(60);
    expect(runs).toEqual({ inner: 2, outer: 2 });
  });

  test('writing the same value again renders nothing', () => {
    let renders = 0;
    let s!: Signal<number>;
    function Island() {
      renders++;
      s = useSignal(3);
      return <p>{s.value}</p>;
    }
    render(<Island />);
    act(() => {
      s.value = 3;
    });
    expect(renders).toBe(1);
  });

  test('an effect runs after the first render, again when a signal it read changed, and cleans up', () => {
    const log: string[] = [];
    let watched!: Signal<number>;
    let other!: Signal<number>;
    function Island() {
      watched = useSignal(0);
      other = useSignal(0);
      useSignalEffect(() => {
        const v = watched.value;
        log.push(`run ${v} (other ${other.peek()})`);
        return () => log.push(`cleanup ${v}`);
      });
      return <p>{other.value}</p>;
    }
    const { unmount } = render(<Island />);
    expect(log).toEqual(['run 0 (other 0)']);
    act(() => {
      other.value = 1;
    });
    expect(log).toEqual(['run 0 (other 0)']);
    act(() => {
      watched.value = 2;
    });
    expect(log).toEqual(['run 0 (other 0)', 'cleanup 0', 'run 2 (other 1)']);
    unmount();
    expect(log.at(-1)).toBe('cleanup 2');
  });
});

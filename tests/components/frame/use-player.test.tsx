// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, renderHook } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { BASE_INTERVAL_MS, clampStep, usePlayer } from '../../../src/components/figures/frame/use-player.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('clampStep', () => {
  test.each([
    [-3, 5, 0],
    [2, 5, 2],
    [9, 5, 5],
    [2.7, 5, 2],
    [Number.NaN, 5, 0],
    [3, -1, 0],
  ])('clampStep(%d, %d) = %d', (n, last, expected) => {
    expect(clampStep(n, last)).toBe(expected);
  });
});

describe('usePlayer', () => {
  test('stays within 0..steps when stepping past either end', () => {
    const { result } = renderHook(() => usePlayer(3));
    const player = result.current;
    act(() => player.back());
    expect(player.step.value).toBe(0);
    act(() => {
      for (let i = 0; i < 10; i++) player.forward();
    });
    expect(player.step.value).toBe(3);
    expect(player.last.value).toBe(3);
    act(() => player.seek(-5));
    expect(player.step.value).toBe(0);
    act(() => player.seek(99));
    expect(player.step.value).toBe(3);
    act(() => player.reset());
    expect(player.step.value).toBe(0);
  });

  test('starts at the initial step, clamped', () => {
    expect(renderHook(() => usePlayer(4, { initialStep: 2 })).result.current.step.value).toBe(2);
    expect(renderHook(() => usePlayer(4, { initialStep: 40 })).result.current.step.value).toBe(4);
  });

  test('plays on a timer and stops by itself at the end', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => usePlayer(3));
    const player = result.current;
    act(() => player.play());
    expect(player.playing.value).toBe(true);
    act(() => {
      vi.advanceTimersByTime(BASE_INTERVAL_MS);
    });
    expect(player.step.value).toBe(1);
    act(() => {
      vi.advanceTimersByTime(BASE_INTERVAL_MS * 5);
    });
    expect(player.step.value).toBe(3);
    expect(player.playing.value).toBe(false);
  });

  test('speed shortens the interval; play from the end starts again at 0', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => usePlayer(10, { initialStep: 10 }));
    const player = result.current;
    act(() => {
      player.speed.value = 2;
      player.play();
    });
    expect(player.step.value).toBe(0);
    act(() => {
      vi.advanceTimersByTime(BASE_INTERVAL_MS);
    });
    expect(player.step.value).toBe(2);
    act(() => player.toggle());
    expect(player.playing.value).toBe(false);
    act(() => {
      vi.advanceTimersByTime(BASE_INTERVAL_MS * 3);
    });
    expect(player.step.value).toBe(2);
  });

  test('follows a steps signal and clamps when it shrinks', () => {
    const steps = signal(8);
    const { result } = renderHook(() => usePlayer(steps, { initialStep: 6 }));
    expect(result.current.step.value).toBe(6);
    act(() => {
      steps.value = 4;
    });
    expect(result.current.last.value).toBe(4);
    expect(result.current.step.value).toBe(4);
  });

  test('nothing to play when there are no steps', () => {
    const { result } = renderHook(() => usePlayer(0));
    act(() => result.current.play());
    expect(result.current.playing.value).toBe(false);
  });

  test.each([
    [false, true],
    [true, false],
  ])('autoplay when reduced motion is %s: playing = %s', (reduce, expected) => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce') }));
    const { result } = renderHook(() => usePlayer(4, { autoplay: true }));
    expect(result.current.playing.value).toBe(expected);
  });
});

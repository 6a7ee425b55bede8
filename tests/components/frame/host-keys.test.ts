// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import {
  HOST_MESSAGE_TYPE,
  handKeyToHost,
  releaseKeyboard,
} from '../../../src/components/figures/frame/host-keys.ts';

/** A window inside a frame whose parent records what it is sent. */
function framed() {
  const parent = { postMessage: vi.fn(), focus: vi.fn() };
  const win = { parent, document } as unknown as Window;
  return { win, parent };
}

describe('handKeyToHost', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
  ])('%s goes to the host as %s, in our message and in reveal.js’s postMessage API', (key, direction) => {
    const { win, parent } = framed();
    expect(handKeyToHost('tlb-flush', key, win)).toBe(true);
    expect(parent.postMessage.mock.calls).toEqual([
      [{ type: HOST_MESSAGE_TYPE, event: 'key', figure: 'tlb-flush', key, direction }, '*'],
      [JSON.stringify({ method: direction }), '*'],
    ]);
  });

  test('other keys, and any key outside a frame, are not handed on', () => {
    const { win, parent } = framed();
    expect(handKeyToHost('tlb-flush', 'a', win)).toBe(false);
    expect(handKeyToHost('tlb-flush', 'Home', win)).toBe(false);
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(handKeyToHost('tlb-flush', 'ArrowRight', window)).toBe(false);
  });
});

describe('releaseKeyboard', () => {
  test('blurs the focused element inside the figure and focuses the host window', () => {
    const root = document.createElement('figure');
    const button = document.createElement('button');
    root.append(button);
    document.body.append(root);
    button.focus();
    const { win, parent } = framed();
    releaseKeyboard('tlb-flush', root, win);
    expect(document.activeElement).not.toBe(button);
    expect(parent.focus).toHaveBeenCalledOnce();
    expect(parent.postMessage).toHaveBeenCalledWith(
      { type: HOST_MESSAGE_TYPE, event: 'release', figure: 'tlb-flush' },
      '*',
    );
    root.remove();
  });
});

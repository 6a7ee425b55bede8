/**
 * The keyboard contract between a figure and the page around it (a slide deck that shows the
 * embed page in an <iframe>, or the book's own chapter):
 *
 * - Escape gives the keyboard back: the figure loses focus and, inside an iframe, focus moves to
 *   the host window, so the next arrow key reaches the deck.
 * - A step key the figure cannot use (→ or PageDown at the last step, ← or PageUp at step 0) is
 *   not consumed: on a chapter page the browser scrolls as usual; inside an iframe the key is
 *   handed to the host by `postMessage` (below), so a clicker moves on to the next slide.
 *
 * Messages to the host (`window.parent`), both sent, neither carrying anything but the key:
 * - `{ type: 'process-thread-figure', event: 'key', figure, key, direction }`: for any host page
 *   (`direction` is `'next'` or `'prev'`); and `{ …, event: 'release', figure }` on Escape.
 * - reveal.js's documented postMessage API, `JSON.stringify({ method: 'next' })` / `'prev'`, the
 *   methods its keyboard controller calls for PageDown/→ and PageUp/← in a linear deck; a deck
 *   has it on by default (`postMessage: true`). @see https://revealjs.com/postmessage/
 */

/** The `type` of every message a figure posts to its host. */
export const HOST_MESSAGE_TYPE = 'process-thread-figure';

/** Which way a step key points: on to the next slide or back to the previous one. */
export type HostDirection = 'next' | 'prev';

/** The step keys and their direction (a presenter's clicker sends PageDown/PageUp or arrows). */
export const STEP_KEYS: Readonly<Record<string, HostDirection>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
};

/** A message a figure posts to its host page. */
export type HostMessage =
  | { type: typeof HOST_MESSAGE_TYPE; event: 'key'; figure: string; key: string; direction: HostDirection }
  | { type: typeof HOST_MESSAGE_TYPE; event: 'release'; figure: string };

/** Whether this page is shown inside a frame of another page. */
export function inFrame(win: Window = window): boolean {
  return win.parent !== win;
}

/** Posts to the host window; the host may be on any origin, and the message holds only a key. */
function post(win: Window, message: unknown): void {
  win.parent.postMessage(message, '*');
}

/**
 * Hands a step key the figure did not use to the host: our own message and reveal.js's
 * `next`/`prev`. Does nothing outside a frame (the browser's default action runs there).
 */
export function handKeyToHost(figure: string, key: string, win: Window = window): boolean {
  const direction = STEP_KEYS[key];
  if (!direction || !inFrame(win)) return false;
  post(win, { type: HOST_MESSAGE_TYPE, event: 'key', figure, key, direction } satisfies HostMessage);
  post(win, JSON.stringify({ method: direction }));
  return true;
}

/**
 * Gives the keyboard back to the page around the figure: blurs whatever has focus inside
 * `root` and, in a frame, focuses the host window (which a cross-origin frame may do:
 * `focus()` is one of the few members of another origin's window it can call).
 */
export function releaseKeyboard(figure: string, root: Element | null, win: Window = window): void {
  const active = win.document.activeElement;
  if (active instanceof HTMLElement && (root === null || root.contains(active))) active.blur();
  if (!inFrame(win)) return;
  post(win, { type: HOST_MESSAGE_TYPE, event: 'release', figure } satisfies HostMessage);
  win.parent.focus();
}

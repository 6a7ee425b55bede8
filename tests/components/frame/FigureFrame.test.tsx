// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { useComputed } from '@preact/signals';
import { FigureFrame } from '../../../src/components/figures/frame/FigureFrame.tsx';
import { usePlayer } from '../../../src/components/figures/frame/use-player.ts';

/** A small figure over the frame, as an island would be: five steps, narration derived from the step. */
function Demo(props: {
  error?: string;
  initialStep?: number;
  seed?: number;
  onSeed?: (seed: number) => void;
}) {
  const player = usePlayer(5, { initialStep: props.initialStep ?? 0 });
  const narration = useComputed(() => `现在是第 ${player.step.value} 步`);
  return (
    <FigureFrame
      id="demo"
      title="演示图"
      narration={narration}
      error={props.error}
      player={player}
      seed={props.seed}
      onSeedChange={props.onSeed}
      params={() => ({
        ...(props.seed !== undefined ? { seed: String(props.seed) } : {}),
        step: String(player.step.peek()),
        mode: 'a b',
      })}
    >
      <svg viewBox="0 0 10 10" data-testid="svg">
        <rect width="10" height={player.step.value + 1} />
      </svg>
    </FigureFrame>
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const frame = () => document.querySelector<HTMLElement>('figure.figure-frame')!;
const narration = () => document.querySelector('[aria-live="polite"]')!.textContent;

describe('FigureFrame on the server', () => {
  test('renders the title, the figure, the narration and the controls without a DOM', () => {
    const html = renderToString(<Demo initialStep={2} seed={7} />);
    expect(html).toContain('演示图');
    expect(html).toContain('<svg');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('现在是第 2 步');
    expect(html).toContain('id="figure-demo"');
    expect(html).toMatch(/<button[^>]*aria-label="播放"/);
    expect(html).toContain('value="7"');
    expect(html).toContain('min-height:16rem');
  });

  test('shows the error inside the box instead of the figure', () => {
    const html = renderToString(<Demo error="网址参数无效：step 应为整数" />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('网址参数无效：step 应为整数');
    expect(html).not.toContain('<svg');
  });
});

describe('FigureFrame in the browser', () => {
  test('the error box replaces the figure and disables the player', () => {
    render(<Demo error="网址参数无效：seed: 应为整数" />);
    expect(screen.getByRole('alert').textContent).toContain('seed: 应为整数');
    expect(screen.queryByTestId('svg')).toBeNull();
    expect(screen.getByRole('button', { name: '前进一步' }).hasAttribute('disabled')).toBe(true);
  });

  test('buttons step forward, back and reset, and the narration follows', async () => {
    render(<Demo />);
    fireEvent.click(screen.getByRole('button', { name: '前进一步' }));
    fireEvent.click(screen.getByRole('button', { name: '前进一步' }));
    await waitFor(() => expect(narration()).toBe('现在是第 2 步'));
    fireEvent.click(screen.getByRole('button', { name: '后退一步' }));
    await waitFor(() => expect(narration()).toBe('现在是第 1 步'));
    fireEvent.click(screen.getByRole('button', { name: '重置' }));
    await waitFor(() => expect(narration()).toBe('现在是第 0 步'));
  });

  test('keyboard on the focused frame: arrows, page keys, Home, End and Space', async () => {
    render(<Demo />);
    const f = frame();
    f.focus();
    fireEvent.keyDown(f, { key: 'ArrowRight' });
    fireEvent.keyDown(f, { key: 'PageDown' });
    await waitFor(() => expect(narration()).toBe('现在是第 2 步'));
    fireEvent.keyDown(f, { key: 'PageUp' });
    await waitFor(() => expect(narration()).toBe('现在是第 1 步'));
    fireEvent.keyDown(f, { key: 'End' });
    await waitFor(() => expect(narration()).toBe('现在是第 5 步'));
    fireEvent.keyDown(f, { key: 'ArrowRight' });
    await waitFor(() => expect(narration()).toBe('现在是第 5 步'));
    fireEvent.keyDown(f, { key: 'Home' });
    await waitFor(() => expect(narration()).toBe('现在是第 0 步'));
    fireEvent.keyDown(f, { key: ' ' });
    await waitFor(() => expect(screen.getByRole('button', { name: '暂停' })).toBeTruthy());
    fireEvent.keyDown(f, { key: ' ' });
    await waitFor(() => expect(screen.getByRole('button', { name: '播放' })).toBeTruthy());
  });

  test('the keyboard contract: a step key it cannot use is left to the page, Escape gives focus back', async () => {
    render(<Demo />);
    const f = frame();
    f.focus();
    // fireEvent returns false when the handler called preventDefault (the figure took the key).
    expect(fireEvent.keyDown(f, { key: 'ArrowLeft' })).toBe(true);
    expect(fireEvent.keyDown(f, { key: 'PageUp' })).toBe(true);
    expect(fireEvent.keyDown(f, { key: 'Home' })).toBe(true);
    expect(fireEvent.keyDown(f, { key: 'ArrowRight' })).toBe(false);
    await waitFor(() => expect(narration()).toBe('现在是第 1 步'));
    expect(fireEvent.keyDown(f, { key: 'End' })).toBe(false);
    await waitFor(() => expect(narration()).toBe('现在是第 5 步'));
    expect(fireEvent.keyDown(f, { key: 'ArrowRight' })).toBe(true);
    expect(fireEvent.keyDown(f, { key: 'PageDown' })).toBe(true);
    expect(fireEvent.keyDown(f, { key: 'End' })).toBe(true);
    expect(fireEvent.keyDown(f, { key: 'ArrowLeft' })).toBe(false);
    await waitFor(() => expect(narration()).toBe('现在是第 4 步'));
    expect(document.activeElement).toBe(f);
    fireEvent.keyDown(f, { key: 'Escape' });
    expect(document.activeElement).not.toBe(f);
    expect(f.contains(document.activeElement)).toBe(false);
  });

  test('keys typed into the seed field do not step the figure; a valid seed is reported', async () => {
    const onSeed = vi.fn();
    render(<Demo seed={3} onSeed={onSeed} />);
    const input = screen.getByRole('spinbutton');
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    await Promise.resolve();
    expect(narration()).toBe('现在是第 0 步');
    fireEvent.change(input, { target: { value: '9' } });
    expect(onSeed).toHaveBeenCalledWith(9);
    fireEvent.change(input, { target: { value: '-2' } });
    expect(onSeed).toHaveBeenCalledTimes(1);
  });

  test('copies a share link and iframe code carrying the step, the seed and figure parameters', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<Demo seed={7} initialStep={3} />);
    fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const link = new URL(writeText.mock.calls[0]![0]);
    expect(link.searchParams.get('fig')).toBe('demo');
    expect(link.searchParams.get('step')).toBe('3');
    expect(link.searchParams.get('seed')).toBe('7');
    expect(link.searchParams.get('mode')).toBe('a b');
    expect(link.hash).toBe('#figure-demo');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已复制链接'));

    fireEvent.click(screen.getByRole('button', { name: '复制嵌入代码' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    const code = writeText.mock.calls[1]![0];
    expect(code).toMatch(/^<iframe src="[^"]*\/embed\/demo\/\?seed=7&amp;step=3&amp;mode=a\+b"/);
    expect(code).toContain('title="演示图"');
    expect(code).toContain('height="520"');
  });

  test('the iframe code is as tall as the figure is on the page', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<Demo />);
    frame().getBoundingClientRect = () => ({ height: 700.4 }) as DOMRect;
    fireEvent.click(screen.getByRole('button', { name: '复制嵌入代码' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]![0]).toContain('height="717"');
  });

  test('when the clipboard is refused the text is shown for manual copying', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error('no')) },
    });
    render(<Demo />);
    fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    const field = await screen.findByLabelText('待复制的文本');
    expect((field as HTMLInputElement).value).toContain('fig=demo');
  });
});

describe('FigureFrame full screen and download', () => {
  test('full screen asks for the frame element, and the label follows the state', async () => {
    render(<Demo />);
    const f = frame();
    let current: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => current });
    f.requestFullscreen = vi.fn(async () => {
      current = f;
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    fireEvent.click(screen.getByRole('button', { name: '全屏' }));
    expect(f.requestFullscreen).toHaveBeenCalledTimes(1);
    await screen.findByRole('button', { name: '退出全屏' });
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null });
  });

  test('download offers the figure SVG named after the figure and step', async () => {
    const clicks: string[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    render(<Demo initialStep={2} />);
    fireEvent.click(screen.getByRole('button', { name: 'SVG 矢量图' }));
    // The exporter is loaded on first use, so the download happens a moment after the click.
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已下载 SVG'));
    expect(clicks).toEqual(['demo-step-2.svg']);
    click.mockRestore();
  });
});

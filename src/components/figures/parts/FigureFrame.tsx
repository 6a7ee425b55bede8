/**
 * The frame every interactive figure sits in: title, figure body, narration, player controls,
 * sharing (link, iframe code), full screen and SVG download. Renders on the server; all browser
 * APIs are used in effects and event handlers only.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSignal, type ReadonlySignal } from '@preact/signals';
import type { Player } from './use-player.ts';
import { PlayerControls } from './player-controls.tsx';
import {
  buildIframeCode,
  buildShareUrl,
  figureAnchor,
  readFigureParams,
  siteBase,
  type FigureParams,
} from './url-state.ts';
import './figure-frame.css';
import { SEED_MAX } from '../../../sim/scenario.ts';

/** Props of {@link FigureFrame}; all plain values except the optional player's signals. */
export interface FigureFrameProps {
  /** The figure id from the registry, kebab-case (`tlb-flush`); also the embed URL's name. */
  id: string;
  /** The figure's Chinese title, shown above it and used as the iframe title. */
  title: string;
  /** What the current step shows, in Chinese; read out politely by screen readers. */
  narration: string | ReadonlySignal<string>;
  /** A readable message shown inside the figure box instead of the figure (bad URL, bad props). */
  error?: string | null | undefined;
  /** The step player from `usePlayer`; without it the play/step buttons are not shown. */
  player?: Player | undefined;
  /** The simulator seed, when the figure has one; shown as an editable field. */
  seed?: number | undefined;
  /** Called with the new seed when the reader edits it. */
  onSeedChange?: ((seed: number) => void) | undefined;
  /** The figure's current URL parameters (figure-specific keys); `seed` and `step` are added. */
  params?: (() => FigureParams) | undefined;
  /** CSS aspect ratio of the figure box (`'16 / 9'`), reserved before hydration. */
  aspectRatio?: string | undefined;
  /** CSS minimum height of the figure box, reserved before hydration. Default: `'16rem'`. */
  minHeight?: string | undefined;
  /** The figure body: an <svg> (the first one, or `svg[data-figure-main]`, is downloadable) and/or HTML. */
  children?: ComponentChildren;
}

/** The embed page's padding around the frame (EmbedLayout's `.embed` padding, both sides). */
const EMBED_PADDING_PX = 16;

/** A message after a copy: the text is shown for manual copying when the clipboard is refused. */
type CopyStatus = { message: string; text?: string } | null;

/** Whether a key press belongs to a form field rather than to the frame. */
function isFieldTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, select, textarea, [contenteditable="true"]') !== null;
}

/**
 * The page's URL parameters meant for `figureId`: `null` on the server and during hydration,
 * then read once from `location.search` (so the server HTML and the first client render agree).
 * Validate them with `parseFigureParams(schema, params)` and pass any error to the frame.
 */
export function useFigureParams(figureId: string): ReadonlySignal<FigureParams | null> {
  const params = useSignal<FigureParams | null>(null);
  useEffect(() => {
    params.value = readFigureParams(location.search, figureId);
  }, [figureId]);
  return params;
}

/** The figure frame; see {@link FigureFrameProps}. */
export function FigureFrame(props: FigureFrameProps): JSX.Element {
  const { id, title, narration, error, player, seed, onSeedChange } = props;
  const frameRef = useRef<HTMLElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<CopyStatus>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const broken = Boolean(error);

  useEffect(() => {
    setHydrated(true);
    const onChange = () => setFullscreen(document.fullscreenElement === frameRef.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const currentParams = (): FigureParams => ({
    ...(seed !== undefined ? { seed: String(seed) } : {}),
    ...(player ? { step: String(player.step.peek()) } : {}),
    ...(props.params?.() ?? {}),
  });

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ message: done });
    } catch {
      setStatus({ message: '浏览器不允许写入剪贴板，请手动复制：', text });
    }
  };
  const copyLink = () => copy(buildShareUrl(location.href, id, currentParams()), '已复制链接');
  const copyIframe = () => {
    // As tall as the figure is now, plus the embed page's padding, so nothing is cut off.
    const height = Math.ceil(frameRef.current?.getBoundingClientRect().height ?? 0) + EMBED_PADDING_PX;
    const options = { title, base: siteBase(), origin: location.origin };
    const code = buildIframeCode(
      id,
      currentParams(),
      height > EMBED_PADDING_PX ? { ...options, height } : options,
    );
    return copy(code, '已复制 <iframe> 代码');
  };
  const toggleFullscreen = () => {
    const frame = frameRef.current;
    if (!frame) return;
    if (document.fullscreenElement === frame) void document.exitFullscreen();
    else if (frame.requestFullscreen) void frame.requestFullscreen();
    else setStatus({ message: '此浏览器不支持全屏' });
  };
  const downloadSvg = () => {
    const stage = stageRef.current;
    const svg = stage?.querySelector<SVGSVGElement>('svg[data-figure-main]') ?? stage?.querySelector('svg');
    if (!svg || !frameRef.current) {
      setStatus({ message: '这张图没有可下载的 SVG' });
      return;
    }
    const background = getComputedStyle(frameRef.current).backgroundColor;
    const step = player ? `-step-${player.step.peek()}` : '';
    // Loaded on first use: most readers never download, so it stays out of every figure page's bundle.
    void import('./svg-export.ts').then(
      ({ downloadText, serializeSvg }) => {
        downloadText(serializeSvg(svg, background), `${id}${step}.svg`);
        setStatus({ message: '已下载 SVG' });
      },
      () => setStatus({ message: 'SVG 导出模块加载失败，请刷新页面后重试' }),
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!player || broken || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isFieldTarget(event.target)) return;
    const onButton = event.target instanceof Element && event.target.closest('button') !== null;
    const actions: Record<string, (() => void) | undefined> = {
      ' ': onButton ? undefined : player.toggle,
      ArrowRight: player.forward,
      PageDown: player.forward,
      ArrowLeft: player.back,
      PageUp: player.back,
      Home: player.reset,
      End: () => player.seek(player.last.peek()),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const titleId = `${figureAnchor(id)}-title`;
  return (
    <figure
      ref={frameRef}
      id={figureAnchor(id)}
      class="figure-frame not-content"
      data-figure={id}
      data-hydrated={hydrated ? 'true' : undefined}
      tabIndex={0}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <figcaption class="figure-frame__title" id={titleId}>
        {title}
      </figcaption>
      <div
        ref={stageRef}
        class="figure-frame__stage"
        style={{ aspectRatio: props.aspectRatio, minHeight: props.minHeight ?? '16rem' }}
      >
        {broken ? (
          <div class="figure-frame__error" role="alert">
            <strong>这张图无法显示</strong>
            <p>{error}</p>
          </div>
        ) : (
          props.children
        )}
      </div>
      <p class="figure-frame__narration" aria-live="polite">
        {broken ? '' : narration}
      </p>
      <div class="figure-frame__toolbar" role="toolbar" aria-label={`${title}：控制`}>
        {player && <PlayerControls player={player} disabled={broken} />}
        {seed !== undefined && (
          <label class="figure-frame__field">
            种子
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={SEED_MAX}
              step={1}
              value={seed}
              onChange={(e) => {
                const next = Number(e.currentTarget.value);
                // Seeds are 0…2^32 − 1 in every model; anything else is ignored, never reduced.
                if (Number.isInteger(next) && next >= 0 && next <= SEED_MAX) onSeedChange?.(next);
              }}
            />
          </label>
        )}
        <div class="figure-frame__group">
          <button type="button" onClick={copyLink}>
            复制链接
          </button>
          <button type="button" onClick={copyIframe}>
            复制嵌入代码
          </button>
          <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
            {fullscreen ? '退出全屏' : '全屏'}
          </button>
          <button type="button" onClick={downloadSvg} disabled={broken}>
            下载 SVG
          </button>
        </div>
      </div>
      <p class="figure-frame__status" role="status">
        {status?.message}
        {status?.text && (
          <input class="figure-frame__copy" readOnly value={status.text} aria-label="待复制的文本" />
        )}
      </p>
    </figure>
  );
}

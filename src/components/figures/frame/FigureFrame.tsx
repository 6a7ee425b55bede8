/**
 * The frame every interactive figure sits in: title, figure body, narration, player controls,
 * sharing (link, iframe code), full screen and downloads (the whole view as SVG or a PNG at least 1920 px wide, one offline HTML file).
 * Renders on the server; all browser APIs are used in effects and event handlers only.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadonlySignal } from '@preact/signals';
import type { Player } from './use-player.ts';
import { PlayerControls } from './player-controls.tsx';
import type { Figure } from './use-figure.ts';
import type { FigureOption } from './options.ts';
import { useFit } from './use-fit.ts';
import { useSteadyHeight } from './use-steady-height.ts';
import { handKeyToHost, inFrame, releaseKeyboard } from './host-keys.ts';
import { SlideFolded } from './slide-detail.ts';
import { buildIframeCode, buildShareUrl, figureAnchor, siteBase, type FigureParams } from './url-state.ts';
import './figure-frame.css';
import { SEED_MAX, isSeed } from '../../../sim/seed.ts';

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
  /** The figure's current URL parameters, all of them (share link, iframe code, offline file). */
  params?: (() => FigureParams) | undefined;
  /** CSS aspect ratio of the figure box (`'16 / 9'`), reserved before hydration. */
  aspectRatio?: string | undefined;
  /** CSS minimum height of the figure box, reserved before hydration. Default: `'16rem'`. */
  minHeight?: string | undefined;
  /** Only the drawing, for a gallery thumbnail: no ids, narration or toolbar. */
  thumbnail?: boolean | undefined;
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
 * The frame's props from a figure's {@link Figure} (useFigure): title, error, the player when
 * the figure has steps, the seed field when it has a seed, and the URL parameters.
 */
export function frameProps<S extends Record<string, FigureOption<unknown>>>(
  fig: Figure<S>,
): Omit<FigureFrameProps, 'narration'> {
  const values = fig.values.value as Record<string, unknown>;
  const seed = typeof values.seed === 'number' ? values.seed : undefined;
  return {
    id: fig.id,
    title: fig.title,
    error: fig.error.value,
    player: 'step' in values ? fig.player : undefined,
    seed,
    onSeedChange: seed === undefined ? undefined : (n) => fig.set({ seed: n } as never),
    params: fig.urlParams,
    thumbnail: fig.thumbnail,
  };
}

/** The figure frame; see {@link FigureFrameProps}. */
export function FigureFrame(props: FigureFrameProps): JSX.Element {
  const { id, title, narration, error, player, seed, onSeedChange } = props;
  const frameRef = useRef<HTMLElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const fitRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<CopyStatus>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  // Presenter mode's level of detail: parts marked `data-slide-detail` fold away on a slide, one
  // click (or `details=1`) brings them back. Null until hydration, or when the figure has none.
  const [details, setDetails] = useState<boolean | null>(null);
  const [withNarration, setWithNarration] = useState(true);
  const broken = Boolean(error);
  useFit(stageRef, fitRef);
  useSteadyHeight(frameRef, player?.playing);

  useEffect(() => {
    if (details !== null || !document.documentElement.hasAttribute('data-presenter')) return;
    if (stageRef.current?.querySelector('[data-slide-detail]'))
      setDetails(new URLSearchParams(location.search).get('details') === '1');
  });

  useEffect(() => {
    setHydrated(true);
    const onChange = () => setFullscreen(document.fullscreenElement === frameRef.current);
    document.addEventListener('fullscreenchange', onChange);
    // In an iframe, a key pressed outside the frame (the embed page's margin was clicked) is the
    // host's: step keys are handed on and Escape gives focus back, as inside the frame.
    const onPageKey = (event: KeyboardEvent) => {
      if (!inFrame() || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Node && frameRef.current?.contains(event.target)) return;
      if (event.key === 'Escape') releaseKeyboard(id, null);
      else if (handKeyToHost(id, event.key)) releaseKeyboard(id, null);
    };
    document.addEventListener('keydown', onPageKey);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.removeEventListener('keydown', onPageKey);
    };
  }, []);

  const currentParams = (): FigureParams => props.params?.() ?? {};

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
  const fileName = (ext: string) => `${id}${player ? `-step-${player.step.peek()}` : ''}.${ext}`;
  // The exporters load on first use: most readers never download, so they stay out of every page's bundle.
  const download = (kind: 'svg' | 'png' | 'html') => {
    const frame = frameRef.current;
    if (!frame) return;
    const background = getComputedStyle(frame).backgroundColor;
    void Promise.all([import('./export.ts'), import('./view-export.ts')])
      .then(
        async ([exporter, views]) => {
          if (kind === 'html') await exporter.downloadOffline(id, currentParams(), siteBase(), `${id}.html`);
          else {
            const view = views.serializeView(frame, { background, narration: withNarration });
            if (kind === 'svg') exporter.downloadSvg(view.markup, fileName('svg'));
            else await exporter.downloadPng(view, fileName('png'));
          }
          setStatus({
            message: { svg: '已下载 SVG', png: '已下载 PNG（至少 1920 像素宽）', html: '已下载离线网页' }[
              kind
            ],
          });
        },
        () => setStatus({ message: '导出模块加载失败，请刷新页面后重试' }),
      )
      .catch((e: unknown) =>
        setStatus({ message: `导出失败：${e instanceof Error ? e.message : String(e)}` }),
      );
  };

  // The keyboard contract with the host page (host-keys.ts): Escape gives the keyboard back, and
  // a step key the figure cannot use is left to the page (handed to the deck inside an iframe).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      releaseKeyboard(id, frameRef.current);
      return;
    }
    if (isFieldTarget(event.target)) return;
    const atStart = !player || broken || player.step.peek() <= 0;
    const atEnd = !player || broken || player.step.peek() >= player.last.peek();
    const onButton = event.target instanceof Element && event.target.closest('button') !== null;
    const actions: Record<string, (() => void) | undefined> = {
      ' ': onButton || !player || broken ? undefined : player.toggle,
      ArrowRight: atEnd ? undefined : player?.forward,
      PageDown: atEnd ? undefined : player?.forward,
      ArrowLeft: atStart ? undefined : player?.back,
      PageUp: atStart ? undefined : player?.back,
      Home: atStart ? undefined : player?.reset,
      End: atEnd ? undefined : () => player?.seek(player.last.peek()),
    };
    const action = actions[event.key];
    if (!action) {
      // Not consumed (no preventDefault); in an iframe the deck gets the key and the keyboard.
      if (handKeyToHost(id, event.key)) releaseKeyboard(id, frameRef.current);
      return;
    }
    event.preventDefault();
    action();
  };

  const titleId = `${figureAnchor(id)}-title`;
  if (props.thumbnail) {
    return (
      <div class="figure-thumb not-content" data-figure-thumb={id} inert aria-hidden="true">
        {broken ? <p>{error}</p> : props.children}
      </div>
    );
  }
  return (
    <figure
      ref={frameRef}
      id={figureAnchor(id)}
      class="figure-frame not-content"
      data-figure={id}
      data-hydrated={hydrated ? 'true' : undefined}
      data-details={details ? '' : undefined}
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
        <div ref={fitRef} class="figure-frame__fit">
          {broken ? (
            <div class="figure-frame__error" role="alert">
              <strong>这张图无法显示</strong>
              <p>{error}</p>
            </div>
          ) : (
            <SlideFolded.Provider value={details === false}>{props.children}</SlideFolded.Provider>
          )}
        </div>
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
                if (isSeed(next)) onSeedChange?.(next);
              }}
            />
          </label>
        )}
        <div class="figure-frame__group figure-frame__share">
          <button type="button" onClick={copyLink}>
            复制链接
          </button>
          <button type="button" onClick={copyIframe}>
            复制嵌入代码
          </button>
        </div>
        {details !== null && (
          <div class="figure-frame__group figure-frame__details">
            <button type="button" onClick={() => setDetails(!details)} aria-pressed={details}>
              {details ? '收起细节' : '显示全部细节'}
            </button>
          </div>
        )}
        <div class="figure-frame__group">
          <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
            {fullscreen ? '退出全屏' : '全屏'}
          </button>
        </div>
        <details class="figure-frame__menu figure-frame__downloads">
          <summary>下载</summary>
          <div class="figure-frame__menu-items">
            <label class="figure-frame__check">
              <input
                type="checkbox"
                checked={withNarration}
                onChange={(e) => setWithNarration(e.currentTarget.checked)}
              />
              图片含说明文字
            </label>
            <button type="button" onClick={() => download('svg')} disabled={broken}>
              SVG 矢量图
            </button>
            <button type="button" onClick={() => download('png')} disabled={broken}>
              PNG（1920 像素宽，放进幻灯片）
            </button>
            <button type="button" onClick={() => download('html')} disabled={broken}>
              离线网页（一个文件，无需网络）
            </button>
          </div>
        </details>
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

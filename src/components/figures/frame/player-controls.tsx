/** The frame's player buttons: reset, back, play/pause, forward, the step shown and the speed. */
import type { JSX } from 'preact';
import { PLAYER_SPEEDS, type Player } from './use-player.ts';

/** Props of {@link PlayerControls}. */
export interface PlayerControlsProps {
  /** The figure's player from `usePlayer`. */
  player: Player;
  /** Disables every control (the figure shows its error box). */
  disabled: boolean;
}

/** Real buttons with Chinese labels; the keyboard shortcuts live on the frame. */
export function PlayerControls({ player, disabled }: PlayerControlsProps): JSX.Element {
  const playing = player.playing.value;
  return (
    <div class="figure-frame__group">
      <button type="button" aria-label="重置" title="重置 (Home)" onClick={player.reset} disabled={disabled}>
        <span aria-hidden="true">⟲</span>
      </button>
      <button
        type="button"
        aria-label="后退一步"
        title="后退一步 (←)"
        onClick={player.back}
        disabled={disabled}
      >
        <span aria-hidden="true">◀</span>
      </button>
      <button
        type="button"
        class="figure-frame__play"
        aria-label={playing ? '暂停' : '播放'}
        title={playing ? '暂停 (空格)' : '播放 (空格)'}
        onClick={player.toggle}
        disabled={disabled}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <button
        type="button"
        aria-label="前进一步"
        title="前进一步 (→)"
        onClick={player.forward}
        disabled={disabled}
      >
        <span aria-hidden="true">▶❙</span>
      </button>
      <span class="figure-frame__step" data-step={player.step}>
        第 {player.step} / {player.last} 步
      </span>
      <label class="figure-frame__field">
        速度
        <select
          value={String(player.speed.value)}
          onChange={(e) => (player.speed.value = Number(e.currentTarget.value))}
          disabled={disabled}
        >
          {PLAYER_SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

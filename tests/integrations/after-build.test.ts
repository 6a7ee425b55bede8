import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { afterBuildDeferred } from '../../src/integrations/after-build.ts';

describe('the after-build steps', () => {
  test('run inside `astro build` unless BOOK_AFTER_BUILD=separate leaves them to scripts/after-build.ts', () => {
    expect(afterBuildDeferred({})).toBe(false);
    expect(afterBuildDeferred({ BOOK_AFTER_BUILD: '1' })).toBe(false);
    expect(afterBuildDeferred({ BOOK_AFTER_BUILD: 'separate' })).toBe(true);
  });
  test('scripts/after-build.ts on a folder with no built site fails, naming the folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'after-build-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/after-build.ts'], {
        env: { ...process.env, OUT_DIR: empty },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(empty);
      expect(run.stderr).toContain('astro build');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

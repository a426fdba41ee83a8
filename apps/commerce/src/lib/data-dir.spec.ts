import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir, resolveSeedOutputPath, resolveUploadDir } from './data-dir';

// A fake workspace: <root>/pnpm-workspace.yaml and Medusa's build folder below it.
function workspace(): { root: string; server: string } {
  const root = mkdtempSync(join(tmpdir(), 'commerce-data-dir-'));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  const server = join(root, 'apps', 'commerce', '.medusa', 'server');
  mkdirSync(server, { recursive: true });
  return { root, server };
}

describe(resolveUploadDir.name, () => {
  it('prefers NOTESHOP_UPLOAD_DIR', () => {
    expect(
      resolveUploadDir(
        { NOTESHOP_UPLOAD_DIR: '/srv/uploads', NOTESHOP_DATA_DIR: '/srv/data' },
        '/x',
      ),
    ).toBe('/srv/uploads');
  });

  it('falls back to <NOTESHOP_DATA_DIR>/uploads', () => {
    expect(resolveUploadDir({ NOTESHOP_DATA_DIR: '/srv/data' }, '/x')).toBe('/srv/data/uploads');
  });

  it('finds <repo>/.data/uploads from inside .medusa/server, so a rebuild never deletes uploads', () => {
    const { root, server } = workspace();

    expect(resolveUploadDir({}, server)).toBe(join(root, '.data', 'uploads'));
  });
});

describe(resolveDataDir.name, () => {
  it('resolves a relative NOTESHOP_DATA_DIR against the working directory', () => {
    expect(resolveDataDir({ NOTESHOP_DATA_DIR: 'data' }, '/srv')).toBe('/srv/data');
  });
});

describe(resolveSeedOutputPath.name, () => {
  it('prefers NOTESHOP_SEED_OUTPUT and otherwise writes commerce-seed.json in the data dir', () => {
    expect(resolveSeedOutputPath({ NOTESHOP_SEED_OUTPUT: '/tmp/seed.json' }, '/x')).toBe(
      '/tmp/seed.json',
    );
    expect(resolveSeedOutputPath({ NOTESHOP_DATA_DIR: '/srv/data' }, '/x')).toBe(
      '/srv/data/commerce-seed.json',
    );
  });
});

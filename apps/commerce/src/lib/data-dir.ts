import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Medusa runs from apps/commerce or apps/commerce/.medusa/server; both sit inside the workspace.
function findWorkspaceRoot(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `NOTESHOP_DATA_DIR`, else `<repo>/.data`. */
export function resolveDataDir(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string {
  const explicit = env['NOTESHOP_DATA_DIR']?.trim();
  if (explicit) return resolve(cwd, explicit);
  return join(findWorkspaceRoot(cwd) ?? cwd, '.data');
}

/**
 * Where uploaded files live: outside .medusa/server, so `medusa build` (which wipes that folder)
 * never deletes product images. `NOTESHOP_UPLOAD_DIR` wins, else `<data dir>/uploads`.
 */
export function resolveUploadDir(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string {
  const explicit = env['NOTESHOP_UPLOAD_DIR']?.trim();
  return explicit ? resolve(cwd, explicit) : join(resolveDataDir(env, cwd), 'uploads');
}

/** Where the seed writes its hand-over for the api: `NOTESHOP_SEED_OUTPUT`, else `<data dir>/commerce-seed.json`. */
export function resolveSeedOutputPath(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string {
  const explicit = env['NOTESHOP_SEED_OUTPUT']?.trim();
  return explicit ? resolve(cwd, explicit) : join(resolveDataDir(env, cwd), 'commerce-seed.json');
}

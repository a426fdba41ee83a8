import { existsSync } from 'node:fs';
import path from 'node:path';
import { DevstackError } from '../errors/devstack-error.js';

export interface CommercePaths {
  appDir: string;
  serverDir: string;
  medusa: string;
}

/** Where the commerce app, its build output and its medusa CLI are. */
export function commercePaths(repoRoot: string): CommercePaths {
  const appDir = path.join(repoRoot, 'apps', 'commerce');
  const medusa = path.join(appDir, 'node_modules', '.bin', 'medusa');
  if (!existsSync(medusa)) {
    throw new DevstackError(
      'devstack/config-invalid',
      `The medusa CLI is missing at ${medusa}. Run pnpm install first.`,
    );
  }
  return { appDir, serverDir: path.join(appDir, '.medusa', 'server'), medusa };
}

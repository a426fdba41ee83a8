import path from 'node:path';
import { readVariable } from './service-variables.js';

/** NOTESHOP_DATA_DIR (relative to where the command was typed) or `<repo>/.data`. */
export function resolveDataDir(env: NodeJS.ProcessEnv, repoRoot: string): string {
  const configured = readVariable(env, 'NOTESHOP_DATA_DIR');
  if (!configured) return path.join(repoRoot, '.data');
  // pnpm runs scripts in the package folder; INIT_CWD is where the user typed the command.
  return path.resolve(env.INIT_CWD ?? process.cwd(), configured);
}

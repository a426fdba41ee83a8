/**
 * How to run pnpm: through the pnpm that started us when there is one (npm_execpath), so the
 * same version builds the workspace even when pnpm is not on PATH; else `pnpm` from PATH.
 */
export function pnpmCommand(): { command: string; prefix: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm(\.c?js)?$/.test(execPath)) {
    return execPath.endsWith('js')
      ? { command: process.execPath, prefix: [execPath] }
      : { command: execPath, prefix: [] };
  }
  return { command: 'pnpm', prefix: [] };
}

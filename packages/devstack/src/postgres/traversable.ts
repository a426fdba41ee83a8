import { chmod, stat } from 'node:fs/promises';
import path from 'node:path';
import { DevstackError } from '../errors/devstack-error.js';
import { POSTGRES_OS_USER, type UserIds } from './postgres-user.js';

/**
 * PostgreSQL runs as another user, so every folder above its data must let that user through.
 * `ownDir` (the data dir, which we created) is opened up (o+x) when needed; any other blocking
 * folder is reported, because changing it is the user's call.
 */
export async function ensureTraversable(ownDir: string, user: UserIds | undefined): Promise<void> {
  for (let dir = ownDir; ; dir = path.dirname(dir)) {
    const info = await stat(dir);
    const passes =
      (info.mode & 0o001) !== 0 ||
      (user !== undefined && info.gid === user.gid && (info.mode & 0o010) !== 0) ||
      (user !== undefined && info.uid === user.uid && (info.mode & 0o100) !== 0);
    if (!passes) {
      if (dir !== ownDir) {
        throw new DevstackError(
          'devstack/config-invalid',
          `The embedded PostgreSQL runs as user "${POSTGRES_OS_USER}", which cannot enter ${dir}. ` +
            `Allow it (chmod o+x ${dir}) or set NOTESHOP_DATA_DIR to a folder it can reach.`,
        );
      }
      await chmod(dir, (info.mode & 0o7777) | 0o011);
    }
    if (path.dirname(dir) === dir) return;
  }
}

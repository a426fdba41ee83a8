import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Running as root, PostgreSQL must run as this user instead (it refuses root). */
export const POSTGRES_OS_USER = 'postgres';

export const isRoot = (): boolean => process.getuid?.() === 0;

export interface UserIds {
  uid: number;
  gid: number;
}

/** The uid and gid of the `postgres` account, or undefined when it does not exist. */
export async function postgresUserIds(): Promise<UserIds | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      run('id', ['-u', POSTGRES_OS_USER]),
      run('id', ['-g', POSTGRES_OS_USER]),
    ]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

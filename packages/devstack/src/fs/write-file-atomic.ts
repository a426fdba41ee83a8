import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';

/** Writes through a temp file and a rename, so a crash never leaves a half-written secret or stamp. */
export async function writeFileAtomic(file: string, content: string, mode = 0o644): Promise<void> {
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, content, { mode });
  await rename(temp, file);
}

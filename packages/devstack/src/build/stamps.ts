import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readJsonIfExists } from '../fs/read-json.js';
import { writeFileAtomic } from '../fs/write-file-atomic.js';

export type Stamp = Record<string, string>;

/** Small JSON records under `<dataDir>/stamps` that remember what was built, migrated and seeded. */
export class StampStore {
  constructor(readonly dir: string) {}

  async read(name: string): Promise<Stamp | undefined> {
    const value = await readJsonIfExists(this.file(name)).catch(() => undefined);
    if (typeof value !== 'object' || value === null) return undefined;
    const entries = Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return Object.fromEntries(entries);
  }

  async write(name: string, stamp: Stamp): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.file(name), `${JSON.stringify(stamp, null, 2)}\n`);
  }

  /** True when a stamp exists and every field of `expected` matches it. */
  async matches(name: string, expected: Stamp): Promise<boolean> {
    const stamp = await this.read(name);
    return (
      stamp !== undefined && Object.entries(expected).every(([key, value]) => stamp[key] === value)
    );
  }

  private file(name: string): string {
    return path.join(this.dir, `${name}.json`);
  }
}

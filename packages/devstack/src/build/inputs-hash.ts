import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

// Build outputs, installs and caches never count as inputs, and neither do tests.
const IGNORED_DIRECTORIES = new Set([
  'node_modules',
  'dist',
  '.medusa',
  'coverage',
  '.data',
  '.turbo',
  '__tests__',
]);
const TEST_FILE = /\.(spec|test)\.[cm]?[jt]sx?$/;

/**
 * A sha256 over the relative paths and contents of `inputs` (relative to `root`).
 * An input is a file, a folder (walked recursively) or a file pattern whose last segment has `*`.
 * A missing input counts as "missing", so its later appearance changes the hash.
 */
export async function hashInputs(root: string, inputs: readonly string[]): Promise<string> {
  const files = new Map<string, string>();
  for (const input of inputs) {
    const matches = input.includes('*')
      ? await expandPattern(root, input)
      : await expandPath(root, input);
    if (matches.length === 0) files.set(input, 'missing');
    for (const file of matches) files.set(file, '');
  }
  const hash = createHash('sha256');
  for (const file of [...files.keys()].sort()) {
    const marker = files.get(file);
    const contentHash =
      marker === 'missing' ? marker : sha256(await readFile(path.join(root, file)));
    hash.update(`${file}\0${contentHash}\n`);
  }
  return hash.digest('hex');
}

async function expandPath(root: string, relative: string): Promise<string[]> {
  const info = await stat(path.join(root, relative)).catch(() => undefined);
  if (!info) return [];
  return info.isDirectory() ? walk(root, relative) : [relative];
}

async function expandPattern(root: string, pattern: string): Promise<string[]> {
  const folder = path.posix.dirname(pattern);
  const matcher = globToRegExp(path.posix.basename(pattern));
  const names = await readdir(path.join(root, folder)).catch(() => []);
  const matches = names
    .filter((name) => matcher.test(name))
    .map((name) => path.posix.join(folder, name));
  const files = await Promise.all(matches.map((file) => expandPath(root, file)));
  return files.flat();
}

async function walk(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const child = path.posix.join(relative, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORED_DIRECTORIES.has(entry.name)) files.push(...(await walk(root, child)));
    } else if (entry.isFile() && !TEST_FILE.test(entry.name)) {
      files.push(child);
    }
  }
  return files;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

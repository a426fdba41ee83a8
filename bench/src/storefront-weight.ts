// Prints what a first visit to the storefront downloads: each built asset, raw and gzipped.
// Usage: pnpm --filter @noteshop/storefront build && pnpm --filter @noteshop/bench storefront-weight
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../apps/storefront/dist', import.meta.url).pathname;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const rows = listFiles(dist)
  .filter((path) => /\.(js|css|html)$/.test(path))
  .map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(dist, path), raw: bytes.length, gzip: gzipSync(bytes).length };
  });
for (const row of rows)
  console.log(
    `${row.file}: ${(row.raw / 1024).toFixed(1)} kB raw, ${(row.gzip / 1024).toFixed(1)} kB gzip`,
  );
const sum = (key: 'raw' | 'gzip'): string =>
  (rows.reduce((total, row) => total + row[key], 0) / 1024).toFixed(1);
console.log(`total: ${sum('raw')} kB raw, ${sum('gzip')} kB gzip`);

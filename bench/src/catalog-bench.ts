// Measures the product-card endpoints the home page calls, against a running platform.
// Usage: pnpm --filter @noteshop/bench catalog  (BENCH_URL defaults to http://localhost:3000)
import { runConcurrently, summarise } from './latency-stats.js';

const baseUrl = process.env.BENCH_URL ?? 'http://localhost:3000';
const total = Number(process.env.BENCH_REQUESTS ?? 500);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(new URL(path, baseUrl));
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

const firstPage = (await fetchJson('/api/products?limit=24')) as { items: { handle: string }[] };
const handles = firstPage.items.map((item) => item.handle);
if (handles.length === 0)
  throw new Error('The catalog is empty: start the platform with pnpm start first.');

for (const [name, pathFor] of [
  ['GET /api/products?limit=24', () => '/api/products?limit=24'],
  ['GET /api/products/:handle', (i: number) => `/api/products/${handles[i % handles.length]}`],
] as const) {
  const started = performance.now();
  const latencies = await runConcurrently(total, concurrency, async (i) => {
    await fetchJson(pathFor(i));
  });
  const seconds = (performance.now() - started) / 1000;
  const s = summarise(latencies);
  console.log(
    `${name}: ${s.count} requests, concurrency ${concurrency}, ${(s.count / seconds).toFixed(0)} req/s, ` +
      `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`,
  );
}

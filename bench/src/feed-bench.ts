// Our hydrated feed against commerce's product list, in one run, on the seeded platform.
// Usage: pnpm --filter @noteshop/bench feed
//   BENCH_URL (default http://localhost:3000), BENCH_COMMERCE_URL (default http://localhost:9000),
//   BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10).
import autocannon from 'autocannon';

const apiUrl = process.env.BENCH_URL ?? 'http://localhost:3000';
const commerceUrl = process.env.BENCH_COMMERCE_URL ?? 'http://localhost:9000';
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface StoreConfig {
  publishableKey: string;
  regions: { id: string }[];
}

async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { headers });
  if (!response.ok)
    throw new Error(`GET ${url} answered ${response.status}: start the platform with pnpm start`);
  return (await response.json()) as T;
}

const config = await getJson<StoreConfig>(`${apiUrl}/api/config`);
const regionId = config.regions[0]?.id;
if (!regionId) throw new Error('GET /api/config lists no region; is commerce seeded?');
const feedPath = '/api/feed?tab=discover&limit=20';
const feed = await getJson<{ items: unknown[] }>(`${apiUrl}${feedPath}`);
if (feed.items.length < 20)
  throw new Error(`The feed has ${feed.items.length} notes; the demo seed should give it 300+.`);

interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
}

const targets: Target[] = [
  { name: `api      GET ${feedPath}`, url: `${apiUrl}${feedPath}` },
  {
    name: 'commerce GET /store/products?limit=20 (calculated prices)',
    url: `${commerceUrl}/store/products?limit=20&region_id=${regionId}&fields=*variants.calculated_price`,
    headers: { 'x-publishable-api-key': config.publishableKey },
  },
];

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(target: Target): Promise<Figures> {
  const result = await autocannon({
    url: target.url,
    connections,
    duration,
    ...(target.headers ? { headers: target.headers } : {}),
  });
  return {
    name: target.name,
    // Only successful answers count as served.
    requestsPerSecond: (result.requests.total - result.non2xx) / duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

console.log(`${connections} connections, ${duration} s each, one after the other\n`);
const figures: Figures[] = [];
for (const target of targets) {
  const measured = await measure(target);
  figures.push(measured);
  console.log(
    `${measured.name}\n  ${measured.requestsPerSecond.toFixed(1)} req/s   p50 ${measured.p50} ms   ` +
      `p99 ${measured.p99} ms   errors ${measured.errors}   non-2xx ${measured.non2xx}`,
  );
}
const [ours, theirs] = figures;
if (ours && theirs) {
  const ratio = ours.requestsPerSecond / Math.max(theirs.requestsPerSecond, 0.001);
  const goalMet = ratio >= 20 && ours.p99 < 50;
  console.log(
    `\nratio: the feed serves ${ratio.toFixed(1)}× commerce's req/s; feed p99 ${ours.p99} ms ` +
      `(goal: ≥ 20× and p99 < 50 ms: ${goalMet ? 'met' : 'NOT met'})`,
  );
}

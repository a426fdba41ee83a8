import path from 'node:path';
import type { Stack } from '../platform/stack-types.js';
import { maskUrl } from '../postgres/database-url.js';

/** The lines `pnpm start` prints once everything is up: where to go and how to log in. */
export function platformBanner(stack: Stack, elapsedMs: number, embeddedPostgres: boolean): string {
  const apiUrl = localhostUrl(stack.api?.url ?? 'http://127.0.0.1:3000');
  const adminUrl = localhostUrl(stack.commerce?.url ?? 'http://127.0.0.1:9000');
  const postgres = embeddedPostgres
    ? `${new URL(stack.databaseUrls.server).host} (embedded, data in ${path.join(stack.dataDir, 'pg')})`
    : maskUrl(stack.databaseUrls.server);
  const rule = '─'.repeat(72);
  return [
    rule,
    `  NoteShop is running (ready in ${(elapsedMs / 1000).toFixed(1)} s)`,
    '',
    `  Storefront    ${apiUrl}`,
    `  API docs      ${apiUrl}/api/docs`,
    `  Admin         ${adminUrl}/app`,
    `                email     ${stack.commerce?.seed.adminEmail ?? 'admin@noteshop.local'}`,
    `                password  ${stack.secrets.adminPassword}`,
    `  Meilisearch   ${stack.meili.host} (master key in ${path.join(stack.dataDir, 'secrets.json')})`,
    `  PostgreSQL    ${postgres}`,
    `                databases ${new URL(stack.databaseUrls.commerce).pathname.slice(1)}, ${new URL(stack.databaseUrls.noteshop).pathname.slice(1)}`,
    '',
    '  Press Ctrl-C to stop everything.',
    rule,
  ].join('\n');
}

// Services listen on loopback or all addresses; people type "localhost".
function localhostUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hostname = 'localhost';
  return parsed.toString().replace(/\/$/, '');
}

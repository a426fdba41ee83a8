/** What the global setup hands every suite: where the shared services are. */
export interface TestStack {
  /** Server-level PostgreSQL URL, for createFreshDatabase. */
  serverUrl: string;
  /** The api environment devstack computed (its DATABASE_URL is replaced per suite). */
  apiEnv: Record<string, string>;
  commerceUrl: string;
  /** Where commerce's subscribers deliver events; free for a suite to `listen` on. */
  apiPort: number;
  seed: {
    publishableKey: string;
    secretApiKey: string;
    regions: { id: string; name: string; currencyCode: string; countries: string[] }[];
  };
}

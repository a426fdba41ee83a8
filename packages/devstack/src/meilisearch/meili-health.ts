import { httpGet } from '../net/http-probe.js';

/** True when `GET <host>/health` says `available`; undefined otherwise, for waitUntilReady. */
export async function isMeiliAvailable(host: string): Promise<true | undefined> {
  const { status, body } = await httpGet(`${host}/health`);
  if (status !== 200) return undefined;
  return (JSON.parse(body) as { status?: unknown }).status === 'available' ? true : undefined;
}

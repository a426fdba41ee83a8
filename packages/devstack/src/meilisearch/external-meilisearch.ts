import { DevstackError } from '../errors/devstack-error.js';
import { httpGet, networkErrorCode } from '../net/http-probe.js';

/**
 * Checks the Meilisearch named by MEILI_HOST answers and accepts MEILI_MASTER_KEY, within seconds.
 * @returns the host without a trailing slash.
 */
export async function checkExternalMeilisearch(
  rawHost: string,
  masterKey: string | undefined,
): Promise<string> {
  if (!masterKey) {
    throw new DevstackError(
      'devstack/config-invalid',
      'MEILI_HOST is set but MEILI_MASTER_KEY is not. Set both, or unset MEILI_HOST to use the bundled Meilisearch.',
    );
  }
  let host: string;
  try {
    host = new URL(rawHost).toString().replace(/\/+$/, '');
  } catch {
    throw new DevstackError(
      'devstack/config-invalid',
      `MEILI_HOST=${rawHost} is not a URL. Expected e.g. http://127.0.0.1:7700.`,
    );
  }
  let status: number;
  try {
    ({ status } = await httpGet(
      `${host}/version`,
      { Authorization: `Bearer ${masterKey}` },
      5_000,
    ));
  } catch (error) {
    throw new DevstackError(
      'devstack/meilisearch-unavailable',
      `Cannot reach Meilisearch at MEILI_HOST=${host} (${networkErrorCode(error)}). Check the server is running, or unset MEILI_HOST to use the bundled Meilisearch.`,
    );
  }
  if (status === 401 || status === 403) {
    throw new DevstackError(
      'devstack/meilisearch-unavailable',
      `Meilisearch at MEILI_HOST=${host} refused MEILI_MASTER_KEY (HTTP ${status}). Check the key.`,
    );
  }
  if (status !== 200) {
    throw new DevstackError(
      'devstack/meilisearch-unavailable',
      `Meilisearch at MEILI_HOST=${host} answered HTTP ${status} to GET /version. Is it Meilisearch?`,
    );
  }
  return host;
}

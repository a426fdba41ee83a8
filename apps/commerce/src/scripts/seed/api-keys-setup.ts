import {
  createApiKeysWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  revokeApiKeysWorkflow,
} from '@medusajs/medusa/core-flows';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { STOREFRONT_SALES_CHANNEL, type SeedContext } from './seed-context';

const SECRET_KEY_TITLE = 'NoteShop api (server to server)';

/** The storefront's publishable key, linked to the storefront sales channel. Returns its token. */
export async function ensurePublishableKey(
  { container, logger }: SeedContext,
  salesChannelId: string,
): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY);
  const candidates = await apiKeys.listApiKeys({
    title: STOREFRONT_SALES_CHANNEL,
    type: 'publishable',
  });
  let key = candidates.find((candidate) => !candidate.revoked_at);
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [{ title: STOREFRONT_SALES_CHANNEL, type: 'publishable', created_by: '' }],
      },
    });
    key = result[0];
    if (!key) throw new Error('seed: the publishable key was not created');
    logger.info('seed: created the publishable API key');
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'api_key',
    fields: ['id', 'sales_channels.id'],
    filters: { id: key.id },
  });
  // Query's result type is generated into .medusa/types only by `medusa develop`; name the field we read.
  const [row] = data as unknown as { sales_channels?: ({ id: string } | null)[] | null }[];
  const linked = (row?.sales_channels ?? []).some((channel) => channel?.id === salesChannelId);
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    });
    logger.info('seed: linked the publishable key to the storefront sales channel');
  }
  return key.token;
}

/**
 * The secret key the api uses for admin reads. Medusa shows a secret token only when it creates it,
 * so the token from the previous hand-over is kept while it still authenticates here; otherwise a
 * new key is made and the seed's older, now unknown keys are revoked.
 */
export async function ensureSecretKey(
  { container, logger }: SeedContext,
  previousToken: string | undefined,
  adminUserId: string,
): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY);
  if (previousToken?.startsWith('sk_')) {
    const current = await apiKeys.authenticate(previousToken);
    if (current) return previousToken;
  }

  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: SECRET_KEY_TITLE, type: 'secret', created_by: adminUserId }] },
  });
  const created = result[0];
  if (!created) throw new Error('seed: the secret API key was not created');
  logger.info('seed: created a secret API key for the api');

  const stale = (await apiKeys.listApiKeys({ title: SECRET_KEY_TITLE, type: 'secret' })).filter(
    (key) => key.id !== created.id && !key.revoked_at,
  );
  if (stale.length > 0) {
    await revokeApiKeysWorkflow(container).run({
      input: { selector: { id: stale.map((key) => key.id) }, revoke: { revoked_by: adminUserId } },
    });
    logger.info(`seed: revoked ${stale.length} secret key(s) whose token was lost`);
  }
  return created.token;
}

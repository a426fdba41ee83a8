import { createUserAccountWorkflow, setAuthAppMetadataWorkflow } from '@medusajs/medusa/core-flows';
import { Modules } from '@medusajs/framework/utils';
import type { SeedContext } from './seed-context';

export interface AdminCredentials {
  email: string;
  password: string;
}

const PROVIDER = 'emailpass';

/**
 * The admin user with an emailpass identity. If it already exists, its password is reset to the
 * configured one, so the credentials `pnpm start` prints always log in. Returns the user id.
 */
export async function ensureAdminUser(
  { container, logger }: SeedContext,
  credentials: AdminCredentials,
): Promise<string> {
  const auth = container.resolve(Modules.AUTH);
  const users = container.resolve(Modules.USER);

  const body = { email: credentials.email, password: credentials.password };
  const [identity] = await auth.listAuthIdentities({
    provider_identities: { provider: PROVIDER, entity_id: credentials.email },
  });
  let authIdentityId: string;
  if (identity) {
    authIdentityId = identity.id;
    const login = await auth.authenticate(PROVIDER, { body });
    if (!login.success) {
      const updated = await auth.updateProvider(PROVIDER, {
        entity_id: credentials.email,
        password: credentials.password,
      });
      if (!updated.success)
        throw new Error(
          `seed: could not reset the admin password: ${updated.error ?? 'unknown error'}`,
        );
      logger.info(`seed: reset the password of ${credentials.email} to NOTESHOP_ADMIN_PASSWORD`);
    }
  } else {
    const registered = await auth.register(PROVIDER, { body });
    if (!registered.success || !registered.authIdentity) {
      throw new Error(
        `seed: could not register ${credentials.email}: ${registered.error ?? 'unknown error'}`,
      );
    }
    authIdentityId = registered.authIdentity.id;
  }

  const [existingUser] = await users.listUsers({ email: credentials.email });
  if (!existingUser) {
    const { result } = await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId,
        userData: { email: credentials.email, first_name: 'NoteShop', last_name: 'Admin' },
      },
    });
    logger.info(`seed: created admin user ${credentials.email}`);
    return result.id;
  }

  const linked = await auth.retrieveAuthIdentity(authIdentityId);
  if (linked.app_metadata?.['user_id'] !== existingUser.id) {
    await setAuthAppMetadataWorkflow(container).run({
      input: { authIdentityId, actorType: 'user', value: existingUser.id },
    });
    logger.info(`seed: linked ${credentials.email} to its login`);
  }
  return existingUser.id;
}

/** Why devstack refused or failed; the CLI prints `message` alone, so it must say what to do. */
export type DevstackErrorCode =
  | 'devstack/config-invalid'
  | 'devstack/port-in-use'
  | 'devstack/database-unreachable'
  | 'devstack/database-refused'
  | 'devstack/meilisearch-unavailable'
  | 'devstack/redis-unreachable'
  | 'devstack/binary-checksum'
  | 'devstack/service-failed'
  | 'devstack/command-failed'
  | 'devstack/interrupted';

/** A failure with a message written for the person running `pnpm start`; never shown with a stack. */
export class DevstackError extends Error {
  override readonly name = 'DevstackError';

  constructor(
    readonly code: DevstackErrorCode,
    message: string,
  ) {
    super(message);
  }
}

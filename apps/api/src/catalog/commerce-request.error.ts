/** Commerce did not answer, or answered something the api cannot use. Never shown to clients. */
export class CommerceRequestError extends Error {
  constructor(
    readonly path: string,
    reason: string,
    readonly status?: number,
  ) {
    super(`commerce ${path}: ${reason}`);
    this.name = 'CommerceRequestError';
  }
}

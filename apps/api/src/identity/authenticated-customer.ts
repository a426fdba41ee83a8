/** Who is calling, as proven by a Medusa-issued customer JWT. */
export interface AuthenticatedCustomer {
  /** Medusa customer id (`cus_…`). */
  customerId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by CustomerGuard: the caller, or null on an optional-auth route called anonymously. */
    customer?: AuthenticatedCustomer | null;
  }
}

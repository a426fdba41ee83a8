import { Global, Module } from '@nestjs/common';
import { CustomerGuard } from './customer.guard';
import { CustomerTokenVerifier } from './customer-token.verifier';

/** Customer authentication for every domain: import nothing, use @Authenticated()/@CurrentCustomer(). */
@Global()
@Module({
  providers: [CustomerTokenVerifier, CustomerGuard],
  exports: [CustomerTokenVerifier, CustomerGuard],
})
export class IdentityModule {}

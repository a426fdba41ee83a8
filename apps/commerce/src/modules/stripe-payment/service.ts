import StripeProviderService from '@medusajs/payment-stripe/dist/services/stripe-provider';
import type { StripeOptions } from '@medusajs/payment-stripe/dist/types';
import Stripe from 'stripe';
import { parseStripeApiBase } from './stripe-api-base';

export type NoteShopStripeOptions = StripeOptions & {
  /** Origin of a Stripe-compatible API; tests only. Unset means api.stripe.com. */
  apiBase?: string | undefined;
};

/**
 * Medusa's Stripe provider with one change: when `apiBase` is set, its client talks to that origin.
 * The identifier stays `stripe`, so the provider id is `pp_stripe_stripe` either way.
 */
class NoteShopStripeProviderService extends StripeProviderService {
  static override identifier = 'stripe';

  constructor(cradle: Record<string, unknown>, options: NoteShopStripeOptions) {
    super(cradle, options);
    if (options.apiBase) {
      this.stripe_ = new Stripe(options.apiKey, parseStripeApiBase(options.apiBase));
    }
  }
}

export default NoteShopStripeProviderService;

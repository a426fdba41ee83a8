import { ModuleProvider, Modules } from '@medusajs/framework/utils';
import NoteShopStripeProviderService from './service';

export default ModuleProvider(Modules.PAYMENT, {
  services: [NoteShopStripeProviderService],
});

import { type DynamicModule, Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ConfigModule } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { DatabaseModule } from '../database/database.module';
import { IdentityModule } from '../identity/identity.module';
import { ImageEncoder } from '../media/image-encoder';
import { MediaModule } from '../media/media.module';
import { MediaService } from '../media/media.service';
import { DemoAccountsRepository } from './demo-accounts.repository';
import { DemoSeederService } from './demo-seeder.service';
import { DemoRepository } from './demo.repository';

/** Only what the demo seed needs; booted as a standalone context by `seed-demo`, not by the api. */
@Module({})
export class DemoModule {
  static forRoot(env: ApiEnv): DynamicModule {
    return {
      module: DemoModule,
      // Identity only because MediaModule's controller declares its guard.
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule,
        IdentityModule,
        MediaModule,
        CatalogModule,
      ],
      // The upload pipeline itself, so demo images are stored exactly like uploads.
      providers: [
        DemoSeederService,
        DemoRepository,
        DemoAccountsRepository,
        MediaService,
        ImageEncoder,
      ],
    };
  }
}

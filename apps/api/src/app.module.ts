import { type ArgumentMetadata, type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { createZodValidationPipe, ZodSerializerInterceptor } from 'nestjs-zod';
import { z } from 'zod';
import { CatalogModule } from './catalog/catalog.module';
import { CommerceEventsModule } from './commerce-events/commerce-events.module';
import { ConfigModule } from './config/config.module';
import { CreatorsModule } from './creators/creators.module';
import type { ApiEnv } from './config/env';
import { DatabaseModule } from './database/database.module';
import { EngagementModule } from './engagement/engagement.module';
import { FeedModule } from './feed/feed.module';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { RequestValidationError } from './errors/request-validation.error';
import { HealthModule } from './health/health.module';
import { IdentityModule } from './identity/identity.module';
import { MediaModule } from './media/media.module';
import { NotesModule } from './notes/notes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SearchModule } from './search/search.module';
import { StoreConfigModule } from './store-config/store-config.module';

// Every @Body/@Query/@Param must be a zod DTO (strict), and failures speak our error shape.
const ZodValidationPipe = createZodValidationPipe({
  createValidationException: (error) =>
    // zod's classes recognise their instances across module copies (ESM contracts, CJS api).
    error instanceof z.core.$ZodError
      ? new RequestValidationError(error)
      : new Error(String(error)),
  strictSchemaDeclaration: true,
});

// Nest also runs global pipes on custom parameter decorators (@CurrentCustomer, @Viewer); those
// values come from our guard, not from the client, so they are not validated.
class ValidationPipe extends ZodValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'custom' ? value : super.transform(value, metadata);
  }
}

@Module({})
export class AppModule {
  static forRoot(env: ApiEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule,
        IdentityModule,
        MediaModule,
        CreatorsModule,
        NotificationsModule,
        NotesModule,
        CatalogModule,
        HealthModule,
        StoreConfigModule,
        FeedModule,
        EngagementModule,
        CommerceEventsModule,
        SearchModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}

import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { ApiEnv } from './env';

/** Injection token of the validated {@link ApiEnv}. */
export const API_ENV = Symbol('API_ENV');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: ApiEnv): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: API_ENV, useValue: env }],
      exports: [API_ENV],
    };
  }
}

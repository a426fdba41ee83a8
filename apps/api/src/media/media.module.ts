import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { ImageEncoder } from './image-encoder';
import { LocalDiskMediaStorage } from './local-disk-media.storage';
import { MediaController } from './media.controller';
import { MediaRepository } from './media.repository';
import { MediaService } from './media.service';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage';
import { S3MediaStorage, s3SettingsOf } from './s3-media.storage';

/** Uploads and stored images. Other domains import it for {@link MediaRepository}. */
@Module({
  controllers: [MediaController],
  providers: [
    MediaService,
    MediaRepository,
    ImageEncoder,
    {
      provide: MEDIA_STORAGE,
      inject: [API_ENV],
      // S3_* set (all of them; the env schema refuses a partial set) → the bucket; else MEDIA_DIR.
      useFactory: (env: ApiEnv): MediaStorage => {
        const s3 = s3SettingsOf(env);
        return s3 ? new S3MediaStorage(s3) : new LocalDiskMediaStorage(env.MEDIA_DIR);
      },
    },
  ],
  exports: [MediaRepository, MEDIA_STORAGE],
})
export class MediaModule implements OnApplicationShutdown {
  constructor(@Inject(MEDIA_STORAGE) private readonly storage: MediaStorage) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3MediaStorage) this.storage.destroy();
  }
}

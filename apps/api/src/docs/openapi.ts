import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';

const DESCRIPTION = [
  'The social side of NoteShop and its product-card cache.',
  '',
  'Errors are always `{ "error": { "code": "<domain>/<reason>", "message": "…", "details": … } }`.',
  'Money is an integer amount of minor units plus a lower-case currency code (`usd`, `cny`).',
  '',
  "The same origin also proxies Medusa's `/store`, `/auth` and `/hooks` routes (documented by Medusa)",
  'and serves the storefront at `/`.',
].join('\n');

/** Swagger UI at `/api/docs`, the document itself at `/api/docs/json`. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('NoteShop api')
    .setDescription(DESCRIPTION)
    .setVersion('0.1.0')
    .build();
  const document = cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs/json',
    raw: ['json'],
  });
}

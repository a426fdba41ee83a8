import { createZodDto } from 'nestjs-zod';
import type { z } from 'zod';

/**
 * `createZodDto` for a contract schema. zod >= 4.5 emits a schema whose root carries
 * `.meta({ id })` as a `$ref` to itself, which nestjs-zod 5.5's cleanupOpenApiDoc rejects
 * ("Found multiple schemas with name …", nestjs-zod issue #475). An empty `extend` is the same
 * object schema without the root id; nested ids still become shared components.
 */
export function contractDto<Schema extends z.ZodObject>(schema: Schema) {
  // Extending with nothing changes neither the input nor the output type.
  return createZodDto(schema.extend({}) as unknown as Schema);
}

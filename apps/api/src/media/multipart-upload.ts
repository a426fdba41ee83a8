import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { MediaError } from './media.error';

/** The multipart field that carries the image. */
export const UPLOAD_FIELD = 'file';

const errorCode = (error: unknown) =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';

// @fastify/multipart's limit errors (file size, parts, files) all carry 413.
const isLimitError = (error: unknown) =>
  error instanceof Error &&
  'statusCode' in error &&
  error.statusCode === 413 &&
  errorCode(error).startsWith('FST_');

/**
 * Reads the one image of a multipart request into memory, never more than `maxBytes` of it:
 * the multipart parser stops buffering at the cap and we answer 413 instead of reading on.
 */
export async function readUploadedFile(request: FastifyRequest, maxBytes: number): Promise<Buffer> {
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 11 } });
  } catch (error) {
    if (isLimitError(error)) throw MediaError.tooLarge(maxBytes);
    if (errorCode(error) === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw MediaError.missingFile('The request is not multipart/form-data');
    throw MediaError.missingFile('The multipart body could not be read');
  }
  if (!part) throw MediaError.missingFile('The request carries no file');
  if (part.fieldname !== UPLOAD_FIELD) {
    part.file.resume(); // drain it, so the request completes
    throw MediaError.missingFile(`The file came in a field named "${part.fieldname}"`);
  }
  try {
    return await part.toBuffer();
  } catch (error) {
    if (isLimitError(error)) throw MediaError.tooLarge(maxBytes);
    throw MediaError.missingFile('The file could not be read to its end');
  }
}

/**
 * Lets routes read multipart bodies (`request.file()`), as streams: nothing is parsed until a
 * route asks, and each route passes its own limits. Registered on the root instance, before init.
 */
export async function registerMultipart(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyMultipart, { limits: { files: 1 } });
}

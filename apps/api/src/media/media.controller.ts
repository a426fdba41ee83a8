import { Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import { Authenticated, CurrentCustomer } from '../identity/auth.decorators';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { ImageDto } from './media.dto';
import { MAX_UPLOAD_BYTES, MediaService } from './media.service';
import { readUploadedFile, UPLOAD_FIELD } from './multipart-upload';

@ApiTags('media')
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post()
  @Authenticated()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Upload an image',
    description:
      'One JPEG, PNG, WebP or AVIF image (recognised by its bytes, not its name), at most 15 MB. ' +
      'It is re-encoded to WebP at up to three widths (320, 640, 1080; never upscaled), upright ' +
      'and without EXIF/GPS metadata. Reference the returned `id` from a note.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [UPLOAD_FIELD],
      properties: { [UPLOAD_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: ImageDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`media/missing-file`: not multipart, or no part named `file`',
  })
  @ApiPayloadTooLargeResponse({
    type: ApiErrorDto.Output,
    description: '`media/too-large`: over 15 MB, or over 100 megapixels',
  })
  @ApiUnsupportedMediaTypeResponse({
    type: ApiErrorDto.Output,
    description: '`media/unsupported-type`: not JPEG/PNG/WebP/AVIF, or corrupt',
  })
  async upload(@CurrentCustomer() customer: AuthenticatedCustomer, @Req() request: FastifyRequest) {
    const bytes = await readUploadedFile(request, MAX_UPLOAD_BYTES);
    return this.media.upload(customer.customerId, bytes);
  }
}

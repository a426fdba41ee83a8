import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import { StoreConfigDto } from './store-config.dto';
import { StoreConfigService } from './store-config.service';

@ApiTags('store-config')
@Controller('config')
export class StoreConfigController {
  constructor(private readonly storeConfig: StoreConfigService) {}

  @Get()
  @ApiOperation({
    summary: 'Public settings the storefront needs at boot',
    description:
      'The Medusa publishable key, the regions with their currencies, and the Stripe publishable key if any.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: StoreConfigDto })
  @ApiServiceUnavailableResponse({
    type: ApiErrorDto.Output,
    description: '`store-config/commerce-unavailable`',
  })
  get() {
    return this.storeConfig.getConfig();
  }
}

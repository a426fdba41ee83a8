import { Controller, Get, HttpStatus, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import {
  ProductCardDto,
  ProductCardPageDto,
  ProductHandleParamDto,
  ProductListQueryDto,
} from './catalog.dto';
import { CatalogService } from './catalog.service';

@ApiTags('catalog')
@Controller('products')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @ApiOperation({
    summary: 'List product cards, newest first',
    description:
      "Reads the api's product-card cache. Pass `nextCursor` back as `cursor` for the next page.",
  })
  @ZodResponse({ status: HttpStatus.OK, type: ProductCardPageDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `catalog/invalid-cursor`',
  })
  list(@Query() query: ProductListQueryDto) {
    return this.catalog.listProducts(query);
  }

  @Get(':handle')
  @ApiOperation({ summary: 'One product card by its handle' })
  @ZodResponse({ status: HttpStatus.OK, type: ProductCardDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed`: not a handle',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`catalog/product-not-found`' })
  get(@Param() params: ProductHandleParamDto) {
    return this.catalog.getProduct(params.handle);
  }
}

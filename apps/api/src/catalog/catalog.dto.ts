import {
  ProductCard,
  ProductCardPage,
  ProductHandleParam,
  ProductListQuery,
} from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class ProductListQueryDto extends contractDto(ProductListQuery) {}
export class ProductHandleParamDto extends contractDto(ProductHandleParam) {}
export class ProductCardPageDto extends contractDto(ProductCardPage) {}
export class ProductCardDto extends contractDto(ProductCard) {}

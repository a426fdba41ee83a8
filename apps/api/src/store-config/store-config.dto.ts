import { StoreConfig } from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class StoreConfigDto extends contractDto(StoreConfig) {}

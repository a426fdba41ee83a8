import { SearchStatus } from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class SearchStatusDto extends contractDto(SearchStatus) {}

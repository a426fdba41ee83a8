import { ApiError } from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

// Responses document `ApiErrorDto.Output`, the shape the api sends.
export class ApiErrorDto extends contractDto(ApiError) {}

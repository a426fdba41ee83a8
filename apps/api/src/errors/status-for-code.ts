import { HttpStatus } from '@nestjs/common';
import type { DomainErrorCode } from './domain-error-code';

export function statusForCode(code: DomainErrorCode): HttpStatus {
  switch (code) {
    case 'request/validation-failed':
    case 'catalog/invalid-cursor':
      return HttpStatus.BAD_REQUEST;
    case 'catalog/product-not-found':
      return HttpStatus.NOT_FOUND;
    case 'store-config/commerce-unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'web/commerce-unavailable':
      return HttpStatus.BAD_GATEWAY;
  }
}

import { HttpStatus } from '@nestjs/common';
import type { DomainErrorCode } from './domain-error-code';

export function statusForCode(code: DomainErrorCode): HttpStatus {
  switch (code) {
    case 'request/validation-failed':
    case 'catalog/invalid-cursor':
    case 'creators/cannot-follow-self':
    case 'creators/invalid-avatar':
    case 'creators/invalid-cursor':
    case 'media/missing-file':
    case 'notes/invalid-media':
    case 'notes/unknown-product':
    case 'notes/invalid-hotspot':
    case 'notes/invalid-cursor':
    case 'feed/invalid-cursor':
    case 'notifications/invalid-cursor':
    case 'engagement/invalid-cursor':
      return HttpStatus.BAD_REQUEST;
    case 'identity/unauthenticated':
    case 'identity/invalid-token':
    case 'feed/following-needs-sign-in':
    case 'commerce-events/bad-signature':
    case 'commerce-events/stale-timestamp':
      return HttpStatus.UNAUTHORIZED;
    case 'identity/not-a-creator':
    case 'notes/not-owner':
    case 'engagement/not-board-owner':
    case 'engagement/not-comment-author':
    case 'engagement/default-board-locked':
      return HttpStatus.FORBIDDEN;
    case 'catalog/product-not-found':
    case 'creators/not-found':
    case 'media/not-found':
    case 'notes/not-found':
    case 'engagement/note-not-found':
    case 'engagement/board-not-found':
    case 'engagement/comment-not-found':
      return HttpStatus.NOT_FOUND;
    case 'creators/already-creator':
    case 'creators/handle-taken':
    case 'notes/invalid-state':
    case 'engagement/board-name-taken':
    case 'engagement/already-reported':
      return HttpStatus.CONFLICT;
    case 'media/too-large':
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case 'media/unsupported-type':
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case 'request/rate-limited':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'store-config/commerce-unavailable':
    case 'commerce-events/not-configured':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'web/commerce-unavailable':
      return HttpStatus.BAD_GATEWAY;
  }
}

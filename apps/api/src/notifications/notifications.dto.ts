import {
  MarkNotificationsRead,
  NotificationPage,
  NotificationsReadResult,
  PageQuery,
} from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class NotificationPageDto extends contractDto(NotificationPage) {}
export class NotificationPageQueryDto extends contractDto(PageQuery) {}
export class MarkNotificationsReadDto extends contractDto(MarkNotificationsRead) {}
export class NotificationsReadResultDto extends contractDto(NotificationsReadResult) {}

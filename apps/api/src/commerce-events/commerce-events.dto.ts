import { contractDto } from '../docs/contract-dto';
import { CommerceEvent, CommerceEventAccepted } from './commerce-event';

export class CommerceEventDto extends contractDto(CommerceEvent) {}
export class CommerceEventAcceptedDto extends contractDto(CommerceEventAccepted) {}

import { HealthReport } from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class HealthReportDto extends contractDto(HealthReport) {}

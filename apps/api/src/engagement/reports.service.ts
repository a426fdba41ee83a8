import { Injectable } from '@nestjs/common';
import type { Report, ReportCreate } from '@noteshop/contracts';
import { EngagementError } from './engagement.error';
import { ReportsRepository } from './reports.repository';

/**
 * Distinct reporters that hide a note or comment until someone reviews it. Three, not one: a
 * single person cannot take down what they dislike, yet real abuse, which many people see,
 * disappears quickly.
 */
export const HIDE_AFTER_REPORTS = 3;

@Injectable()
export class ReportsService {
  constructor(private readonly reports: ReportsRepository) {}

  async report(reporterCustomerId: string, input: ReportCreate): Promise<Report> {
    const outcome = await this.reports.report(reporterCustomerId, input, HIDE_AFTER_REPORTS);
    switch (outcome.kind) {
      case 'target-not-found':
        throw input.targetType === 'note'
          ? EngagementError.noteNotFound(input.targetId)
          : EngagementError.commentNotFound(input.targetId);
      case 'already-reported':
        throw EngagementError.alreadyReported(input.targetType, input.targetId);
      case 'reported':
        return {
          id: outcome.report.id,
          targetType: outcome.report.targetType,
          targetId: outcome.report.targetId,
          reason: input.reason,
          createdAt: outcome.report.createdAt.toISOString(),
        };
    }
  }
}

import type { ReportCreate } from '@noteshop/contracts';
import { describe, expect, it } from 'vitest';
import type { ReportOutcome, ReportsRepository } from './reports.repository';
import { HIDE_AFTER_REPORTS, ReportsService } from './reports.service';

const input: ReportCreate = {
  targetType: 'comment',
  targetId: '22222222-2222-4222-8222-222222222222',
  reason: 'spam',
};

function fakeReports(outcome: ReportOutcome) {
  const thresholds: number[] = [];
  const repository = {
    report: (_: string, __: ReportCreate, threshold: number) => {
      thresholds.push(threshold);
      return Promise.resolve(outcome);
    },
  } as unknown as ReportsRepository;
  return { sut: new ReportsService(repository), thresholds };
}

describe(ReportsService.name, () => {
  it('hides after three distinct reporters', async () => {
    const { sut, thresholds } = fakeReports({
      kind: 'reported',
      hidden: false,
      report: {
        id: '33333333-3333-4333-8333-333333333333',
        reporterCustomerId: 'me',
        targetType: 'comment',
        targetId: input.targetId,
        reason: 'spam',
        details: null,
        createdAt: new Date('2026-11-25T00:00:00Z'),
      },
    });
    await expect(sut.report('me', input)).resolves.toMatchObject({ targetType: 'comment' });
    expect(HIDE_AFTER_REPORTS).toBe(3);
    expect(thresholds).toEqual([3]);
  });

  it('answers already-reported for a second report by the same person', async () => {
    const { sut } = fakeReports({ kind: 'already-reported' });
    await expect(sut.report('me', input)).rejects.toMatchObject({
      code: 'engagement/already-reported',
    });
  });

  it('names the missing target by its type', async () => {
    const { sut } = fakeReports({ kind: 'target-not-found' });
    await expect(sut.report('me', input)).rejects.toMatchObject({
      code: 'engagement/comment-not-found',
    });
    await expect(sut.report('me', { ...input, targetType: 'note' })).rejects.toMatchObject({
      code: 'engagement/note-not-found',
    });
  });
});

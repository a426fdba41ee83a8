import { Inject, Injectable } from '@nestjs/common';
import type { ReportCreate } from '@noteshop/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { creators } from '../creators/creators.schema';
import { DATABASE, type Database } from '../database/database.tokens';
import { notes } from '../notes/notes.schema';
import { outbox } from '../outbox/outbox.schema';
import { comments, reports } from './engagement.schema';
import {
  bumpNoteCounters,
  findPublishedNote,
  type Transaction,
} from './note-engagement.repository';

export type ReportRow = typeof reports.$inferSelect;

export type ReportOutcome =
  | { kind: 'reported'; report: ReportRow; hidden: boolean }
  | { kind: 'already-reported' }
  | { kind: 'target-not-found' };

/** Hides a published note: it leaves every feed (they read published notes only) and search. */
async function hideNote(tx: Transaction, noteId: string): Promise<void> {
  const [hidden] = await tx
    .update(notes)
    .set({ status: 'hidden', updatedAt: new Date() })
    .where(and(eq(notes.id, noteId), eq(notes.status, 'published')))
    .returning({ creatorId: notes.creatorId });
  if (!hidden) return;
  // The creator's count is of published notes.
  await tx
    .update(creators)
    .set({ noteCount: sql`${creators.noteCount} - 1` })
    .where(eq(creators.id, hidden.creatorId));
  await tx.insert(outbox).values({ topic: 'note.deleted', payload: { noteId } });
}

/**
 * Hides a comment and takes it out of the counts: a hidden reply leaves its thread's reply count,
 * and a hidden top-level comment takes its visible replies out of the note's count with it.
 */
async function hideComment(
  tx: Transaction,
  comment: { id: string; noteId: string; parentId: string | null; replyCount: number },
  parentHidden: boolean,
): Promise<void> {
  await tx.update(comments).set({ hidden: true }).where(eq(comments.id, comment.id));
  if (comment.parentId !== null) {
    await tx
      .update(comments)
      .set({ replyCount: sql`${comments.replyCount} - 1` })
      .where(eq(comments.id, comment.parentId));
    if (!parentHidden) await bumpNoteCounters(tx, comment.noteId, { comments: -1 });
    return;
  }
  await bumpNoteCounters(tx, comment.noteId, { comments: -(1 + comment.replyCount) });
}

@Injectable()
export class ReportsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * Records one person's report and counts it on the target, in one transaction. The target's
   * row lock orders concurrent reports, so exactly one of them sees the count reach `threshold`.
   */
  async report(
    reporterCustomerId: string,
    input: ReportCreate,
    threshold: number,
  ): Promise<ReportOutcome> {
    return this.db.transaction(async (tx): Promise<ReportOutcome> => {
      const record = async () => {
        const [report] = await tx
          .insert(reports)
          .values({
            reporterCustomerId,
            targetType: input.targetType,
            targetId: input.targetId,
            reason: input.reason,
            details: input.details ?? null,
          })
          .onConflictDoNothing()
          .returning();
        return report;
      };

      if (input.targetType === 'note') {
        if (!(await findPublishedNote(tx, input.targetId))) return { kind: 'target-not-found' };
        const report = await record();
        if (!report) return { kind: 'already-reported' };
        const [counted] = await tx
          .update(notes)
          .set({ reportCount: sql`${notes.reportCount} + 1` })
          .where(eq(notes.id, input.targetId))
          .returning({ reportCount: notes.reportCount, status: notes.status });
        const hide = counted?.status === 'published' && counted.reportCount >= threshold;
        if (hide) await hideNote(tx, input.targetId);
        return { kind: 'reported', report, hidden: hide };
      }

      const [target] = await tx
        .select({ id: comments.id, parentId: comments.parentId, noteId: comments.noteId })
        .from(comments)
        .innerJoin(notes, and(eq(notes.id, comments.noteId), eq(notes.status, 'published')))
        .where(and(eq(comments.id, input.targetId), eq(comments.hidden, false)));
      if (!target) return { kind: 'target-not-found' };
      // Lock the thread's top comment first: the order replies and deletes use.
      const { rows: parents } = await tx.execute<{ hidden: boolean }>(
        sql`select hidden from comments where id = ${target.parentId ?? target.id} for update`,
      );
      const report = await record();
      if (!report) return { kind: 'already-reported' };
      const [counted] = await tx
        .update(comments)
        .set({ reportCount: sql`${comments.reportCount} + 1` })
        .where(eq(comments.id, target.id))
        .returning({
          reportCount: comments.reportCount,
          hidden: comments.hidden,
          replyCount: comments.replyCount,
        });
      const hide = counted !== undefined && !counted.hidden && counted.reportCount >= threshold;
      if (hide && counted)
        await hideComment(
          tx,
          { ...target, replyCount: counted.replyCount },
          target.parentId !== null && (parents[0]?.hidden ?? false),
        );
      return { kind: 'reported', report, hidden: hide };
    });
  }
}

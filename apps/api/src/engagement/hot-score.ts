import { sql, type SQL } from 'drizzle-orm';

/**
 * The discover feed's hot score: engagement decayed by age, in the form Reddit made common.
 *
 *   hot = log10(1 + likes + 2·saves + 3·comments) + (publishedAt − HOT_SCORE_EPOCH) / HOT_SCORE_HALF_LIFE
 *
 * Comments weigh most (they take effort), saves more than likes (they mean "I will come back").
 * Ageing is expressed as a bonus for being new rather than a penalty for being old, so a stored
 * score never goes stale: two notes compare the same way now and in a week, and nothing has to
 * recompute every note on a timer. Every {@link HOT_SCORE_HALF_LIFE_SECONDS} of age is worth a
 * tenfold difference in engagement.
 *
 * {@link hotScoreSql} is the same formula in SQL; keep the two identical (the likes integration
 * test compares the stored score with this function).
 */
export interface HotScoreInput {
  likes: number;
  saves: number;
  comments: number;
  publishedAt: Date;
}

/** 2026-01-01T00:00:00Z: keeps the time term small, so doubles keep their precision. */
export const HOT_SCORE_EPOCH_SECONDS = 1_767_225_600;
/** 12.5 hours: a note this much newer ranks level with one that has ten times the engagement. */
export const HOT_SCORE_HALF_LIFE_SECONDS = 45_000;

export function engagementWeight({ likes, saves, comments }: Omit<HotScoreInput, 'publishedAt'>) {
  return Math.max(0, likes) + 2 * Math.max(0, saves) + 3 * Math.max(0, comments);
}

export function hotScore(input: HotScoreInput): number {
  const ageTerm =
    (input.publishedAt.getTime() / 1000 - HOT_SCORE_EPOCH_SECONDS) / HOT_SCORE_HALF_LIFE_SECONDS;
  return Math.log10(1 + engagementWeight(input)) + ageTerm;
}

/** The SQL twin of {@link hotScore}, over column expressions (pass the new counts in an update). */
export function hotScoreSql(input: {
  likes: SQL;
  saves: SQL;
  comments: SQL;
  publishedAt: SQL;
}): SQL {
  return sql`(log((1 + greatest(0, ${input.likes}) + 2 * greatest(0, ${input.saves}) + 3 * greatest(0, ${input.comments}))::double precision)
    + (extract(epoch from coalesce(${input.publishedAt}, now()))::double precision - ${sql.raw(String(HOT_SCORE_EPOCH_SECONDS))}) / ${sql.raw(String(HOT_SCORE_HALF_LIFE_SECONDS))})`;
}

import { describe, expect, it } from 'vitest';
import { HOT_SCORE_HALF_LIFE_SECONDS, engagementWeight, hotScore } from './hot-score';

const at = (iso: string) => new Date(iso);
const none = { likes: 0, saves: 0, comments: 0 };

describe(hotScore.name, () => {
  it('weighs comments over saves over likes', () => {
    expect(engagementWeight({ likes: 1, saves: 0, comments: 0 })).toBe(1);
    expect(engagementWeight({ likes: 0, saves: 1, comments: 0 })).toBe(2);
    expect(engagementWeight({ likes: 0, saves: 0, comments: 1 })).toBe(3);
  });

  it('grows with engagement at the same publish time', () => {
    const publishedAt = at('2026-11-01T00:00:00Z');
    const quiet = hotScore({ ...none, publishedAt });
    const liked = hotScore({ ...none, likes: 10, publishedAt });
    const discussed = hotScore({ ...none, comments: 10, publishedAt });
    expect(liked).toBeGreaterThan(quiet);
    expect(discussed).toBeGreaterThan(liked);
  });

  it('ranks a newer note above an older one with the same engagement', () => {
    const older = hotScore({ ...none, likes: 5, publishedAt: at('2026-11-01T00:00:00Z') });
    const newer = hotScore({ ...none, likes: 5, publishedAt: at('2026-11-02T00:00:00Z') });
    expect(newer).toBeGreaterThan(older);
  });

  it('trades one half-life of age for ten times the engagement', () => {
    const older = at('2026-11-01T00:00:00Z');
    const newer = new Date(older.getTime() + HOT_SCORE_HALF_LIFE_SECONDS * 1000);
    // 1 + weight: 99 likes is 100, 9 likes is 10.
    expect(hotScore({ ...none, likes: 99, publishedAt: older })).toBeCloseTo(
      hotScore({ ...none, likes: 9, publishedAt: newer }),
      9,
    );
  });

  it('never goes below the zero-engagement score for negative counts', () => {
    const publishedAt = at('2026-11-01T00:00:00Z');
    expect(hotScore({ likes: -3, saves: -1, comments: 0, publishedAt })).toBe(
      hotScore({ ...none, publishedAt }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS, toMeiliSynonyms } from './synonyms';

const hasHan = (word: string) => /\p{Script=Han}/u.test(word);

describe('synonyms', () => {
  const sut = toMeiliSynonyms();

  it('holds at least 25 cross-language groups', () => {
    const crossLanguage = SYNONYM_GROUPS.filter(
      (group) => group.some(hasHan) && group.some((word) => !hasHan(word)),
    );
    expect(crossLanguage.length).toBeGreaterThanOrEqual(25);
  });

  it('lists every word once, lower-cased and trimmed', () => {
    const words = SYNONYM_GROUPS.flat();
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toBe(word.trim().toLowerCase());
  });

  it('is symmetric: if a maps to b then b maps to a', () => {
    for (const [word, others] of Object.entries(sut)) {
      expect(others).not.toContain(word);
      for (const other of others) expect(sut[other]).toContain(word);
    }
  });

  it('maps the pairs shoppers rely on both ways', () => {
    expect(sut['口红']).toContain('lipstick');
    expect(sut.lipstick).toContain('口红');
    expect(sut['行李箱']).toEqual(expect.arrayContaining(['suitcase', 'luggage']));
    expect(sut.ootd).toContain('穿搭');
  });
});

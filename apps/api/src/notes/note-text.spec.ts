import { describe, expect, it } from 'vitest';
import { MAX_HASHTAGS, parseHashtags, parseMentions } from './note-text';

describe(parseHashtags.name, () => {
  it('finds Latin and Chinese hashtags, lower-cased and without the #', () => {
    expect(parseHashtags('Fit check #OOTD #穿搭 #summer_2026')).toEqual([
      'ootd',
      '穿搭',
      'summer_2026',
    ]);
  });

  it('finds a hashtag right after Chinese text with no space', () => {
    expect(parseHashtags('今天的妆容#美妆分享，好看')).toEqual(['美妆分享']);
  });

  it('keeps each hashtag once, whatever its case', () => {
    expect(parseHashtags('#Travel #travel #TRAVEL #food')).toEqual(['travel', 'food']);
  });

  it('stops a hashtag at punctuation and ignores a lone #', () => {
    expect(parseHashtags('#beach, #sun! # nothing #')).toEqual(['beach', 'sun']);
  });

  it('does not take URL fragments or HTML entities for hashtags', () => {
    expect(parseHashtags('see https://example.com/page#section and it&#39;s fine')).toEqual([]);
  });

  it(`keeps at most ${MAX_HASHTAGS} hashtags`, () => {
    const body = Array.from({ length: 40 }, (_, index) => `#tag${index}`).join(' ');

    const hashtags = parseHashtags(body);

    expect(hashtags).toHaveLength(MAX_HASHTAGS);
    expect(hashtags.at(-1)).toBe('tag29');
  });

  it('returns nothing for a body without hashtags', () => {
    expect(parseHashtags('')).toEqual([]);
  });
});

describe(parseMentions.name, () => {
  it('finds handles, lower-cased, unique and in order', () => {
    expect(parseMentions('Thanks @Mei_Travels and @bob_99, and @mei_travels again')).toEqual([
      'mei_travels',
      'bob_99',
    ]);
  });

  it('finds a mention right after Chinese text', () => {
    expect(parseMentions('感谢@lily_makeup推荐')).toEqual(['lily_makeup']);
  });

  it('ignores handles shorter than 3 or longer than 30 characters', () => {
    expect(parseMentions(`@ab @${'x'.repeat(31)} @abc`)).toEqual(['abc']);
  });

  it('does not take e-mail addresses for mentions', () => {
    expect(parseMentions('write to shop@example.com')).toEqual([]);
  });
});

/** Most hashtags a note keeps; the rest of the body stays as written. */
export const MAX_HASHTAGS = 30;

// A tag runs over Unicode letters, digits (and combining marks) and _, so `#穿搭` and `#OOTD` both
// count. Not after an ASCII word character, `&` or `/`, so URL fragments and `&#39;` are not tags;
// a CJK character may precede it, since Chinese text rarely has spaces.
const HASHTAG = /(?<![A-Za-z0-9_&/])#([\p{L}\p{M}\p{N}_]+)/gu;
// Handles are 3–30 of [A-Za-z0-9_]; a longer run is not a handle, and `a@b.com` is an e-mail.
const MENTION = /(?<![A-Za-z0-9_.@])@([A-Za-z0-9_]{3,30})(?![A-Za-z0-9_])/g;

const uniqueLowerCased = (matches: Iterable<RegExpMatchArray>): string[] => {
  const seen = new Set<string>();
  for (const match of matches) {
    const value = match[1];
    if (value !== undefined) seen.add(value.normalize('NFC').toLowerCase());
  }
  return [...seen];
};

/** `#hashtags` in a note body: lower-cased, without the #, unique, in order, at most 30. */
export function parseHashtags(body: string): string[] {
  return uniqueLowerCased(body.matchAll(HASHTAG)).slice(0, MAX_HASHTAGS);
}

/** `@handle` mentions in a note body: lower-cased, without the @, unique, in order. */
export function parseMentions(body: string): string[] {
  return uniqueLowerCased(body.matchAll(MENTION));
}

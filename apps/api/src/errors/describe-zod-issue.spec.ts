import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodIssueWithPath } from './describe-zod-issue';

const Query = z.object({
  limit: z.coerce.number().int().min(1).max(60),
  cursor: z.string().min(1).max(5).optional(),
  category: z.enum(['fashion', 'makeup', 'travel']).optional(),
  ids: z.array(z.string()).max(2).optional(),
  handle: z
    .string()
    .regex(/^[a-z-]+$/, 'A handle is lower-case letters and dashes')
    .optional(),
});

function describeInput(input: unknown): string[] {
  const result = Query.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return result.error.issues.map(describeZodIssueWithPath);
}

describe(describeZodIssueWithPath.name, () => {
  it('says which bound a number broke', () => {
    expect(describeInput({ limit: '61' })).toEqual(['limit: Number must be at most 60']);
    expect(describeInput({ limit: '0' })).toEqual(['limit: Number must be at least 1']);
  });

  it('counts characters for strings and items for arrays', () => {
    expect(describeInput({ limit: 1, cursor: 'abcdef', ids: ['a', 'b', 'c'] })).toEqual([
      'cursor: String must have at most 5 characters',
      'ids: Array must have at most 2 items',
    ]);
  });

  it('lists the allowed values of an enum', () => {
    expect(describeInput({ limit: 1, category: 'shoes' })).toEqual([
      'category: Must be one of fashion, makeup, travel',
    ]);
  });

  it('names the expected type when coercion fails', () => {
    expect(describeInput({ limit: 'many' })).toEqual(['limit: Expected number']);
  });

  it('keeps the custom message of a refinement', () => {
    expect(describeInput({ limit: 1, handle: 'Bad Handle' })).toEqual([
      'handle: A handle is lower-case letters and dashes',
    ]);
  });

  it('omits the prefix for an issue about the whole input', () => {
    expect(describeInput('not an object')).toEqual(['Expected object']);
  });
});

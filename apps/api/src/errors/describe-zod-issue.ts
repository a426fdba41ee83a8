import type { z } from 'zod';

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

// "Number must be at most 60", "String must have at most 200 characters".
const bound = (origin: string, relation: string, count: number | bigint) => {
  switch (origin) {
    case 'string':
      return `must have ${relation} ${count} characters`;
    case 'array':
    case 'set':
      return `must have ${relation} ${count} items`;
    default:
      return `must be ${relation} ${count}`;
  }
};

const subject = (origin: string) =>
  origin === 'int' || origin === 'bigint' ? 'Number' : capitalized(origin);

/** One zod issue as a sentence a client developer can act on, without the `path:` prefix. */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return `${subject(issue.origin)} ${bound(issue.origin, issue.inclusive === false ? 'less than' : 'at most', issue.maximum)}`;
    case 'too_small':
      return `${subject(issue.origin)} ${bound(issue.origin, issue.inclusive === false ? 'more than' : 'at least', issue.minimum)}`;
    case 'invalid_value':
      return `Must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return `Expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `Unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.join(', ')}`;
    // These carry the schema author's own message (a regex's, a refinement's), which reads well.
    case 'invalid_format':
    case 'custom':
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return issue.message;
  }
}

/** `limit: Number must be at most 60`, or the bare sentence for an issue about the whole input. */
export function describeZodIssueWithPath(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${describeZodIssue(issue)}` : describeZodIssue(issue);
}

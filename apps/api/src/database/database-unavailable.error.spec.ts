import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, maskPassword } from './database-unavailable.error';

describe(DatabaseUnavailableError.name, () => {
  it('names the variable and the cause, without the password or a stack', () => {
    const sut = new DatabaseUnavailableError(
      'postgres://noteshop:s3cret@db.internal:5432/noteshop',
      new Error('connect ECONNREFUSED 10.0.0.5:5432'),
    );

    expect(sut.message).toBe(
      'Cannot prepare the database at DATABASE_URL=postgres://noteshop:***@db.internal:5432/noteshop ' +
        '(connect ECONNREFUSED 10.0.0.5:5432). Check that PostgreSQL is running and the database exists.',
    );
    expect(sut.stack).not.toContain('    at ');
  });
});

describe(maskPassword.name, () => {
  it('leaves a URL without password as it is', () => {
    expect(maskPassword('postgres://root@127.0.0.1:5432/noteshop')).toBe(
      'postgres://root@127.0.0.1:5432/noteshop',
    );
  });
});

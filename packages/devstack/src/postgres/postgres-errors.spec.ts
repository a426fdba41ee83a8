import { describe, expect, it } from 'vitest';
import { describePostgresError } from './postgres-errors.js';

const errorWithCode = (code: string, message = 'boom'): Error =>
  Object.assign(new Error(message), { code });

describe(describePostgresError.name, () => {
  it('says how to fix an unreachable DATABASE_URL without showing its password', () => {
    const sut = describePostgresError(
      errorWithCode('ECONNREFUSED'),
      'postgres://app:hunter2@127.0.0.1:1/x',
      'DATABASE_URL',
    );

    expect(sut.code).toBe('devstack/database-unreachable');
    expect(sut.message).toBe(
      'Cannot reach PostgreSQL at DATABASE_URL=postgres://app:***@127.0.0.1:1/x (ECONNREFUSED). ' +
        'Check the server is running, or unset DATABASE_URL to use the embedded PostgreSQL.',
    );
  });

  it('reports a connect timeout as unreachable', () => {
    const sut = describePostgresError(
      new Error('Connection terminated due to connection timeout'),
      'postgres://h/x',
      'DATABASE_URL',
    );

    expect(sut.message).toContain('(timeout)');
  });

  it('points at the credentials when the login is refused', () => {
    const sut = describePostgresError(
      errorWithCode('28P01', 'password authentication failed for user "app"'),
      'postgres://app:x@h/db',
      'DATABASE_URL',
    );

    expect(sut.code).toBe('devstack/database-refused');
    expect(sut.message).toContain(
      'refused the login (password authentication failed for user "app")',
    );
    expect(sut.message).not.toContain(':x@');
  });

  it('explains that the URL must name an existing database', () => {
    const sut = describePostgresError(
      errorWithCode('3D000', 'database "nope" does not exist'),
      'postgres://h/nope',
      'DATABASE_URL',
    );

    expect(sut.message).toContain('DATABASE_URL must name a database that exists');
  });
});

import { describe, expect, it } from 'vitest';
import { databaseUrl, maskUrl, parseServerUrl } from './database-url.js';

describe(parseServerUrl.name, () => {
  it('connects to the postgres database when the URL names none', () => {
    expect(parseServerUrl('postgres://root@127.0.0.1:5432')).toBe(
      'postgres://root@127.0.0.1:5432/postgres',
    );
  });

  it('keeps a database, credentials and options that are given', () => {
    const url = 'postgresql://u:p@db.example:6543/maintenance?sslmode=require';

    expect(parseServerUrl(url)).toBe(url);
  });

  it('rejects what is not a PostgreSQL URL, naming the variable', () => {
    expect(() => parseServerUrl('mysql://root@localhost/x')).toThrow(
      'DATABASE_URL must start with postgres://',
    );
    expect(() => parseServerUrl('not a url')).toThrow('DATABASE_URL is not a URL');
  });
});

describe(databaseUrl.name, () => {
  it('replaces only the database path', () => {
    const sut = databaseUrl('postgres://u:secret@host:5433/postgres?sslmode=disable', 'commerce');

    expect(sut).toBe('postgres://u:secret@host:5433/commerce?sslmode=disable');
  });
});

describe(maskUrl.name, () => {
  it('hides the password and keeps the rest', () => {
    expect(maskUrl('postgres://admin:s3cret@10.0.0.5:5432/postgres')).toBe(
      'postgres://admin:***@10.0.0.5:5432/postgres',
    );
  });

  it('leaves a URL without a password as it is', () => {
    expect(maskUrl('postgres://root@127.0.0.1:1/x')).toBe('postgres://root@127.0.0.1:1/x');
  });
});

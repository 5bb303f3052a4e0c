import { describe, expect, it } from 'vitest';
import { connectPostgres, redact } from './connect.js';

describe('connectPostgres', () => {
  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      connectPostgres('postgresql://x@127.0.0.1/db', 'a; drop table x'),
    ).rejects.toMatchObject({
      code: 'invalid-option',
    });
  });

  it('says which server it could not reach, without the password', async () => {
    const attempt = connectPostgres('postgresql://user:secret@127.0.0.1:1/db');
    await expect(attempt).rejects.toMatchObject({ code: 'open-failed' });
    await expect(attempt).rejects.toThrow(
      /cannot use PostgreSQL at postgresql:\/\/user:\*\*\*@127\.0\.0\.1:1\/db/,
    );
    await expect(attempt).rejects.not.toThrow(/secret/);
  });

  it.each([
    ['postgresql://u:p@h:5432/d', 'postgresql://u:***@h:5432/d'],
    ['postgresql://u@h/d', 'postgresql://u@h/d'],
    ['not a url', '(unparsable database URL)'],
  ])('redacts %s', (url, expected) => {
    expect(redact(url)).toBe(expected);
  });
});

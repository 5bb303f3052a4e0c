import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestFile } from './file-digest.js';

describe('digestFile', () => {
  it('hashes a file larger than one read chunk with every algorithm in one pass', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'medrisk-digest-'));
    const content = Buffer.alloc(3 * (1 << 20) + 17, 7);
    writeFileSync(join(dir, 'model.bin'), content);

    const result = await digestFile(join(dir, 'model.bin'), ['sha256', 'sha512', 'sha256']);

    expect(result.bytes).toBe(content.length);
    expect(result.digests).toEqual({
      sha256: createHash('sha256').update(content).digest('hex'),
      sha512: createHash('sha512').update(content).digest('hex'),
    });
  });

  it('rejects with the file system error', async () => {
    await expect(digestFile('/nonexistent/model.bin', ['sha256'])).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

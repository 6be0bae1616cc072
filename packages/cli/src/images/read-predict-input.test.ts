import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileLimitError } from '../errors/file-limit-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { defaultMaxInputBytes, readPredictInput } from './read-predict-input';

const folder = mkdtempSync(join(tmpdir(), 'digitlab-input-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const size = { width: 8, height: 8, maxValue: 16 };

describe('readPredictInput', () => {
  it('refuses a file over maxBytes before reading it, naming the flag that raises the limit', async () => {
    const file = join(folder, 'big.bin');
    writeFileSync(file, new Uint8Array(3000));
    const refused = readPredictInput(file, { ...size, maxBytes: 2048 });
    await expect(refused).rejects.toThrow(FileLimitError);
    await expect(refused).rejects.toThrow(
      `The file ${file} is larger than the limit of 2048 bytes; if it is genuine, pass a larger --max-input-mib. Received: 3000 bytes`,
    );
    expect(defaultMaxInputBytes).toBe(256 * 2 ** 20);
  });

  it('checks its options: maxBytes a positive whole number, no unknown keys', async () => {
    const file = join(folder, 'any.bin');
    writeFileSync(file, new Uint8Array(4));
    await expect(readPredictInput(file, { ...size, maxBytes: 0 })).rejects.toThrow(InvalidOptionError);
    await expect(readPredictInput(file, { ...size, maxByte: 10 } as never)).rejects.toThrow(/maxBytes/);
  });
});

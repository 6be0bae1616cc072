import { describe, expect, it } from 'vitest';
import { STUDY_HEADINGS, studyTable } from './study-table.js';

const run = (name: string, backend: string, device: 'cpu' | 'gpu') => ({
  name,
  parameters: 238_510,
  optimizer: name,
  backend,
  device,
  trainingSeconds: 21.84,
  testAccuracy: 0.9799,
});

describe('studyTable', () => {
  it("has seed 004's columns and files each time under the device that trained", () => {
    const printed: string[] = [];
    const table = studyTable(
      [run('sgd', 'wasm', 'cpu'), run('adam', 'webgl', 'gpu'), run('rmsprop', 'tensorflow', 'cpu')],
      { print: (text) => printed.push(text) },
    );
    expect(table.rows.map((row) => [row.cpuSeconds, row.gpuSeconds])).toEqual([
      [21.84, null],
      [null, 21.84],
      [21.84, null],
    ]);
    expect(table.rows[0]!.testError).toBeCloseTo(0.0201, 10);
    const lines = table.text.split('\n');
    expect(lines[0]!.split(/\s{2,}/)).toEqual([...STUDY_HEADINGS]);
    expect(lines[2]!.split(/\s{2,}/)).toEqual([
      'sgd',
      '238,510',
      'sgd',
      '21.8 s',
      'not measured',
      '97.99%',
      '2.01%',
    ]);
    expect(lines[3]!.split(/\s{2,}/)).toEqual([
      'adam',
      '238,510',
      'adam',
      'not measured',
      '21.8 s',
      '97.99%',
      '2.01%',
    ]);
    expect(table.markdown.split('\n')[0]).toBe(`| ${STUDY_HEADINGS.join(' | ')} |`);
    expect(printed).toEqual([table.text]);
  });

  it('refuses an empty study', () => {
    expect(() => studyTable([])).toThrow('runs is empty; pass at least one run. Received: runs.length=0');
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ResultsFormatError } from '../errors/results-format-error';
import { parseLabResult } from './parse-lab-result';
import { readLabResults } from './read-lab-results';
import { reportFromConfusion } from './report-from-confusion';

const resultsDir = fileURLToPath(new URL('../../results', import.meta.url));
const committed = readLabResults(resultsDir);

describe('the committed results', () => {
  it('are there for the labs whose data the build machines have', () => {
    for (const lab of ['xor', 'digits-perceptron', 'digits-cnn'])
      expect(Object.keys(committed)).toContain(lab);
  });

  it('record the engine as data, engine and threads (migrated from the one string)', () => {
    for (const [lab, { metrics }] of Object.entries(committed)) {
      // Every committed run is recent enough to record it (mnist-two-conv-cnn's was not, until re-run).
      expect([metrics.engine, Number.isInteger(metrics.threads)], lab).toEqual([expect.any(String), true]);
      expect(['fused', 'tfjs'], lab).toContain(metrics.engine);
    }
  });

  for (const [lab, result] of Object.entries(committed)) {
    it(`${lab}: the report recomputed from the confusion matrix is the one the CLI computed from predictions`, () => {
      const { labels, raw } = result.metrics.confusionMatrix;
      const { dict } = reportFromConfusion(labels, raw, result.metrics.dataset.classNames);
      const cli = result.metrics.classificationReport as Record<string, Record<string, number> | number>;
      expect(Object.keys(dict).sort()).toEqual(
        Object.keys(cli)
          .map((key) => (/^\d+$/.test(key) ? (result.metrics.dataset.classNames[Number(key)] ?? key) : key))
          .sort(),
      );
      for (const [index, label] of labels.entries()) {
        const name = result.metrics.dataset.classNames[label] ?? String(label);
        const ours = dict[name] as unknown as Record<string, number>;
        const theirs = (cli[name] ?? cli[String(label)]) as Record<string, number>;
        for (const field of ['precision', 'recall', 'f1-score', 'support']) {
          expect(ours[field], `${name} ${field}`).toBeCloseTo(theirs[field]!, 12);
        }
        expect(raw[index]!.reduce((sum, count) => sum + count, 0)).toBe(theirs.support);
      }
      expect(dict.accuracy).toBeCloseTo(result.metrics.accuracy, 12);
    });
  }
});

describe('parseLabResult', () => {
  const metrics = JSON.parse(readFileSync(`${resultsDir}/xor/metrics.json`, 'utf8'));
  const history = JSON.parse(readFileSync(`${resultsDir}/xor/history.json`, 'utf8'));
  const source = { command: 'digitlab lab xor', standIn: null };

  it("adds scikit-learn's report text to the CLI's files", () => {
    const result = parseLabResult('xor', { metrics, history, source });
    expect(result.reportText).toMatch(/^\s+precision\s+recall\s+f1-score\s+support\n/);
    expect(result.reportText).toContain(`accuracy                           ${metrics.accuracy.toFixed(2)}`);
    expect(result.history.loss).toHaveLength(metrics.settings.epochsRun);
  });

  it('names the file and field that is missing or wrong, and what it got', () => {
    const broken = { ...metrics, confusionMatrix: { labels: [0, 1], raw: 'lots' } };
    const error = (() => {
      try {
        parseLabResult('xor', { metrics: broken, history, source });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ResultsFormatError);
    expect(error).toMatchObject({ file: 'results/xor/metrics.json', field: 'confusionMatrix.raw' });
    expect((error as Error).message).toMatch(/Received: "lots"$/);
    expect(() => parseLabResult('xor', { metrics, history: {}, source })).toThrow(
      expect.objectContaining({ file: 'results/xor/history.json', field: 'history.loss' }),
    );
    expect(() => parseLabResult('xor', { metrics, history, source: { command: 'x' } })).toThrow(
      expect.objectContaining({ file: 'results/xor/source.json', field: 'standIn' }),
    );
  });

  it('reads the engine and threads, and the one string of runs written before them', () => {
    expect(parseLabResult('xor', { metrics, history, source }).engine).toEqual({
      engine: 'fused',
      threads: 1,
    });
    const { engine: _engine, threads: _threads, ...older } = metrics;
    for (const [fields, engine] of [
      [{ engine: 'fused x2' }, { engine: 'fused', threads: 2 }],
      [{ engine: 'tfjs' }, { engine: 'tfjs', threads: 1 }],
      [{}, undefined],
    ] as const) {
      expect(parseLabResult('xor', { metrics: { ...older, ...fields }, history, source }).engine).toEqual(
        engine,
      );
    }
    expect(() => parseLabResult('xor', { metrics: { ...older, engine: 'fused' }, history, source })).toThrow(
      expect.objectContaining({ file: 'results/xor/metrics.json', field: 'engine' }),
    );
  });
});

describe('readLabResults', () => {
  it('gives no results for a folder that does not exist', () => {
    expect(readLabResults(`${resultsDir}/no-such-folder`)).toEqual({});
  });
});

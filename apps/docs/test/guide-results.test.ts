import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLabResults } from '../src/results/read-lab-results';
import { extractTypeScript } from './support/code-samples';
import { type GuideRecord, runGuideCode } from './support/run-guide-code';

const siteDir = fileURLToPath(new URL('../site/labs/', import.meta.url));
const results = readLabResults(fileURLToPath(new URL('../results', import.meta.url)));

/** The lab guides that show committed results, with the result folders each shows. */
const guides = [
  'xor',
  'digits-perceptron',
  'digits-cnn',
  'fashion-mnist',
  'lenet5',
  'mnist-cnn-dropout',
  'tiny-cnn',
  'mlp-optimizers',
  'scratch-mlp',
];

type Fit = Extract<GuideRecord, { kind: 'fit' }>;

/** What a run's result table reports, in the terms of a recorded `fit` and its test set. */
function reported(lab: string) {
  const { metrics, source } = results[lab]!;
  const settings = metrics.settings;
  return {
    dataset: metrics.dataset.name,
    standIn: source.standIn !== null,
    model: metrics.model.name,
    parameters: metrics.model.params,
    train: metrics.dataset.train,
    validation: metrics.dataset.validation,
    test: metrics.dataset.test,
    epochs: settings.epochs,
    batchSize: settings.batchSize,
    optimizer: settings.optimizer,
    learningRate: settings.learningRate,
    seed: metrics.seed,
  };
}

/** The guide's run in the same terms: each fit with the size of the first test set it is scored on. */
function performed(records: readonly GuideRecord[]) {
  return records.flatMap((record, i) => {
    if (record.kind !== 'fit') return [];
    const test = records.slice(i + 1).find((next) => next.kind === 'test' || next.kind === 'fit');
    return [{ ...record, test: test?.kind === 'test' ? test.samples : undefined }];
  });
}

describe("every lab guide's code does what its result table reports", () => {
  for (const guide of guides) {
    it(guide, { timeout: 300_000 }, () => {
      const page = readFileSync(`${siteDir}${guide}.md`, 'utf8');
      const labs = [...page.matchAll(/<LabResults lab="([^"]+)"/g)].map((match) => match[1]!);
      expect(labs.length).toBeGreaterThan(0);
      const fits: (Fit & { test: number | undefined })[] = [];
      for (const sample of extractTypeScript(guide, page).filter((block) => /\bfit\(/.test(block.code))) {
        fits.push(...performed(runGuideCode(sample.code).records));
      }
      expect(fits.length, 'the guide trains something').toBeGreaterThan(0);
      for (const fit of fits) {
        // The result table of the same model (and optimizer, where a page compares optimizers).
        const lab = labs.find((name) => {
          const table = reported(name);
          return (
            table.model === fit.model &&
            (labs.length === 1 || table.optimizer === fit.optimizer || fits.length === 1)
          );
        });
        expect(
          lab,
          `a result table for ${fit.model} with ${fit.optimizer} among ${labs.join(', ')}`,
        ).toBeDefined();
        const { dataset, standIn, model: _model, ...table } = reported(lab!);
        // MNIST's figures are a documented stand-in run on Fashion-MNIST, which has MNIST's shape and counts.
        expect(
          fit.dataset === dataset ||
            (fit.dataset === 'mnist' &&
              dataset === 'fashion-mnist' &&
              (standIn || page.includes('/guide/results#mnist-the-stand-in'))),
          `${fit.dataset} vs ${dataset}`,
        ).toBe(true);
        expect({
          parameters: fit.parameters,
          train: fit.train,
          validation: fit.validation,
          test: fit.test,
          epochs: fit.epochs,
          batchSize: fit.batchSize,
          optimizer: fit.optimizer,
          learningRate: fit.learningRate,
          seed: fit.seed,
        }).toEqual(table);
      }
    });
  }
});

describe('each lab shows its own committed run', () => {
  const pages = [...guides.map((guide) => `${guide}.md`), 'index.md'];
  const shown = (page: string, tag: 'LabResults' | 'LabScore') => {
    const text = readFileSync(`${siteDir}${page}`, 'utf8');
    return [...text.matchAll(new RegExp(`<${tag} lab="([^"]+)"`, 'g'))].map((match) => match[1]!);
  };

  it('no results folder is shown by two guides, or twice in the index', () => {
    const guideResults = guides.flatMap((guide) => shown(`${guide}.md`, 'LabResults'));
    expect(guideResults.filter((lab, i) => guideResults.indexOf(lab) !== i)).toEqual([]);
    const scores = shown('index.md', 'LabScore');
    expect(scores.filter((lab, i) => scores.indexOf(lab) !== i)).toEqual([]);
    for (const lab of [...guideResults, ...scores]) expect(results[lab], lab).toBeDefined();
    expect(pages).toContain('lenet5.md');
  });

  it("the index scores each guide's row with a run that guide shows", () => {
    const index = readFileSync(`${siteDir}index.md`, 'utf8');
    let guide: string | undefined;
    for (const row of index.split('\n').filter((line) => line.includes('<LabScore'))) {
      guide = /\]\(\.\/([^)]+)\)/.exec(row)?.[1] ?? guide;
      const lab = /<LabScore lab="([^"]+)"/.exec(row)![1]!;
      expect(shown(`${guide}.md`, 'LabResults'), `${guide}: ${lab}`).toContain(lab);
    }
  });
});

#!/usr/bin/env node
// Describes scikit-learn's 8x8 digits, embedded in @digitlab/datasets: counts, class distribution, per-image
// statistics, a seeded train/test split and a few digits drawn as text. Runs offline. Needs a build (pnpm build).
import { describeDataset, loadDigits, renderImage, trainTestSplit } from '@digitlab/datasets';

const digits = loadDigits();
console.log('scikit-learn 8x8 digits, embedded (UCI Optical Recognition of Handwritten Digits,');
console.log('E. Alpaydin and C. Kaynak, CC BY 4.0)\n');
describeDataset(digits, { print: (line) => console.log(line) });

const { train, test } = trainTestSplit(digits, { testSize: 0.2, seed: 42, stratify: true });
console.log(
  `\ntrainTestSplit(testSize 0.2, seed 42, stratified): ${train.count} train, ${test.count} test\n`,
);

const shown = [0, 1, 2, 3, 4];
const drawings = shown.map((index) => renderImage(digits, index).split('\n'));
console.log(shown.map((index) => `label ${digits.labels[index]}`.padEnd(18)).join(''));
for (let row = 0; row < digits.height; row++) {
  console.log(drawings.map((lines) => `${lines[row]}  `).join(''));
}

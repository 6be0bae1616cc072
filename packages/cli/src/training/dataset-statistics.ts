import { createImageDataset, describeDataset, imageStatistics } from '@digitlab/datasets';
import type { LabData, LabSplit } from '../data/lab-data';

/** How many images seed 004 prints with their statistics. */
export const describedImages = 10;

/** Seed 004's look at its data: per-image statistics and the class counts of the whole set and its split. */
export interface DatasetStatistics {
  /** Images in train + test. */
  readonly count: number;
  /** Per class (by label): images in the whole set, in the train split and in the test split. */
  readonly classes: readonly { name: string; all: number; train: number; test: number }[];
  /** Ranges over every image of the per-image mean, standard deviation and entropy (raw pixel values). */
  readonly perImage: ReturnType<typeof describeDataset>['perImage'];
  /** The first training images with their class and their mean, variance, std and entropy, as seed 004 prints them. */
  readonly first: readonly {
    label: string;
    mean: number;
    variance: number;
    std: number;
    entropy: number;
  }[];
}

const asDataset = (data: LabData, split: LabSplit) =>
  createImageDataset({
    images: split.x as Uint8Array,
    labels: split.y,
    count: split.count,
    height: data.image!.height,
    width: data.image!.width,
    channels: data.sampleShape[2] ?? 1,
    maxValue: split.maxValue,
    numClasses: data.numClasses,
    classNames: data.classNames,
  });

/** The statistics of an image data set's train and test splits (XOR has none: undefined). */
export function datasetStatistics(data: LabData): DatasetStatistics | undefined {
  if (data.image === undefined || !(data.train.x instanceof Uint8Array)) return undefined;
  const train = describeDataset(asDataset(data, data.train));
  const test = describeDataset(asDataset(data, data.test));
  const all = data.train.count + data.test.count;
  const weighted = (key: 'mean' | 'std' | 'entropy') => ({
    min: Math.min(train.perImage[key].min, test.perImage[key].min),
    mean: (train.perImage[key].mean * data.train.count + test.perImage[key].mean * data.test.count) / all,
    max: Math.max(train.perImage[key].max, test.perImage[key].max),
  });
  const shown = Math.min(describedImages, data.train.count);
  const pixels = data.train.x.length / data.train.count;
  const firstTrain = asDataset(data, {
    ...data.train,
    count: shown,
    x: data.train.x.subarray(0, shown * pixels),
    y: data.train.y.subarray(0, shown),
  });
  const stats = imageStatistics(firstTrain);
  return {
    count: all,
    classes: train.classes.map((entry, label) => ({
      name: entry.name,
      all: entry.count + test.classes[label]!.count,
      train: entry.count,
      test: test.classes[label]!.count,
    })),
    perImage: { mean: weighted('mean'), std: weighted('std'), entropy: weighted('entropy') },
    first: Array.from(firstTrain.labels, (label, i) => ({
      label: data.classNames[label] ?? String(label),
      mean: stats.mean[i]!,
      variance: stats.variance[i]!,
      std: stats.std[i]!,
      entropy: stats.entropy[i]!,
    })),
  };
}

/** The statistics as report lines: the seed's per-digit line for the first images, then the class table. */
export function datasetStatisticsLines(statistics: DatasetStatistics): string[] {
  const round = (value: number) => value.toFixed(2);
  const range = ({ min, mean, max }: { min: number; mean: number; max: number }) =>
    `${round(min)} .. ${round(max)} (average ${round(mean)})`;
  const width = Math.max(5, ...statistics.classes.map((entry) => entry.name.length));
  return [
    `${statistics.count.toLocaleString('en-US')} images; per image, over all of them:`,
    `  mean ${range(statistics.perImage.mean)}`,
    `  std ${range(statistics.perImage.std)}`,
    `  entropy ${range(statistics.perImage.entropy)} bits`,
    '',
    `The first ${statistics.first.length} training images:`,
    ...statistics.first.map(
      (image) =>
        `  target ${image.label} | mean: ${round(image.mean)} | var: ${round(image.variance)} | std: ${round(image.std)} | entropy: ${round(image.entropy)}`,
    ),
    '',
    `${'class'.padEnd(width)}  ${'all'.padStart(6)}  ${'train'.padStart(6)}  ${'test'.padStart(6)}`,
    ...statistics.classes.map(
      (entry) =>
        `${entry.name.padEnd(width)}  ${String(entry.all).padStart(6)}  ${String(entry.train).padStart(6)}  ${String(entry.test).padStart(6)}`,
    ),
  ];
}

import { EmptyDatasetError } from '../errors/empty-dataset-error';
import type { ImageDataset } from '../image-dataset';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { classCounts } from './class-counts';
import { imageStatistics } from './image-statistics';

/** Smallest, average and largest of a per-image statistic. */
export interface StatisticRange {
  readonly min: number;
  readonly mean: number;
  readonly max: number;
}

/** What {@link describeDataset} reports. */
export interface DatasetSummary {
  readonly count: number;
  /** `[height, width, channels]`. */
  readonly imageShape: readonly [number, number, number];
  readonly maxValue: number;
  /** One entry per class, by label. */
  readonly classes: readonly { label: number; name: string; count: number; fraction: number }[];
  /** Ranges over the images of the per-image statistics of {@link imageStatistics}. */
  readonly perImage: {
    readonly mean: StatisticRange;
    readonly std: StatisticRange;
    readonly entropy: StatisticRange;
  };
}

/** Options of {@link describeDataset}. */
export interface DescribeOptions {
  /** Receives the summary as printable lines, e.g. `console.log`. @default nothing is printed */
  print?: (line: string) => void;
}

const describeDatasetOptionKeys: OptionKeys<DescribeOptions> = { print: true };

/** Counts, class distribution and per-image statistics of a data set; prints them as tables if asked. */
export function describeDataset(dataset: ImageDataset, options: DescribeOptions = {}): DatasetSummary {
  checkOptionKeys('describeDataset', options, describeDatasetOptionKeys);
  const { print } = options;
  if (dataset.count === 0) throw new EmptyDatasetError('describeDataset', 'needs at least one image', 0);
  const statistics = imageStatistics(dataset);
  const classes = classCounts(dataset).map((count, label) => ({
    label,
    name: dataset.classNames[label]!,
    count,
    fraction: count / dataset.count,
  }));
  const summary: DatasetSummary = {
    count: dataset.count,
    imageShape: [dataset.height, dataset.width, dataset.channels],
    maxValue: dataset.maxValue,
    classes,
    perImage: {
      mean: range(statistics.mean),
      std: range(statistics.std),
      entropy: range(statistics.entropy),
    },
  };
  if (print) printSummary(summary, print);
  return summary;
}

function range(values: Float64Array): StatisticRange {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
    sum += value;
  }
  return { min, mean: sum / values.length, max };
}

function printSummary(summary: DatasetSummary, print: (line: string) => void): void {
  const [height, width, channels] = summary.imageShape;
  print(`${summary.count} images of ${height}x${width}x${channels}, pixel values 0..${summary.maxValue}`);
  print('');
  print('label  name          count  share');
  for (const { label, name, count, fraction } of summary.classes) {
    print(
      `${String(label).padStart(5)}  ${name.padEnd(12)}  ${String(count).padStart(5)}  ${(fraction * 100).toFixed(1).padStart(5)}%`,
    );
  }
  print('');
  print('per image      min     mean      max');
  for (const [name, stat] of Object.entries(summary.perImage)) {
    print(
      `${name.padEnd(9)}${[stat.min, stat.mean, stat.max].map((value) => value.toFixed(3).padStart(9)).join('')}`,
    );
  }
}

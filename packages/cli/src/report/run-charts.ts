import {
  classDistributionSpec,
  classProbabilityHistogram,
  confusionHeatmapSpec,
  decisionBoundarySpec,
  imageGridSpec,
  learningCurvesSpec,
  probabilityHistogramSpec,
} from '@digitlab/metrics';
import type { TrainedRun } from '../training/train-recipe';
import type { Chart } from './render-chart';

/** How many test images the report shows with their predictions. */
export const shownPredictions = 15;

/** Images of every size come out about 80 screen pixels wide. */
const pixelSize = (width: number) => Math.max(3, Math.round(80 / width));

/** The image charts of a run on image data: its worst errors and its first test predictions. */
function imageCharts(run: TrainedRun): Chart[] {
  const { data, predictions, analysis } = run;
  if (data.image === undefined) return [];
  const images = { pixels: data.test.x, width: data.image.width, height: data.image.height };
  const common = {
    labels: data.test.y,
    predictions: predictions.classes,
    labelNames: data.classNames,
    maxValue: data.test.maxValue,
    pixelSize: pixelSize(data.image.width),
  };
  const name = (label: number) => data.classNames[label] ?? String(label);
  const charts: Chart[] = [];
  if (analysis.topErrors.length > 0) {
    charts.push({
      name: 'worst-errors',
      title: `The ${analysis.topErrors.length} most confident errors`,
      spec: imageGridSpec(images, {
        ...common,
        indices: analysis.topErrors.map((error) => error.index),
        captions: analysis.topErrors.map(
          (error) =>
            `${name(error.predicted)} ${error.predictedProbability.toFixed(2)}\ntrue ${name(error.actual)}`,
        ),
        columns: 6,
        title: 'Worst errors: predicted (probability), then true class',
      }),
    });
  }
  const first = Math.min(shownPredictions, data.test.count);
  charts.push({
    name: 'predictions',
    title: `The first ${first} test predictions`,
    spec: imageGridSpec(images, {
      ...common,
      indices: Array.from({ length: first }, (_, i) => i),
      columns: 5,
      title: `First ${first} test predictions (wrong ones in red)`,
    }),
  });
  return charts;
}

/** Seed 002's histogram of p(first class), for the class's own test samples and the rest, log scale. */
function histogramCharts(run: TrainedRun): Chart[] {
  if (!run.recipe.analyses.includes('probability-histogram')) return [];
  const { predictions, data } = run;
  const probabilities = { values: predictions.probabilities, numClasses: predictions.numClasses };
  const histogram = classProbabilityHistogram(probabilities, data.test.y, 0, 10);
  const className = data.classNames[0] ?? '0';
  return [
    {
      name: 'probability-histogram',
      title: `Probability of ${className}: the ${className}s against the rest`,
      spec: probabilityHistogramSpec(histogram, {
        className,
        title: `p(${className}) on the test set, log scale`,
      }),
    },
  ];
}

/** Every chart of a run's report, in the report's order. */
export function runCharts(run: TrainedRun): Chart[] {
  const { data, analysis, history, decisionGrid } = run;
  const labelNames = data.classNames;
  const charts: Chart[] = [
    {
      name: 'learning-curves',
      title: 'Learning curves',
      spec: learningCurvesSpec(history.history, { title: 'Learning curves' }),
    },
    {
      name: 'confusion-matrix',
      title: 'Confusion matrix',
      spec: confusionHeatmapSpec(analysis.confusion, { labelNames, title: 'Confusion matrix (test set)' }),
    },
  ];
  if (decisionGrid !== undefined) {
    charts.push({
      name: 'decision-boundary',
      title: 'Decision boundary',
      spec: decisionBoundarySpec(decisionGrid, {
        samples: { coordinates: data.test.x, labels: data.test.y },
        title: 'Decision boundary with the test points',
      }),
    });
  }
  charts.push(...imageCharts(run), ...histogramCharts(run), {
    name: 'class-distribution',
    title: 'Class distribution',
    spec: classDistributionSpec({ train: data.train.y, test: data.test.y }, { labelNames }),
  });
  return charts;
}

import { comparisonBarsSpec, runCurvesSpec } from '@digitlab/metrics';
import type { Chart } from '../report/render-chart';
import type { RunListing } from './run-listing';

/** The charts of index.html: every run's learning curves on shared axes, and their test errors. */
export function runsIndexCharts(runs: readonly RunListing[]): Chart[] {
  const withHistory = runs.filter((run) => (run.history.loss?.length ?? 0) > 0);
  const charts: Chart[] = [];
  if (withHistory.length > 0) {
    charts.push({
      name: 'learning-curves',
      title: 'Learning curves',
      spec: runCurvesSpec(
        withHistory.map((run) => ({ name: run.run, history: run.history })),
        { title: 'Learning curves (validation dashed)' },
      ),
    });
  }
  charts.push({
    name: 'test-error',
    title: 'Test error',
    spec: comparisonBarsSpec(
      runs.map((run) => ({
        name: run.run,
        parameters: run.parameters,
        optimizer: run.optimizer,
        backend: run.backend,
        device: run.device,
        trainingSeconds: run.trainingSeconds,
        testAccuracy: run.accuracy,
      })),
      { title: 'Test error' },
    ),
  });
  return charts;
}

import { epochLine } from '../progress/epoch-line';
import type { TrainedRun } from '../training/train-recipe';

/** The run's Keras-style epoch lines, rebuilt from its history. */
export function trainingLog(run: TrainedRun): string[] {
  const { history, recipe } = run;
  return history.epoch.map((epoch, i) =>
    epochLine({
      epoch,
      epochs: recipe.epochs,
      steps: history.params.steps,
      seconds: history.seconds[i]!,
      logs: {
        loss: history.history.loss[i]!,
        accuracy: history.history.accuracy?.[i],
        val_loss: history.history.val_loss?.[i],
        val_accuracy: history.history.val_accuracy?.[i],
      },
    }),
  );
}

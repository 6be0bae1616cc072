import type { EpochLogs } from '../history/history';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import type { ProgressReporter } from './training-callback';

/** Options of {@link textProgress}. */
export interface TextProgressOptions {
  /**
   * Where lines go.
   * @default console.log
   */
  print?: (line: string) => void;
}

/** Formats one epoch like Keras' `verbose=2`: `Epoch 3/10 - 1.2s - loss: 0.4012 - accuracy: 0.8800`. */
export function formatEpoch(epoch: number, epochs: number, logs: EpochLogs, seconds: number): string {
  const parts = Object.entries(logs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}: ${(value as number).toFixed(4)}`);
  return [`Epoch ${epoch + 1}/${epochs}`, `${seconds.toFixed(1)}s`, ...parts].join(' - ');
}

const textProgressOptionKeys: OptionKeys<TextProgressOptions> = { print: true };

/** A progress reporter that prints one line per epoch and a closing line. */
export function textProgress(options: TextProgressOptions = {}): ProgressReporter {
  checkOptionKeys('textProgress', options, textProgressOptionKeys);
  const { print = console.log } = options;
  return {
    onTrainBegin({ params, context }) {
      print(
        `Training ${context.model.name} on ${context.backend}: ${params.samples} samples` +
          (params.validationSamples > 0 ? `, validating on ${params.validationSamples}` : '') +
          `, ${params.steps} batches of ${params.batchSize} per epoch`,
      );
    },
    onEpochEnd({ epoch, epochs, logs, seconds }) {
      print(formatEpoch(epoch, epochs, logs, seconds));
    },
    onTrainEnd({ stopReason }) {
      if (stopReason !== undefined) print(`Stopped: ${stopReason}`);
    },
  };
}

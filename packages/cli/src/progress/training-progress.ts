import type { EngineUse, TrainingCallback } from '@digitlab/trainer';
import cliProgress from 'cli-progress';
import type { Colors } from 'picocolors/types.js';
import type { OutputStream } from '../cli/cli-io';
import { plural } from '../text/plural';
import { epochLine } from './epoch-line';

/** Options of {@link trainingProgress}. */
export interface TrainingProgressOptions {
  /** Where the bar and the epoch lines go; undefined reports nothing. */
  stream: OutputStream | undefined;
  /**
   * Colours of the lines.
   * @default no colours
   */
  colors?: Colors | undefined;
  /**
   * Draw the live bar; it needs a terminal, so it is off whatever this says when `stream` is not one.
   * @default true
   */
  bar?: boolean;
}

const barFormat =
  'Epoch {epoch}/{epochs} {bar} {value}/{total} | ETA {eta_formatted} | loss {loss} | accuracy {accuracy}';

/**
 * Training progress for a terminal: a live bar per epoch (batches, ETA, running loss and accuracy) drawn
 * with cli-progress, replaced at the end of the epoch by one Keras-style line with the validation numbers
 * and the time. Streams that are not terminals get the lines only.
 */
export function trainingProgress(options: TrainingProgressOptions): TrainingCallback {
  const { stream, colors, bar: wantsBar = true } = options;
  if (stream === undefined) return {};
  const live = wantsBar && stream.isTTY === true;
  let bar: cliProgress.SingleBar | undefined;
  const dim = (text: string) => colors?.dim(text) ?? text;
  return {
    onTrainBegin({ params, context }) {
      const validation =
        params.validationSamples > 0 ? `, validating on ${params.validationSamples}` : ', no validation';
      stream.write(
        `${dim(
          `Training ${context.model.name} on ${context.backend}${engineNote(context.history)}: ` +
            `${plural(params.samples, 'sample')}${validation}, ` +
            `${plural(params.steps, 'batch', 'batches')} of ${params.batchSize} per epoch, ${params.optimizer}`,
        )}\n`,
      );
    },
    onEpochBegin({ epoch, epochs, context }) {
      if (!live) return;
      bar = new cliProgress.SingleBar({
        stream: stream as NodeJS.WritableStream,
        format: barFormat,
        barsize: 24,
        barCompleteChar: '█',
        barIncompleteChar: '░',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
      });
      bar.start(context.params.steps, 0, { epoch: epoch + 1, epochs, loss: '-', accuracy: '-' });
    },
    onBatchEnd({ batch, loss, accuracy }) {
      bar?.update(batch + 1, { loss: loss.toFixed(4), accuracy: accuracy?.toFixed(4) ?? '-' });
    },
    onEpochEnd({ epoch, epochs, logs, seconds, context }) {
      bar?.stop();
      bar = undefined;
      stream.write(`${epochLine({ epoch, epochs, steps: context.params.steps, seconds, logs })}\n`);
    },
    onTrainEnd({ stopReason }) {
      bar?.stop();
      if (stopReason !== undefined) stream.write(`${dim(`Stopped early: ${stopReason}`)}\n`);
    },
  };
}

/** ` (fused engine, 2 threads)` for a run on the fused engine; nothing for tfjs ops. */
export function engineNote({ engine, threads }: EngineUse): string {
  return engine === 'fused' ? ` (fused engine, ${plural(threads, 'thread')})` : '';
}

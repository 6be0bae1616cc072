import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ComputeDevice } from '@digitlab/metrics';
import { type EngineUse, readEngineUse } from '@digitlab/trainer';
import { RunsFolderError } from '../errors/runs-folder-error';
import { type JsonObject, jsonObject, readJsonObject } from '../io/read-json-object';

/** One run folder, as `digitlab runs` lists it: what metrics.json and history.json say about it. */
export interface RunListing {
  /** The folder, relative to the listed folder, e.g. `'20261203-062438-mlp'` or `'…-compare/lenet5'`. */
  readonly run: string;
  /** The folder's absolute path. */
  readonly folder: string;
  /** The lab's name, or the model's for `train`. */
  readonly name: string;
  /** The catalog model. */
  readonly model: string;
  readonly parameters: number;
  readonly dataset: string;
  /** Samples trained on, validated on each epoch, and tested on. */
  readonly samples: { readonly train: number; readonly validation: number; readonly test: number };
  readonly optimizer: string;
  readonly epochs: number;
  /** Test accuracy, a fraction. */
  readonly accuracy: number;
  readonly loss: number;
  readonly trainingSeconds: number;
  /** When the run started, ISO 8601. */
  readonly createdAt: string;
  /** The tfjs backend, e.g. `'wasm'`. */
  readonly backend: string;
  /** Where it computed; runs written before digitlab recorded the device count as `'cpu'`. */
  readonly device: ComputeDevice;
  /**
   * The engine that computed the batches and its threads (read from the fields, or from the `'fused x2'`
   * string of folders written before them); null for runs that did not record it.
   */
  readonly engine: EngineUse | null;
  /** Keras' `history.history`: per-epoch loss, accuracy and their validation values. */
  readonly history: Readonly<Record<string, readonly number[]>>;
}

/** A JSON file of a run folder, or undefined when it is absent. */
function readJson(root: string, file: string): Promise<JsonObject | undefined> {
  return readJsonObject(
    file,
    (error) =>
      new RunsFolderError(
        root,
        `${file} is not JSON digitlab wrote; remove or rewrite that run folder`,
        // The parser's message quotes the file; its name (SyntaxError) says enough without echoing content.
        error.name,
      ),
  );
}

/** A run folder's listing, or undefined for a folder that is not a finished run (no metrics.json). */
async function readRun(root: string, folder: string): Promise<RunListing | undefined> {
  const metrics = await readJson(root, join(folder, 'metrics.json'));
  if (metrics === undefined) return undefined;
  if (typeof metrics.accuracy !== 'number' || typeof metrics.createdAt !== 'string') {
    throw new RunsFolderError(
      root,
      `${join(folder, 'metrics.json')} is not a metrics.json digitlab wrote (its accuracy must be a number and its createdAt a string)`,
      // Types only: a field's value is the file's content, never echoed.
      `accuracy: ${typeof metrics.accuracy}, createdAt: ${typeof metrics.createdAt}`,
    );
  }
  const history = (await readJson(root, join(folder, 'history.json'))) ?? {};
  const model = jsonObject(metrics.model);
  const dataset = jsonObject(metrics.dataset);
  const settings = jsonObject(metrics.settings);
  const timing = jsonObject(metrics.timing);
  return {
    run: relative(root, folder),
    folder,
    name: String(metrics.name),
    model: String(model.name),
    parameters: Number(model.trainableParams ?? model.params),
    dataset: String(dataset.name),
    samples: {
      train: Number(dataset.train),
      validation: Number(dataset.validation),
      test: Number(dataset.test),
    },
    optimizer: String(settings.optimizer),
    epochs: Number(settings.epochsRun ?? settings.epochs),
    accuracy: Number(metrics.accuracy),
    loss: Number(metrics.loss),
    trainingSeconds: Number(timing.trainingSeconds),
    createdAt: String(metrics.createdAt),
    backend: String(metrics.backend),
    device: jsonObject(metrics.device).device === 'gpu' ? 'gpu' : 'cpu',
    engine: readEngineUse(metrics) ?? null,
    history: jsonObject(history.history) as RunListing['history'],
  };
}

/** Sub-folders of `folder`, leaving out the temporary `.name.partial-*` folders of writes in progress. */
async function subfolders(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => join(folder, entry.name))
    .sort();
}

/**
 * The finished runs in `root`, oldest first: every folder holding a metrics.json, and the run folders one
 * level down (inside the folders `compare` and `lab mlp` write).
 */
export async function listRuns(root: string): Promise<RunListing[]> {
  let folders: string[];
  try {
    folders = await subfolders(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new RunsFolderError(
        root,
        'there is no such folder; train a run first or pass the folder that holds them',
        `code=${code}`,
      );
    }
    throw error;
  }
  const runs: RunListing[] = [];
  for (const folder of folders) {
    const run = await readRun(root, folder);
    if (run !== undefined) runs.push(run);
    else {
      for (const inner of await subfolders(folder)) {
        const nested = await readRun(root, inner);
        if (nested !== undefined) runs.push(nested);
      }
    }
  }
  return runs.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.run.localeCompare(b.run));
}

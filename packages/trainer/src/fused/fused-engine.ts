import * as tf from '@tensorflow/tfjs-core';
import type { SampleSet } from '../data/samples';
import type { LossName } from '../losses/loss';
import type { LayerSpec } from './describe-layers';
import type { FusedOptimizer } from './fused-optimizer';
import { instantiateKernels, type KernelExports, kernelsModule } from './load-kernels';
import { layoutMemory, type MemoryLayout } from './memory-layout';
import { readSlots, slotViews, writeSlots } from './optimizer-slots';
import { header, lossCode } from './plan-layout';
import { ThreadTeam } from './thread-team';

/** What the engine is built for. */
export interface FusedEngineSetup {
  readonly specs: readonly LayerSpec[];
  readonly loss: LossName;
  readonly optimizer: tf.Optimizer;
  readonly fusedOptimizer: FusedOptimizer;
  readonly set: SampleSet;
  /** Rows of the largest batch. */
  readonly batchSize: number;
  /** Threads, at most `batchSize` (resolved once, by the caller). */
  readonly threads: number;
}

/** An engine laid out but not started: its setup, the compiled kernels and where everything lives. */
export interface FusedEnginePlan {
  readonly setup: FusedEngineSetup;
  readonly module: WebAssembly.Module;
  readonly layout: MemoryLayout;
}

/**
 * Trains a Sequential model inside one WebAssembly module: forward pass, loss, backward pass and optimizer
 * update of a batch run as a handful of calls on memory laid out once, split across threads by rows. The
 * model's variables and the optimizer's slots are the truth between epochs: `syncToModel` copies back.
 */
export class FusedEngine {
  readonly threads: number;
  readonly #setup: FusedEngineSetup;
  readonly #layout: MemoryLayout;
  readonly #memory: WebAssembly.Memory;
  readonly #kernels: KernelExports;
  readonly #team: ThreadTeam | undefined;
  readonly #floats: Float32Array;
  readonly #header: Int32Array;
  /** The header again, for its float32 fields. */
  readonly #headerFloats: Float32Array;
  /** Where each batch's raw rows are copied: bytes, or floats when the features are floats. */
  readonly #staging: Uint8Array | Float32Array;
  readonly #trainable: { variable: tf.Variable; pointer: number }[] = [];

  private constructor(
    setup: FusedEngineSetup,
    layout: MemoryLayout,
    memory: WebAssembly.Memory,
    kernels: KernelExports,
    team: ThreadTeam | undefined,
  ) {
    this.#setup = setup;
    this.#layout = layout;
    this.#memory = memory;
    this.#kernels = kernels;
    this.#team = team;
    this.threads = setup.threads;
    this.#floats = new Float32Array(memory.buffer);
    this.#header = new Int32Array(memory.buffer, layout.plan, layout.words.length);
    this.#header.set(layout.words);
    this.#headerFloats = new Float32Array(memory.buffer, layout.plan, layout.words.length);
    new Float64Array(memory.buffer, layout.plan + header.scale * 4, 1)[0] = setup.set.scale;
    const { features, sampleSize } = setup.set;
    const stagingLength = setup.batchSize * sampleSize;
    this.#staging =
      features instanceof Float32Array
        ? new Float32Array(memory.buffer, layout.input, stagingLength)
        : new Uint8Array(memory.buffer, layout.input, stagingLength);
    this.#header[header.loss] = setup.loss === 'binaryCrossentropy' ? lossCode.binary : lossCode.categorical;
    this.#header[header.optimizer] = setup.fusedOptimizer.code;
    this.#header[header.nesterov] = setup.fusedOptimizer.nesterov ? 1 : 0;
    setup.specs.forEach((spec, s) => {
      spec.weights.forEach((variable, w) => {
        const pointer = layout.weightPointers[s]![w]!;
        this.#floats.set(variable.dataSync(), pointer / 4);
        if (spec.trainable) this.#trainable.push({ variable, pointer });
      });
    });
  }

  /**
   * Compiles the kernels and lays out the memory `setup` needs (`layout.bytes`, checked against a limit
   * before any of it is made). Nothing is allocated but the kernels' one-page probe.
   */
  static async plan(setup: FusedEngineSetup): Promise<FusedEnginePlan> {
    const { specs, set, batchSize, threads } = setup;
    const shared = threads > 1;
    const module = await kernelsModule(shared);
    // The static data's end is known once instantiated: probe with a one-page memory, then lay out above it.
    const probe = new WebAssembly.Memory({ initial: 1, maximum: 1, shared });
    const base = (await instantiateKernels(module, probe)).dataEnd();
    const inputBytes = set.features instanceof Float32Array ? 4 : 1;
    const options = { batchSize, threads, inputSize: set.sampleSize, units: set.units, inputBytes, base };
    return { setup, module, layout: layoutMemory(specs, options) };
  }

  /** Makes the planned memory, copies the weights and optimizer slots in, and starts the worker threads. */
  static async create(plan: FusedEnginePlan): Promise<FusedEngine> {
    const { setup, module, layout } = plan;
    const shared = setup.threads > 1;
    const pages = Math.ceil(layout.bytes / 65536);
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared });
    const kernels = await instantiateKernels(module, memory);
    const abortWord = layout.plan / 4 + header.abort;
    const team = shared
      ? await ThreadTeam.create(module, memory, kernels, setup.threads, abortWord)
      : undefined;
    const engine = new FusedEngine(setup, layout, memory, kernels, team);
    await readSlots(setup.optimizer, engine.#slotViews(), setup.fusedOptimizer.slotStart);
    return engine;
  }

  /** Trains on the samples `order[start .. end)`; the batch's mean loss and number of correct predictions. */
  step(order: Uint32Array, start: number, end: number, seed: number): { loss: number; correct: number } {
    const { set, fusedOptimizer } = this.#setup;
    const { targets, threadBase, threadStride } = this.#layout;
    const size = end - start;
    const { sampleSize, units, features } = set;
    for (let row = 0; row < size; row++) {
      const sample = order[start + row]!;
      this.#staging.set(features.subarray(sample * sampleSize, (sample + 1) * sampleSize), row * sampleSize);
      this.#floats.set(
        set.targets!.subarray(sample * units, (sample + 1) * units),
        targets / 4 + row * units,
      );
    }
    const words = this.#header;
    words[header.batch] = size;
    words[header.slice] = Math.ceil(size / this.threads);
    words[header.seed] = seed | 0;
    // The barrier's state, fresh for every step: no thread has arrived, none has failed.
    words[header.arrived] = 0;
    words[header.abort] = 0;
    this.#headerFloats.set(fusedOptimizer.nextStep(), header.learningRate);
    if (this.#team !== undefined) this.#team.run(this.#layout.plan);
    else this.#kernels.step(this.#layout.plan, 0);
    fusedOptimizer.stepTaken();
    let loss = 0;
    let correct = 0;
    for (let thread = 0; thread < this.threads; thread++) {
      const at = (threadBase + thread * threadStride) / 4;
      loss += this.#floats[at]!;
      correct += this.#floats[at + 1]!;
    }
    return { loss: loss / size, correct };
  }

  /** Copies the trained weights into the model's variables and the state into the optimizer. */
  async syncToModel(): Promise<void> {
    tf.tidy(() => {
      for (const { variable, pointer } of this.#trainable) {
        variable.assign(
          tf.tensor(this.#floats.slice(pointer / 4, pointer / 4 + variable.size), variable.shape),
        );
      }
    });
    await writeSlots(this.#setup.optimizer, this.#slotViews());
    this.#setup.fusedOptimizer.writeBack();
  }

  /** Stops the worker threads; the memory goes with the engine. */
  dispose(): void {
    this.#team?.dispose();
  }

  #slotViews() {
    const { state1, state2, params } = this.#layout;
    const slotNames = this.#setup.fusedOptimizer.slots;
    const views = [state1, state2]
      .slice(0, slotNames.length)
      .map((base) =>
        this.#trainable.map(
          ({ variable, pointer }) =>
            new Float32Array(this.#memory.buffer, base + (pointer - params), variable.size),
        ),
      );
    return slotViews(
      this.#trainable.map(({ variable }) => variable),
      slotNames,
      views,
    );
  }
}

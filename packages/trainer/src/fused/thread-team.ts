import { nodeBuiltin } from '@digitlab/spec';
import { FusedEngineError } from '../errors/fused-engine-error';

// Runs the fused engine's training step on several threads over one shared WebAssembly memory. The
// calling thread is thread 0; workers 1..n-1 sleep on a generation counter (Atomics.wait), run the step
// when the control block says so, count themselves done and notify. The threads meet at a barrier inside
// the step, so a thread that fails sets the memory's abort word, and the others leave the barrier instead
// of waiting for it. Workers are created from source text, so the package needs no separate worker file
// and no bundler support.

/** The kernels' export the team runs: one training step for `thread`. */
export interface TeamKernels {
  step(plan: number, thread: number): void;
}

const control = { command: 0, generation: 1, done: 2, plan: 3, failed: 4, ready: 5, abort: 6 } as const;
const runStep = 1;

// Shared by the Node and browser workers: `start(module, memory, flags, thread)`. A worker starts a step only
// when the generation has moved: Atomics.wait can return 'ok' without a new one (seen on Node 20 about once in
// a few thousand steps), and acting on that ran the last step again, racing the next one. Built on demand:
// bundlers keep a top-level template literal with substitutions even when nothing uses it.
const workerLoop = (): string => `
async function start(module, memory, flags, thread) {
  let step;
  const words = new Int32Array(memory.buffer);
  try {
    const instance = await WebAssembly.instantiate(module, { env: { memory, abort() { throw new Error('abort'); } } });
    step = instance.exports.step;
  } catch {
    Atomics.store(flags, ${control.failed}, 1);
  }
  Atomics.add(flags, ${control.ready}, 1);
  Atomics.notify(flags, ${control.ready});
  let seen = 0;
  for (;;) {
    while (Atomics.load(flags, ${control.generation}) === seen) Atomics.wait(flags, ${control.generation}, seen);
    seen = Atomics.load(flags, ${control.generation});
    const command = Atomics.load(flags, ${control.command});
    if (command === 0) return;
    try {
      step(Atomics.load(flags, ${control.plan}), thread);
    } catch {
      Atomics.store(flags, ${control.failed}, 1);
      Atomics.store(words, Atomics.load(flags, ${control.abort}), 1);
    }
    Atomics.add(flags, ${control.done}, 1);
    Atomics.notify(flags, ${control.done});
  }
}`;

const nodeWorker = (): string => `${workerLoop()}
const { workerData } = require('node:worker_threads');
start(workerData.module, workerData.memory, new Int32Array(workerData.control), workerData.thread);`;

const browserWorker = (): string => `${workerLoop()}
onmessage = ({ data }) => start(data.module, data.memory, new Int32Array(data.control), data.thread).then(() => close());`;

interface NodeWorker {
  unref(): void;
  terminate(): Promise<number>;
}
type NodeWorkerConstructor = new (code: string, options: object) => NodeWorker;

function nodeWorkerThreads(): { Worker: NodeWorkerConstructor } | undefined {
  return nodeBuiltin<{ Worker: NodeWorkerConstructor }>('node:worker_threads');
}

/** Thread 0 plus `threads - 1` workers running the same kernels module over `memory`. */
export class ThreadTeam {
  readonly threads: number;
  readonly #flags: Int32Array;
  readonly #kernels: TeamKernels;
  readonly #words: Int32Array;
  readonly #abortWord: number;
  readonly #stops: (() => void)[] = [];
  readonly #canBlock: boolean;

  private constructor(kernels: TeamKernels, memory: WebAssembly.Memory, abortWord: number, threads: number) {
    this.threads = threads;
    this.#kernels = kernels;
    this.#words = new Int32Array(memory.buffer);
    this.#abortWord = abortWord;
    this.#flags = new Int32Array(new SharedArrayBuffer(32));
    this.#canBlock = nodeWorkerThreads() !== undefined;
  }

  /**
   * Starts `threads - 1` workers over `memory` and resolves once each has instantiated the kernels (a
   * browser starts a worker only when the page's thread is free, so the steps must not begin before).
   * `abortWord` is the index of the int32 in `memory` that a failing thread sets to 1.
   */
  static async create(
    module: WebAssembly.Module,
    memory: WebAssembly.Memory,
    kernels: TeamKernels,
    threads: number,
    abortWord: number,
  ): Promise<ThreadTeam> {
    const team = new ThreadTeam(kernels, memory, abortWord, threads);
    const flags = team.#flags;
    flags[control.abort] = abortWord;
    const workerThreads = nodeWorkerThreads();
    for (let thread = 1; thread < threads; thread++) {
      const data = { module, memory, control: flags.buffer, thread };
      if (workerThreads !== undefined) {
        const worker = new workerThreads.Worker(nodeWorker(), { eval: true, workerData: data });
        worker.unref();
        team.#stops.push(() => void worker.terminate());
      } else {
        const url = URL.createObjectURL(new Blob([browserWorker()], { type: 'text/javascript' }));
        const worker = new Worker(url);
        URL.revokeObjectURL(url);
        worker.postMessage(data);
        team.#stops.push(() => worker.terminate());
      }
    }
    const deadline = performance.now() + 30_000;
    while (Atomics.load(flags, control.ready) < threads - 1 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    if (Atomics.load(flags, control.ready) < threads - 1 || Atomics.load(flags, control.failed) !== 0) {
      team.dispose();
      throw new FusedEngineError(
        `${threads - 1} worker thread(s) did not start`,
        "pass threads: 1, or engine: 'tfjs'",
        `threads: ${threads}`,
      );
    }
    return team;
  }

  /**
   * Runs the step on every thread and returns when all are done; rethrows thread 0's error, or throws if
   * a worker's kernel trapped, once every worker has left the step.
   */
  run(plan: number): void {
    const flags = this.#flags;
    Atomics.store(flags, control.command, runStep);
    Atomics.store(flags, control.plan, plan);
    Atomics.store(flags, control.done, 0);
    Atomics.add(flags, control.generation, 1);
    Atomics.notify(flags, control.generation);
    let failure: { error: unknown } | undefined;
    try {
      this.#kernels.step(plan, 0);
    } catch (error) {
      failure = { error };
      Atomics.store(this.#words, this.#abortWord, 1);
    }
    const workers = this.threads - 1;
    for (
      let done = Atomics.load(flags, control.done);
      done < workers;
      done = Atomics.load(flags, control.done)
    ) {
      if (this.#canBlock) Atomics.wait(flags, control.done, done, 1000);
    }
    if (failure !== undefined) throw failure.error;
    if (Atomics.load(flags, control.failed) !== 0) {
      throw new FusedEngineError(
        'a worker thread failed in a training step',
        "train with engine: 'tfjs' and report it",
        `threads: ${this.threads}`,
      );
    }
  }

  /** Stops the workers. */
  dispose(): void {
    Atomics.store(this.#flags, control.command, 0);
    Atomics.add(this.#flags, control.generation, 1);
    Atomics.notify(this.#flags, control.generation);
    for (const stop of this.#stops) stop();
    this.#stops.length = 0;
  }
}

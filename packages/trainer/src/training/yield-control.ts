import { InvalidOptionError } from '../errors/invalid-option-error';

/**
 * When `fit` gives the event loop a turn: `'auto'` (every 16 ms, so a page repaints at ~60 fps and an
 * AbortSignal or timer can fire), `'batch'`, `'epoch'`, `'never'`, or every N milliseconds.
 */
export type YieldEvery = 'auto' | 'batch' | 'epoch' | 'never' | number;

/** Decides, cheaply, when to yield, and yields with the fastest macrotask the platform has. */
export class YieldControl {
  readonly #every: YieldEvery;
  #last = performance.now();

  constructor(every: YieldEvery) {
    const valid = every === 'auto' || every === 'batch' || every === 'epoch' || every === 'never';
    if (!valid && !(typeof every === 'number' && every >= 0)) {
      throw new InvalidOptionError(
        'fit',
        'yieldEvery',
        "must be 'auto', 'batch', 'epoch', 'never' or milliseconds >= 0",
        every,
      );
    }
    this.#every = every;
  }

  /** Called after each batch. */
  async afterBatch(): Promise<void> {
    if (this.#every === 'batch') return this.#yield();
    if (this.#every === 'epoch' || this.#every === 'never') return;
    const interval = this.#every === 'auto' ? 16 : this.#every;
    if (performance.now() - this.#last >= interval) await this.#yield();
  }

  /** Called after each epoch. */
  async afterEpoch(): Promise<void> {
    if (this.#every !== 'never') await this.#yield();
  }

  async #yield(): Promise<void> {
    await nextMacrotask();
    this.#last = performance.now();
  }
}

/** Resolves on the next macrotask: setImmediate in Node, a MessageChannel message in browsers (no 4 ms clamp). */
export function nextMacrotask(): Promise<void> {
  const scope = globalThis as { setImmediate?: (callback: () => void) => void };
  if (scope.setImmediate !== undefined) return new Promise((resolve) => scope.setImmediate!(resolve));
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

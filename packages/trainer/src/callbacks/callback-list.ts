import type { TrainingCallback } from './training-callback';

type Hook = keyof TrainingCallback;
type EventOf<H extends Hook> = Parameters<NonNullable<TrainingCallback[H]>>[0];

/** Calls a hook on every callback in order, awaiting those that return a promise. */
export class CallbackList {
  readonly #callbacks: readonly TrainingCallback[];

  constructor(callbacks: readonly TrainingCallback[]) {
    this.#callbacks = callbacks;
  }

  /** Whether any callback listens to `hook` (lets the loop skip building events nobody reads). */
  has(hook: Hook): boolean {
    return this.#callbacks.some((callback) => callback[hook] !== undefined);
  }

  async emit<H extends Hook>(hook: H, event: EventOf<H>): Promise<void> {
    for (const callback of this.#callbacks) {
      const handler = callback[hook] as ((event: EventOf<H>) => void | Promise<void>) | undefined;
      if (handler === undefined) continue;
      const result = handler.call(callback, event);
      if (result instanceof Promise) await result;
    }
  }
}

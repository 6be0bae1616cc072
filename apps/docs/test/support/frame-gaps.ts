import type { Page } from 'playwright-core';

/** When to start measuring: once the element's numeric attribute reaches `atLeast`. */
export interface FrameGapsStart {
  readonly selector: string;
  readonly attribute: string;
  readonly atLeast: number;
}

/**
 * Starts recording the time between animation frames in the page, from the moment `start` is met; the
 * returned function stops and gives the longest gap in milliseconds, the frames and the seconds measured.
 * A page frozen by training shows one long gap; one that yields keeps painting.
 */
export async function recordFrameGaps(
  page: Page,
  start: FrameGapsStart,
): Promise<() => Promise<{ longest: number; frames: number; seconds: number }>> {
  await page.evaluate(({ selector, attribute, atLeast }) => {
    const state = { first: 0, last: 0, longest: 0, frames: 0, running: true };
    (window as unknown as { __frames: typeof state }).__frames = state;
    const tick = (now: number) => {
      const value = Number(document.querySelector(selector)?.getAttribute(attribute));
      if (value >= atLeast) {
        if (state.frames > 0) state.longest = Math.max(state.longest, now - state.last);
        else state.first = now;
        state.last = now;
        state.frames++;
      }
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, start);
  return () =>
    page.evaluate(() => {
      const state = (
        window as unknown as {
          __frames: { first: number; last: number; longest: number; frames: number; running: boolean };
        }
      ).__frames;
      state.running = false;
      return { longest: state.longest, frames: state.frames, seconds: (state.last - state.first) / 1000 };
    });
}

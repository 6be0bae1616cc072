// Step timing shared by the benchmark's runners: batch-end timestamps in, seconds per step out.

/**
 * Records wall-clock and CPU time (user + system, this process) at every batch end. `secondsPerStep()` is
 * the median of each over the steps after `warmup`: the median because the machines we share have bursts
 * of load from other jobs, and CPU time because it hardly depends on them (the JS side is one thread).
 */
export function stepClock(warmup) {
  const walls = [];
  const cpus = [];
  return {
    tick: () => {
      walls.push(performance.now());
      const usage = process.cpuUsage();
      cpus.push((usage.user + usage.system) / 1000);
    },
    secondsPerStep() {
      if (walls.length - warmup < 1)
        throw new Error(`Only ${walls.length} batch ends; raise the step count.`);
      return {
        wall: medianStep(walls.slice(warmup - 1)) / 1000,
        cpu: medianStep(cpus.slice(warmup - 1)) / 1000,
      };
    },
  };
}

function medianStep(stamps) {
  return median(
    stamps
      .slice(1)
      .map((stamp, i) => stamp - stamps[i])
      .sort((a, b) => a - b),
  );
}

/** The median of sorted numbers. */
export function median(sorted) {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs each timing function `rounds` times, alternating their order, and keeps each one's best wall and
 * best CPU figure (`{ wall, cpu }` per name; a function may return undefined to be left out).
 */
export async function bestOf(rounds, timers) {
  const best = {};
  for (let round = 0; round < rounds; round++) {
    const names = Object.keys(timers);
    if (round % 2 === 1) names.reverse();
    for (const name of names) {
      const seconds = await timers[name]();
      if (seconds === undefined) continue;
      const previous = best[name] ?? { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
      best[name] = { wall: Math.min(previous.wall, seconds.wall), cpu: Math.min(previous.cpu, seconds.cpu) };
    }
  }
  return best;
}

/** The first `count` samples of an ImageDataset-like object. */
export function firstSamples(dataset, count) {
  const size = dataset.height * dataset.width * dataset.channels;
  return {
    ...dataset,
    images: dataset.images.subarray(0, count * size),
    labels: dataset.labels.subarray(0, count),
    count,
  };
}

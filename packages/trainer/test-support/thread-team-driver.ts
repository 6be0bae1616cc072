// The thread team's test scenarios, run in a child process: thread-team.test.ts bundles this file and
// runs it under `timeout -s KILL`, because a team whose worker never reports done blocks the calling
// thread in Atomics.wait, where no test timeout can interrupt it.
// Usage: node driver.mjs COUNTING.wasm once|spurious|worker-traps|main-traps. Prints one JSON line: the
// step's run counts per thread (before and after its barrier) after each stage, the error a run threw,
// and the process's peak RSS in MB.
import { readFileSync } from 'node:fs';
import { ThreadTeam } from '../src/fused/thread-team';

const [wasmPath = '', scenario = ''] = process.argv.slice(2);
const module = await WebAssembly.compile(readFileSync(wasmPath));
const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
const plan = 1024;
const { exports } = await WebAssembly.instantiate(module, { env: { memory, abort() {} } });
// The team's control flags are the one SharedArrayBuffer it makes: keep it, to wake its worker by hand.
const created: SharedArrayBuffer[] = [];
const Original = globalThis.SharedArrayBuffer;
globalThis.SharedArrayBuffer = class extends Original {
  constructor(length: number) {
    super(length);
    created.push(this);
  }
} as SharedArrayBufferConstructor;
let team: ThreadTeam;
try {
  team = await ThreadTeam.create(module, memory, exports as never, 2, (plan + 36) / 4);
} finally {
  globalThis.SharedArrayBuffer = Original;
}
const words = new Int32Array(memory.buffer, plan, 10);
const flags = new Int32Array(created[0]!);
const stages: number[][] = [];
let error: string | undefined;
/** One step, its barrier's arrivals and abort word reset first as the engine does. */
const run = (): void => {
  words[8] = 0;
  words[9] = 0;
  try {
    team.run(plan);
  } catch (thrown) {
    error = `${(thrown as Error).name}: ${(thrown as Error).message}`;
  }
};
if (scenario === 'once') {
  run();
  run();
  stages.push(Array.from(words.subarray(0, 4)));
} else if (scenario === 'spurious') {
  run();
  for (let i = 0; i < 5; i++) {
    Atomics.notify(flags, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  stages.push(Array.from(words.subarray(0, 4)));
  run();
  stages.push(Array.from(words.subarray(0, 4)));
} else if (scenario === 'worker-traps' || scenario === 'main-traps') {
  words[scenario === 'worker-traps' ? 5 : 4] = 1;
  run();
  stages.push(Array.from(words.subarray(0, 4)));
} else {
  throw new Error(
    `Usage: driver.mjs COUNTING.wasm once|spurious|worker-traps|main-traps. Received: ${scenario}`,
  );
}
team.dispose();
console.log(JSON.stringify({ stages, error, peakRssMb: process.resourceUsage().maxRSS / 1024 }));

// The thread team's test scenarios, run in a child process: thread-team.test.ts bundles this file and
// runs it under `timeout -s KILL`, because a team whose worker never reports done blocks the calling
// thread in Atomics.wait, where no test timeout can interrupt it.
// Usage: node driver.mjs COUNTING.wasm once|spurious. Prints one JSON line: the phases' run counts per
// thread after each stage, and the process's peak RSS in MB.
import { readFileSync } from 'node:fs';
import { ThreadTeam } from '../src/fused/thread-team';

const [wasmPath = '', scenario = ''] = process.argv.slice(2);
const module = await WebAssembly.compile(readFileSync(wasmPath));
const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
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
  team = await ThreadTeam.create(module, memory, exports as never, 2);
} finally {
  globalThis.SharedArrayBuffer = Original;
}
const counts = new Int32Array(memory.buffer, 1024, 4);
const flags = new Int32Array(created[0]!);
const stages: number[][] = [];
if (scenario === 'once') {
  team.run('forwardBackward', 1024);
  team.run('update', 1024);
  team.run('update', 1024);
  stages.push(Array.from(counts));
} else if (scenario === 'spurious') {
  team.run('update', 1024);
  for (let i = 0; i < 5; i++) {
    Atomics.notify(flags, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  stages.push(Array.from(counts));
  team.run('forwardBackward', 1024);
  stages.push(Array.from(counts));
} else {
  throw new Error(`Usage: driver.mjs COUNTING.wasm once|spurious. Received: ${scenario}`);
}
team.dispose();
console.log(JSON.stringify({ stages, peakRssMb: process.resourceUsage().maxRSS / 1024 }));

import asc from 'assemblyscript/asc';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadTeam } from './thread-team';

// Two phases that only count their runs, per thread, in the shared memory: forwardBackward at plan + 4 *
// thread, update at plan + 8 + 4 * thread.
const source = `
export function forwardBackward(plan: usize, thread: i32): void { atomic.add<i32>(plan + (<usize>thread << 2), 1); }
export function update(plan: usize, thread: i32): void { atomic.add<i32>(plan + 8 + (<usize>thread << 2), 1); }
`;

async function countingTeam() {
  const { binary, stderr } = await asc.compileString(source, {
    runtime: 'stub',
    importMemory: true,
    sharedMemory: true,
    initialMemory: 1,
    maximumMemory: 1,
    enable: ['threads'],
  });
  if (binary === null) throw new Error(String(stderr));
  const module = await WebAssembly.compile(new Uint8Array(binary));
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
  return { team, counts: new Int32Array(memory.buffer, 1024, 4), flags: new Int32Array(created[0]!) };
}

const teams: ThreadTeam[] = [];
afterEach(() => {
  for (const team of teams.splice(0)) team.dispose();
});

describe('the fused engine thread team', () => {
  it('runs each phase once per thread', async () => {
    const { team, counts } = await countingTeam();
    teams.push(team);
    team.run('forwardBackward', 1024);
    team.run('update', 1024);
    team.run('update', 1024);
    expect(Array.from(counts)).toEqual([1, 1, 2, 2]);
  }, 60_000);

  // Atomics.wait can return 'ok' with nothing new to run (seen on Node 20 about once in a few thousand
  // training steps); a worker that then ran the last phase again updated its share of the weights twice, racing the
  // next phase. A notify with no new generation is exactly that wake-up.
  it('runs nothing when its worker wakes without a new phase', async () => {
    const { team, counts, flags } = await countingTeam();
    teams.push(team);
    team.run('update', 1024);
    for (let i = 0; i < 5; i++) {
      Atomics.notify(flags, 1);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(Array.from(counts)).toEqual([0, 0, 1, 1]);
    team.run('forwardBackward', 1024);
    expect(Array.from(counts)).toEqual([1, 1, 1, 1]);
  }, 60_000);
});

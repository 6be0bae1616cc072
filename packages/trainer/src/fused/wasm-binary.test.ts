import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type FusedKernelBuild, fusedKernelBuild, instantiateKernels, kernelsModule } from './load-kernels';
import { gemmScratchBytes } from './memory-layout';
import { header, layerField } from './plan-layout';

const root = new URL('../../', import.meta.url);

/** The kernels of `build` over a fresh 4 MiB memory, and that memory as floats. */
async function kernelsOn(build: FusedKernelBuild, shared: boolean) {
  const memory = new WebAssembly.Memory({ initial: 64, maximum: 64, shared });
  const kernels = await instantiateKernels(await kernelsModule(shared, build), memory);
  return { kernels, floats: new Float32Array(memory.buffer) };
}

/** Byte addresses of A (m x k), B (k x n), C (m x n) and the GEMM's scratch, 64 bytes apart. */
function operands(m: number, n: number, k: number) {
  const a = 1 << 16;
  const b = a + m * k * 4 + 64;
  const c = b + k * n * 4 + 64;
  return { a, b, c, scratch: c + m * n * 4 + 64 };
}

describe('the shipped WebAssembly kernels', () => {
  it('are the build of assembly/ (the committed base64 is what scripts/build-wasm.mjs makes now)', async () => {
    const { compileVariants } = await import(new URL('scripts/build-wasm.mjs', root).href);
    const committed = await readFile(new URL('src/fused/wasm-binary.generated.ts', root), 'utf8');
    expect(await compileVariants()).toBe(committed);
    // Four compilations (two builds, two memory kinds): seconds alone, minutes on a loaded machine.
  }, 180_000);

  it('lay out the plan as assembly/plan.ts says (each H_ and L_ constant has the same number here)', async () => {
    const source = await readFile(new URL('assembly/plan.ts', root), 'utf8');
    const constants = new Map(
      [...source.matchAll(/export const ([HL])_([A-Z0-9_]+): i32 = (\d+);/g)].map(([, kind, name, value]) => [
        `${kind}_${name}`,
        Number(value),
      ]),
    );
    const camel = (name: string) =>
      name.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
    const ours = new Map<string, number>([
      ...Object.entries(header).map(([name, value]) => [`H_${name}`, value] as const),
      ...Object.entries(layerField).map(([name, value]) => [`L_${name}`, value] as const),
    ]);
    expect(constants.size).toBe(ours.size);
    for (const [name, value] of constants) {
      const key = `${name.slice(0, 2)}${camel(name.slice(2))}`;
      expect(ours.get(key), name).toBe(value);
    }
  });

  it('pick the relaxed-SIMD build exactly where the engine validates it (Node 22+, not Node 20)', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(fusedKernelBuild()).toBe(major >= 22 ? 'relaxed-simd' : 'simd');
  });

  // The plain build runs everywhere; the relaxed one where this Node validates it (the suite also runs on
  // Node 24, so both are exercised).
  const runnable: FusedKernelBuild[] =
    fusedKernelBuild() === 'relaxed-simd' ? ['simd', 'relaxed-simd'] : ['simd'];
  it.each(runnable)(
    'compute C = A x B (%s build), every transposition, as a plain triple loop does',
    async (build) => {
      for (const shared of [false, true]) {
        const { kernels, floats } = await kernelsOn(build, shared);
        for (const [m, n, k] of [
          [1, 1, 1],
          [5, 7, 3],
          [37, 9, 300],
          [4, 33, 17],
          [130, 20, 5],
          // Two column panels, a whole and a narrow one (conv2's 16 channels, the MLP's 10 units).
          [21, 16, 40],
          [12, 10, 260],
          // More than two panels: A packed two rows at a time (an odd last row), a 2x16 tile over B read in
          // place (whole pairs of panels) or packed (more than 256 rows of A), narrow last tiles.
          [33, 41, 5],
          [260, 40, 12],
          [7, 300, 300],
        ] as const) {
          for (const transA of [0, 1]) {
            for (const transB of [0, 1]) {
              const { a, b, c, scratch } = operands(m, n, k);
              for (let i = 0; i < m * k; i++) floats[a / 4 + i] = Math.sin(i * 1.7);
              for (let i = 0; i < k * n; i++) floats[b / 4 + i] = Math.cos(i * 0.3);
              for (let i = 0; i < m * n; i++) floats[c / 4 + i] = 0.5;
              // The scratch holds gemmScratchBytes(n) bytes: nothing past them may be written.
              const scratchEnd = (scratch + gemmScratchBytes(n)) / 4;
              floats.fill(Number.NaN, scratchEnd, scratchEnd + 1024);
              kernels.gemm(m, n, k, a, transA ? m : k, transA, b, transB ? k : n, transB, c, n, 1, scratch);
              expect(
                floats.subarray(scratchEnd, scratchEnd + 1024).every(Number.isNaN),
                `${m}x${n}x${k}`,
              ).toBe(true);
              for (let i = 0; i < m; i++) {
                for (let j = 0; j < n; j++) {
                  let expected = 0.5;
                  for (let q = 0; q < k; q++) {
                    const left = floats[a / 4 + (transA ? q * m + i : i * k + q)]!;
                    expected += left * floats[b / 4 + (transB ? j * k + q : q * n + j)]!;
                  }
                  expect(
                    Math.abs(floats[c / 4 + i * n + j]! - expected),
                    `${m}x${n}x${k} ${transA}${transB}`,
                  ).toBeLessThan(1e-4);
                }
              }
            }
          }
        }
        expect(kernels.dataEnd()).toBeLessThan(1 << 16);
        for (const n of [1, 8, 9, 300, 784]) expect(kernels.gemmScratchBytes(n)).toBe(gemmScratchBytes(n));
      }
    },
    // Two seconds alone; the triple loops and their expects run many times slower beside the rest of CI.
    120_000,
  );

  // Packed panels drop the steps where their 2 rows of A are both +0 (images and ReLU outputs are half
  // zeros): zero rows, zero columns, lone zeros and -0 (kept: its sign can reach C) in every position.
  it.each(runnable)('skip only the all-zero steps of A (%s build), every transposition', async (build) => {
    const { kernels, floats } = await kernelsOn(build, false);
    for (const [m, n, k] of [
      [37, 40, 300],
      [130, 24, 20],
      [8, 17, 4],
      [300, 33, 9],
    ] as const) {
      for (const transA of [0, 1]) {
        for (const transB of [0, 1]) {
          const { a, b, c, scratch } = operands(m, n, k);
          const entryOf = (i: number, q: number): number => {
            if (q % 3 === 0 || i >= 32) return 0;
            if ((i * 7 + q) % 5 === 0) return -0;
            return (i + q) % 4 === 0 ? 0 : ((i * q) % 7) - 3;
          };
          for (let i = 0; i < m; i++) {
            for (let q = 0; q < k; q++) floats[a / 4 + (transA ? q * m + i : i * k + q)] = entryOf(i, q);
          }
          for (let i = 0; i < k * n; i++) floats[b / 4 + i] = (i % 5) - 2;
          for (let i = 0; i < m * n; i++) floats[c / 4 + i] = 0.5;
          kernels.gemm(m, n, k, a, transA ? m : k, transA, b, transB ? k : n, transB, c, n, 1, scratch);
          for (let i = 0; i < m; i++) {
            for (let j = 0; j < n; j++) {
              let expected = 0.5;
              for (let q = 0; q < k; q++)
                expected += entryOf(i, q) * floats[b / 4 + (transB ? j * k + q : q * n + j)]!;
              expect(floats[c / 4 + i * n + j], `${m}x${n}x${k} ${transA}${transB} [${i}, ${j}]`).toBe(
                expected,
              );
            }
          }
        }
      }
    }
  });

  // B as part of a wider matrix (its rows `ldb` floats apart): a 2x16 tile reads it in place with its last
  // columns packed at the same row stride while those rows fit the scratch, and packs it all otherwise.
  it.each(runnable)('read B rows wider than n (%s build)', async (build) => {
    const { kernels, floats } = await kernelsOn(build, false);
    for (const [m, n, k, ldb] of [
      [9, 40, 30, 48],
      [9, 40, 30, 64],
      [5, 20, 300, 21],
    ] as const) {
      const { a, b, c, scratch } = operands(m, ldb, k);
      for (let i = 0; i < m * k; i++) floats[a / 4 + i] = ((i * 5) % 9) - 4;
      for (let i = 0; i < k * ldb; i++) floats[b / 4 + i] = i % ldb < n ? (i % 7) - 3 : Number.NaN;
      kernels.gemm(m, n, k, a, k, 0, b, ldb, 0, c, n, 0, scratch);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let expected = 0;
          for (let q = 0; q < k; q++) expected += floats[a / 4 + i * k + q]! * floats[b / 4 + q * ldb + j]!;
          expect(floats[c / 4 + i * n + j], `${m}x${n}x${k} ldb ${ldb} [${i}, ${j}]`).toBe(expected);
        }
      }
    }
  });

  // A narrow panel's rows may be stored as whole vectors that run into the next row (overwritten after):
  // the last rows of C, and the floats around it, must come out untouched by that.
  it.each(runnable)('overwrite exactly C (%s build), narrow panels included', async (build) => {
    const { kernels, floats } = await kernelsOn(build, false);
    for (const [m, n, k] of [
      [1000, 6, 25],
      [1001, 6, 25],
      [8, 6, 3],
      [4, 7, 9],
      [9, 8, 4],
      [12, 5, 300],
      [13, 10, 7],
      [16, 16, 9],
      // 2x16 tiles whose last one is narrow: 4 columns, 14, and 9 over two depth blocks.
      [9, 20, 5],
      [5, 30, 3],
      [3, 25, 260],
    ] as const) {
      const { a, b, c, scratch } = operands(m, n, k);
      // Small integers: every sum is exact, so C must equal the triple loop's result exactly.
      for (let i = 0; i < m * k; i++) floats[a / 4 + i] = (i % 7) - 3;
      for (let i = 0; i < k * n; i++) floats[b / 4 + i] = (i % 5) - 2;
      floats.fill(Number.NaN, (c - 64) / 4, (c + m * n * 4 + 64) / 4);
      kernels.gemm(m, n, k, a, k, 0, b, n, 0, c, n, 0, scratch);
      const around = [
        ...floats.subarray((c - 64) / 4, c / 4),
        ...floats.subarray((c + m * n * 4) / 4, scratch / 4),
      ];
      expect(around.every(Number.isNaN), `${m}x${n}x${k}`).toBe(true);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let expected = 0;
          for (let q = 0; q < k; q++) expected += floats[a / 4 + i * k + q]! * floats[b / 4 + q * n + j]!;
          expect(floats[c / 4 + i * n + j], `${m}x${n}x${k} [${i}, ${j}]`).toBe(expected);
        }
      }
    }
  });
});

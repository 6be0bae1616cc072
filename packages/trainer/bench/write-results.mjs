// Prints the training benchmark's table with its ratios and writes bench-results/*.json (atomically).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';

const format = (seconds) =>
  seconds === undefined ? '—' : seconds >= 100 ? seconds.toFixed(0) : seconds.toFixed(1);
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}x`);

/** A markdown table from a header row and rows of cells. */
function table(header, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)];
}

const speedup = (slow, fast) =>
  slow === undefined || fast === undefined ? '—' : `${(slow / fast).toFixed(1)}x`;
const bestTorch = (row, kind) => {
  const values = [row.torch1?.[kind], row.torch2?.[kind]].filter((value) => value !== undefined);
  return values.length === 0 ? undefined : Math.min(...values);
};

export function writeResults({ rows, stepsPerEpoch, batchSize, torch, cpus, node, fusedPlan }) {
  const threads = rows[0]?.wholeEpoch.fused.engine ?? 'fused';
  const header = [
    'model',
    `${threads}`,
    'fused x1',
    'ops wasm',
    'layers wasm',
    'ops cpu',
    'layers cpu',
    'PyTorch 1t',
    'PyTorch 2t',
    'fused/PyTorch',
    'fused x1/PyTorch 1t',
    'speed-up vs ops wasm',
  ];
  const cells = (kind) =>
    rows.map((row) => [
      row.model,
      format(row.fused?.[kind]),
      format(row.fused1?.[kind]),
      format(row.wasm.ops?.[kind]),
      format(row.wasm.layers?.[kind]),
      format(row.cpu.ops?.[kind]),
      format(row.cpu.layers?.[kind]),
      format(row.torch1?.[kind]),
      format(row.torch2?.[kind]),
      ratio(row.fused?.[kind], bestTorch(row, kind)),
      ratio(row.fused1?.[kind], row.torch1?.[kind]),
      speedup(row.wasm.ops?.[kind], row.fused?.[kind]),
    ]);
  const verdicts = rows.map((row) => {
    const value = row.fused?.wall / bestTorch(row, 'wall');
    return `${row.model} ${Number.isFinite(value) ? `${value.toFixed(2)}x` : '—'} ${value <= 2 ? '(met)' : '(NOT met)'}`;
  });
  const lines = [
    `Fashion-MNIST epoch (60,000 images = ${stepsPerEpoch} batches of ${batchSize}, Adam), ${cpus} CPUs, Node ${node}.`,
    `Extrapolated: the median of the timed batches (fused ${fusedPlan[0]} + ${fusedPlan[1]}; tfjs ops and layers as in the`,
    'JSON) times the batches of an epoch, best of ' +
      `${rows[0]?.rounds} alternating runs per side. "fused" is the trainer's fused WebAssembly engine with its`,
    'default threads, "ops" the trainer on tfjs ops (engine: tfjs), "layers" stock tfjs-layers model.fit.',
    torch.ok
      ? `PyTorch ${torch.version} on the same files with 1 and 2 intra-op threads (OPENBLAS_NUM_THREADS=1,\n` +
        'OMP_WAIT_POLICY=PASSIVE); fused/PyTorch divides by the faster of the two.'
      : torch.note,
    '',
    'Wall-clock seconds per epoch:',
    '',
    ...table(header, cells('wall')),
    '',
    'CPU seconds per epoch (user + system, all threads):',
    '',
    ...table(header, cells('cpu')),
    '',
    'One whole epoch (60,000 images, seed 1) on each engine: seconds, training loss and accuracy, test accuracy:',
    '',
    ...table(
      ['model', 'engine', 'seconds', 'loss', 'accuracy', 'test accuracy', 'loss difference'],
      rows.flatMap((row) =>
        ['fused', 'tfjs'].map((engine) => {
          const run = row.wholeEpoch[engine];
          return [
            row.model,
            run.engine,
            format(run.seconds),
            run.loss.toFixed(5),
            run.accuracy.toFixed(4),
            run.testAccuracy.toFixed(4),
            engine === 'fused' ? Math.abs(run.loss - row.wholeEpoch.tfjs.loss).toExponential(1) : '',
          ];
        }),
      ),
    ),
    '',
    `Target (issue #9): fused wall-clock <= 2.00x PyTorch's: ${verdicts.join('; ')}.`,
  ];
  console.log(lines.join('\n'));
  writeJson('train-speed.json', {
    date: new Date().toISOString(),
    cpus,
    node,
    batchSize,
    stepsPerEpoch,
    extrapolated: true,
    torch,
    rows,
  });
}

/** Writes `bench-results/<name>` through a temporary file and a rename. */
export function writeJson(name, value) {
  const folder = new URL('../bench-results/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  const temporary = new URL(`${name}.${process.pid}.tmp`, folder);
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, new URL(name, folder));
}

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

export function writeResults({ rows, stepsPerEpoch, batchSize, torch, cpus, node }) {
  const header = [
    'model',
    'backend',
    'batches',
    'trainer',
    'tfjs-layers',
    'trainer/layers',
    'PyTorch 1t',
    'PyTorch 2t',
    'trainer/PyTorch 1t',
  ];
  const cells = (kind) =>
    rows.map((row) => [
      row.model,
      row.backend,
      `${row.warmup} + ${row.steps}`,
      format(row.trainer?.[kind]),
      format(row.layers?.[kind]),
      ratio(row.trainer?.[kind], row.layers?.[kind]),
      format(row.torch1?.[kind]),
      format(row.torch2?.[kind]),
      ratio(row.trainer?.[kind], row.torch1?.[kind]),
    ]);
  const lenetWasm = rows.find((row) => row.model === 'lenet5' && row.backend === 'wasm');
  const lines = [
    `Fashion-MNIST epoch (60,000 images = ${stepsPerEpoch} batches of ${batchSize}, Adam), ${cpus} CPUs, Node ${node}.`,
    'Extrapolated, not full epochs: the median of the timed batches (after the warm-up ones) times the batches',
    `of an epoch, best of ${rows[0]?.rounds} alternating runs per side. tfjs-layers runs on the same backend and kernels.`,
    torch.ok
      ? `PyTorch ${torch.version} on the same files with 1 and 2 intra-op threads (OPENBLAS_NUM_THREADS=1,\n` +
        'OMP_WAIT_POLICY=PASSIVE). The JS side runs on one thread, so 1 thread is the like-for-like figure.'
      : torch.note,
    '',
    'Wall-clock seconds per epoch:',
    '',
    ...table(header, cells('wall')),
    '',
    'CPU seconds per epoch (user + system, all threads; hardly affected by other jobs on the machine):',
    '',
    ...table(header, cells('cpu')),
    '',
    `Targets: trainer/layers <= 1.00x on each backend; LeNet-5 on wasm <= 26 s/epoch (now ${format(lenetWasm?.trainer?.wall)} s).`,
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

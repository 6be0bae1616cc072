// `pnpm bench:claims [RUN.json ...]`: rewrites the speed figures in the READMEs and docs from runs of `pnpm
// bench` (default bench-results/train-speed.json, its latest), so that every figure they state is the
// benchmark's. Given several runs of one build (the `build` each records), the figures come from the run in
// which PyTorch was fastest (its best 2-core epochs summed), so the peer is compared at its best, and the
// claims add the range of every ratio across the runs: on a shared machine one run can be a lucky one.
// Each claim is a marked block, `<!-- bench:NAME -->` ... `<!-- /bench:NAME -->`, with NAME
// `train-speed-table` (the summary table) or `train-speed-summary` (one sentence). Each file is written
// through a temporary file.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { modelNames, summaryRows, summaryTable } from './speed-table.mjs';

const root = new URL('../../../', import.meta.url);
const files = ['README.md', 'packages/trainer/README.md', 'apps/docs/site/guide/fast-training.md'];
// pnpm passes on the `--` before the arguments.
const given = process.argv.slice(2).filter((argument) => argument !== '--');
const runs = (
  given.length > 0
    ? given.map((path) => pathToFileURL(resolve(path)))
    : [new URL('../bench-results/train-speed.json', import.meta.url)]
).map((url) => JSON.parse(readFileSync(url, 'utf8')));
const builds = [...new Set(runs.map((run) => run.build ?? 'not recorded'))];
if (runs.length > 1 && (builds.length > 1 || builds[0] === 'not recorded')) {
  throw new Error(
    `Expected runs of one build (the "build" field pnpm bench records) to state their spread; pass the runs of the build you publish. Received: builds ${builds.join(', ')}`,
  );
}
const torchSeconds = (run) => {
  const current = run.nodes[0]?.version;
  const rows = summaryRows(run).filter((row) => row.node === current);
  return run.torch.ok ? rows.reduce((sum, row) => sum + row.pytorch[2], 0) : Number.POSITIVE_INFINITY;
};
const results = [...runs].sort((a, b) => torchSeconds(a) - torchSeconds(b))[0];

const rows = summaryRows(results);
const current = results.nodes[0]?.version;
const row = (model) => rows.find((entry) => entry.model === model && entry.node === current);
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
const blas = results.sides.find((side) => side.kind === 'pytorch' && side.best)?.best.blas;
const versus = results.torch.ok
  ? `PyTorch ${results.torch.version} (${blas?.config?.split(' ').slice(0, 2).join(' ') ?? blas?.kind}; its fastest of OpenMP's two wait policies and, on 2 threads, of 2 and 1 OpenBLAS threads)`
  : 'PyTorch (not measured in this run)';
const loads = results.sides
  .flatMap((side) => side.runs.map((run) => run.loadBefore?.[0]))
  .filter(Number.isFinite);
const steals = results.sides
  .flatMap((side) => side.runs.map((run) => run.stealPercent))
  .filter(Number.isFinite);
const stealRange =
  steals.length > 0
    ? `, hypervisor steal ${[...new Set([Math.min(...steals), Math.max(...steals)].map((value) => value.toFixed(0)))].join('–')}% of CPU time`
    : '';
const loadRange = `1-minute load ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}${stealRange}`;
const range = (values) => {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? 'n/a' : `${Math.min(...finite).toFixed(2)}–${Math.max(...finite).toFixed(2)}x`;
};
const spread =
  runs.length < 2
    ? ''
    : ` Of ${runs.length} runs of this build, these figures are the one where PyTorch was fastest; across all ${runs.length} the ratios ranged ${rows
        .map((entry) => {
          const same = runs.map((run) =>
            summaryRows(run).find((other) => other.model === entry.model && other.node === entry.node),
          );
          return `${modelNames[entry.model]} on Node ${entry.node} ${range(same.map((other) => other?.ratio[2]))} (2 threads), ${range(same.map((other) => other?.ratio[1]))} (1 thread)`;
        })
        .join('; ')}.`;
const source = `Measured ${results.date.slice(0, 10)} by \`pnpm --filter @digitlab/trainer bench\`: whole epochs, best of ${results.rounds} alternating rounds, ${results.machine.cpus} CPUs (${results.machine.cpuModel}, ${loadRange}), against ${versus}.${spread}`;

const blocks = {
  'train-speed-table': () =>
    [
      source,
      'Seconds per Fashion-MNIST epoch (60,000 images, batch 128, Adam); ratio = digitlab / PyTorch at its best on as many cores (on 2 cores, the fastest of its 1- and 2-thread runs, the latter with 2 or 1 OpenBLAS threads) (✗: over the target, 1.0x at 2 threads and 1.3x at 1).',
      '',
      ...summaryTable(results),
    ].join('\n'),
  'train-speed-summary': () => {
    const [lenet, mlp] = [row('lenet5'), row('mlp')];
    const faster = (model, entry) =>
      `${(results.tfjsOps[model]?.seconds / entry?.digitlab[2]).toFixed(1)}x faster than tfjs ops on wasm`;
    return [
      `On ${results.machine.cpus} CPU cores (Node ${current}), a Fashion-MNIST epoch of LeNet-5 takes ${lenet?.digitlab[2]?.toFixed(1)} s`,
      `on 2 threads, ${ratio(lenet?.ratio[2])} PyTorch's time (${ratio(lenet?.ratio[1])} on 1 thread) and ${faster('lenet5', lenet)};`,
      `MLP 784-300-10 ${mlp?.digitlab[2]?.toFixed(1)} s, ${ratio(mlp?.ratio[2])} (${ratio(mlp?.ratio[1])} on 1 thread), ${faster('mlp', mlp)}.`,
      `${source} tfjs ops ran in the same rounds, its fastest epoch kept.`,
    ].join('\n');
  },
};

for (const file of files) {
  const url = new URL(file, root);
  const text = readFileSync(url, 'utf8');
  let count = 0;
  const updated = text.replace(
    /(<!-- bench:([a-z-]+) -->)[\s\S]*?(<!-- \/bench:\2 -->)/g,
    (_whole, open, name, close) => {
      if (!(name in blocks))
        throw new Error(
          `${file}: unknown claim block "${name}". Expected one of: ${Object.keys(blocks).join(', ')}`,
        );
      count++;
      return `${open}\n${blocks[name]()}\n${close}`;
    },
  );
  if (count === 0) throw new Error(`${file}: no <!-- bench:... --> block to rewrite`);
  if (updated !== text) {
    const temporary = new URL(`${file}.${process.pid}.tmp`, root);
    writeFileSync(temporary, updated);
    renameSync(temporary, url);
  }
  console.log(`${file}: ${count} block(s) ${updated === text ? 'already current' : 'rewritten'}`);
}

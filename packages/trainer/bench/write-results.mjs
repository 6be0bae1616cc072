// Writes the benchmarks' JSON results into bench-results/ (atomically).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';

/** Writes `bench-results/<name>` through a temporary file and a rename. */
export function writeJson(name, value) {
  const folder = new URL('../bench-results/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  const temporary = new URL(`${name}.${process.pid}.tmp`, folder);
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, new URL(name, folder));
}

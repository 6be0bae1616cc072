// Run in a child process by the downloads fault test: loads a one-split IDX data set from the mirror in
// DIGITLAB_TEST_DOWNLOAD (JSON: mirror, cacheDir, files, timeouts) and prints what happened as JSON.
import { loadIdxDataset } from '@digitlab/datasets';

const config = JSON.parse(process.env.DIGITLAB_TEST_DOWNLOAD);
const source = {
  id: 'faulty',
  title: 'Faulty',
  mirrors: [config.mirror],
  files: config.files,
  classNames: ['a', 'b', 'c'],
  systemDirs: [],
};
try {
  const dataset = await loadIdxDataset(source, {
    cacheDir: config.cacheDir,
    retries: 0,
    connectTimeoutMs: config.connectTimeoutMs,
    idleTimeoutMs: config.idleTimeoutMs,
  });
  console.log(JSON.stringify({ ok: true, count: dataset.count }));
} catch (error) {
  const attempts = (error.attempts ?? []).map((attempt) => ({
    name: attempt.error.name,
    phase: attempt.error.phase,
  }));
  console.log(
    JSON.stringify({ ok: false, name: error.name, code: error.code, message: error.message, attempts }),
  );
}

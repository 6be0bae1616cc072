// Loaded with `node --import` (through NODE_OPTIONS) into a child digitlab process to inject a file-system
// fault: DIGITLAB_FAULT=<code>:<target>[:<call>] makes writes fail with that system error code (ENOSPC, EACCES,
// ...). <target> is a substring of the path for writeFile/rename/mkdir (or only <call> of them), or `handle`
// for every FileHandle write.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [code, target, only] = (process.env.DIGITLAB_FAULT ?? '').split(':');

function fault(syscall, path) {
  const error = new Error(`${code}: injected fault, ${syscall} '${path}'`);
  return Object.assign(error, { code, syscall, path, errno: -28 });
}

const promises = fs.promises;
for (const name of ['writeFile', 'rename', 'mkdir', 'appendFile']) {
  const original = promises[name];
  promises[name] = async function (path, ...rest) {
    const hit = target !== 'handle' && String(path).includes(target) && (only === undefined || only === name);
    if (hit) throw fault(name, String(path));
    return original.call(this, path, ...rest);
  };
}
if (target === 'handle') {
  const handle = await promises.open('/dev/null', 'w');
  const prototype = Object.getPrototypeOf(handle);
  await handle.close();
  prototype.write = async () => {
    throw fault('write', 'handle');
  };
}
syncBuiltinESMExports();

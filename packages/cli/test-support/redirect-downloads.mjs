// Loaded with `node --import` (through NODE_OPTIONS) into a child digitlab process: every download goes to the
// mirror in DIGITLAB_TEST_MIRROR instead, keeping the file name, so the command itself can meet a 127.0.0.1
// mirror that stalls or never answers.
const mirror = process.env.DIGITLAB_TEST_MIRROR;
const original = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  return original(`${mirror}${url.slice(url.lastIndexOf('/') + 1)}`, init);
};

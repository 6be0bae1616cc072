import { libraryConfig } from '../../tsup.library';

// Two entries: `model` is the only one that names tfjs-core types, so the root entry (all that datasets and
// metrics import) stays free of them.
export default libraryConfig({ entry: ['src/index.ts', 'src/model.ts'] });

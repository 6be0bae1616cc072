// Loaded with `node --import` into a child digitlab process: at exit, writes the process's peak resident
// memory (kilobytes, from getrusage) to the file DIGITLAB_RSS_FILE names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  writeFileSync(process.env.DIGITLAB_RSS_FILE, String(process.resourceUsage().maxRSS));
});

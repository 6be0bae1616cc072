// What a guide's code did, appended as JSON lines to $GUIDE_RECORD for the test to read back.
import { appendFileSync } from 'node:fs';

let dataset;

/** The data set the guide's code loaded last. */
export const currentDataset = () => dataset;

/** Notes a data set load. */
export function loaded(name) {
  dataset = name;
}

/** Appends one record. */
export function record(entry) {
  appendFileSync(process.env.GUIDE_RECORD, `${JSON.stringify(entry)}\n`);
}

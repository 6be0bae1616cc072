import { FileError } from '../errors/file-error';
import { readRegularFile } from './read-regular-file';

/** A JSON object as read from a file: its values are unknown until checked. */
export type JsonObject = Record<string, unknown>;

/** `value` if it is an object, else an empty one: a file's fields are read without trusting its shape. */
export const jsonObject = (value: unknown): JsonObject =>
  value !== null && typeof value === 'object' ? (value as JsonObject) : {};

/**
 * The largest run-folder JSON file read: the biggest digitlab writes (history.json of a long run, metrics.json
 * with its confusion matrix) are tens of kilobytes, so anything near this is not one of them.
 */
export const maxRunJsonBytes = 16 * 1024 * 1024;

/**
 * A JSON file's object, or undefined when the file is absent. Refused before reading: a special file (a FIFO
 * would block forever) and a file over {@link maxRunJsonBytes}. Text that is not JSON throws what `invalid`
 * makes of the parser's error (whose message quotes the file, so it is never shown as is).
 */
export async function readJsonObject(
  file: string,
  invalid: (error: Error) => Error,
): Promise<JsonObject | undefined> {
  const bytes = await readRegularFile(file, maxRunJsonBytes, {
    special: () =>
      new FileError(file, 'is not a regular file (FIFOs, sockets and devices are refused)', 'a special file'),
    tooLarge: (size) =>
      new FileError(
        file,
        `is larger than ${maxRunJsonBytes / 1024 / 1024} MiB, far more than any JSON file digitlab writes into a run folder`,
        `${size} bytes`,
      ),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (bytes === undefined) return undefined;
  try {
    return jsonObject(JSON.parse(new TextDecoder().decode(bytes)));
  } catch (error) {
    throw invalid(error as Error);
  }
}

import { readFile } from 'node:fs/promises';

/** A JSON object as read from a file: its values are unknown until checked. */
export type JsonObject = Record<string, unknown>;

/** `value` if it is an object, else an empty one: a file's fields are read without trusting its shape. */
export const jsonObject = (value: unknown): JsonObject =>
  value !== null && typeof value === 'object' ? (value as JsonObject) : {};

/**
 * A JSON file's object, or undefined when the file is absent; text that is not JSON throws what `invalid` makes
 * of the parser's error (whose message quotes the file, so it is never shown as is).
 */
export async function readJsonObject(
  file: string,
  invalid: (error: Error) => Error,
): Promise<JsonObject | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return jsonObject(JSON.parse(text));
  } catch (error) {
    throw invalid(error as Error);
  }
}

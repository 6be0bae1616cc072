/**
 * Formats a value for the `Received: ...` tail of an error message: strings quoted, typed arrays as their
 * type and length (never their content), functions by name, arrays and plain objects as JSON-like text.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (ArrayBuffer.isView(value)) {
    const length = (value as { length?: number }).length ?? value.byteLength;
    return `${value.constructor.name}(${length})`;
  }
  if (Array.isArray(value)) return `[${value.map(describeValue).join(',')}]`;
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A circular structure: its type is all that can be said safely.
    return String(value);
  }
}

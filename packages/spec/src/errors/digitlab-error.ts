/**
 * The brand every digitlab error carries: the list of kinds it belongs to (see {@link DigitlabError.kind}).
 * `Symbol.for` gives the same symbol in every copy of this package, so a check on the brand holds where
 * `instanceof` does not: two installed copies of a package, or an error crossing from a worker.
 */
export const errorBrand: unique symbol = Symbol.for('digitlab.error') as never;

/** Structured details of a {@link DigitlabError}, beside its message. */
export interface ErrorDetails {
  /**
   * A stable, machine-readable code, e.g. `'INVALID_OPTION'`.
   * @default the class name, e.g. `'DownloadError'`
   */
  code?: string;
  /**
   * What to do about it, e.g. `did you mean \`epochs\`?`.
   * @default none
   */
  hint?: string;
  /**
   * What was received: the value, or how it was shown in the message.
   * @default none
   */
  received?: unknown;
  /**
   * The error that caused this one.
   * @default none
   */
  cause?: unknown;
}

type ErrorClass = abstract new (...args: never[]) => DigitlabError;

function kindsOf(target: unknown): string[] {
  const kinds: string[] = [];
  for (
    let c = target as { kind?: string; alsoKinds?: readonly string[] } | null;
    c;
    c = Object.getPrototypeOf(c)
  ) {
    if (Object.hasOwn(c, 'kind')) kinds.push(c.kind!);
    if (Object.hasOwn(c, 'alsoKinds')) kinds.push(...c.alsoKinds!);
  }
  return kinds;
}

/**
 * Base class of every error a digitlab package throws. Each package's base (`DatasetsError`,
 * `TrainerError`, …) derives from it, so `DigitlabError.isInstance(error)` tells digitlab's errors from
 * others, and the message always ends with what was received.
 */
export class DigitlabError extends Error {
  /**
   * The kind a class stands for in {@link DigitlabError.isInstance} (and `instanceof`): a class that declares
   * its own matches any error carrying that kind, from any copy of its package. A class without one is
   * checked by its prototype chain, as usual.
   */
  static readonly kind: string = 'digitlab';
  /** Kinds an error of this class also belongs to, beyond its class chain, e.g. its package's base. */
  static readonly alsoKinds: readonly string[] = [];

  /** A stable, machine-readable code; see {@link ErrorDetails.code}. */
  readonly code: string;
  /** What to do about it, where the error knows. */
  declare readonly hint?: string;
  /** What was received. */
  declare readonly received?: unknown;
  /** The kinds this error belongs to. */
  declare readonly [errorBrand]: readonly string[];

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = details.code ?? new.target.name;
    if (details.hint !== undefined) this.hint = details.hint;
    if ('received' in details) this.received = details.received;
    Object.defineProperty(this, errorBrand, { value: Object.freeze(kindsOf(new.target)) });
  }

  /**
   * Whether `value` is an error of this class: by its brand where the class declares a {@link kind} (so it
   * holds across copies of the package), else by `instanceof`.
   */
  static isInstance<T extends DigitlabError>(
    this: ErrorClass & { prototype: T },
    value: unknown,
  ): value is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class it is called on, a subclass by design.
    const target = this as unknown as typeof DigitlabError;
    if (!Object.hasOwn(target, 'kind')) return Function.prototype[Symbol.hasInstance].call(target, value);
    const kinds = (value as { [errorBrand]?: unknown } | null | undefined)?.[errorBrand];
    return Array.isArray(kinds) && kinds.includes(target.kind);
  }

  /** `instanceof` answers as {@link isInstance} does. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: the class `instanceof` asks about, a subclass by design.
    return (this as typeof DigitlabError).isInstance(value);
  }
}

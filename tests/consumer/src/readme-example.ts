import { ConsumerTestsError } from './errors/consumer-tests-error';

/** The example a package README starts with, and the output the README claims for it. */
export interface ReadmeExample {
  language: 'js' | 'ts';
  code: string;
  /**
   * Printed values the README states: the trailing comment of each `console.log(...)` line whose
   * comment reads as values (numbers, arrays, strings, typed arrays), e.g. `// 1797 [178, 182]`.
   * Prose comments (`// sample 1: predicted 1 ...`) state nothing checkable and are left out.
   */
  printedValues: string[];
  /** A ```text block shown after the example (before the next heading or code example), verbatim. */
  printedText: string | undefined;
}

const FENCE = /^```([\w-]*)\s*$/;
const LANGUAGES: Record<string, 'js' | 'ts'> = { js: 'js', javascript: 'js', ts: 'ts', typescript: 'ts' };
const LOGGED_WITH_COMMENT = /^\s*console\.log\(.*\);?\s*\/\/\s*(.+?)\s*$/;

/** Whether a comment reads as printed values rather than prose. */
export function isValueComment(comment: string): boolean {
  const rest = comment
    .replace(/'[^']*'|"[^"]*"/g, '')
    .replace(
      /\b(?:Uint8Clamped|Uint8|Int8|Uint16|Int16|Uint32|Int32|Float32|Float64|BigInt64|BigUint64)Array\b/g,
      '',
    )
    .replace(/\b(?:true|false|null|undefined|NaN|Infinity)\b/g, '')
    .replace(/[A-Za-z_$][\w$]*(?=\s*:)/g, '')
    .replace(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, '');
  return /^[\s[\]{},:]*$/.test(rest) && /\d|'|"/.test(comment);
}

/**
 * Normalizes printed output so Node's `console.log` layout and a README's hand-written values compare:
 * whitespace runs become one space, no space inside brackets, single quotes, no typed-array lengths.
 */
export function normalizePrinted(text: string): string {
  return text
    .replace(/\b(\w*Array)\(\d+\)/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/([[{]) /g, '$1')
    .replace(/ ([\]}])/g, '$1')
    .replace(/"/g, "'")
    .trim();
}

/** Extracts the first ```js/```ts block of a README and the output it claims. */
export function extractReadmeExample(readme: string, source: string): ReadmeExample {
  const lines = readme.split('\n');
  let start = -1;
  let language: 'js' | 'ts' | undefined;
  for (let i = 0; i < lines.length && start === -1; i++) {
    const fence = FENCE.exec(lines[i]!);
    const mapped = fence ? LANGUAGES[fence[1]!] : undefined;
    if (mapped) {
      start = i + 1;
      language = mapped;
    }
  }
  if (start === -1 || language === undefined) {
    throw new ConsumerTestsError(
      `Expected ${source} to contain a \`\`\`js or \`\`\`ts example; start the README with one. Received: no such block`,
    );
  }
  const end = lines.findIndex((line, index) => index >= start && line.startsWith('```'));
  const code = lines.slice(start, end).join('\n');
  const printedValues = code
    .split('\n')
    .map((line) => LOGGED_WITH_COMMENT.exec(line)?.[1])
    .filter((comment): comment is string => comment !== undefined && isValueComment(comment));
  return { language, code: `${code}\n`, printedValues, printedText: followingText(lines, end + 1) };
}

function followingText(lines: readonly string[], from: number): string | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) return undefined;
    const fence = FENCE.exec(line);
    if (!fence) continue;
    if (fence[1] !== 'text') return undefined;
    const close = lines.findIndex((candidate, index) => index > i && candidate.startsWith('```'));
    return lines.slice(i + 1, close).join('\n');
  }
  return undefined;
}

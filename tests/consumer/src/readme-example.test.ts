import { describe, expect, it } from 'vitest';
import { ConsumerTestsError } from './errors/consumer-tests-error';
import { extractReadmeExample, isValueComment, normalizePrinted } from './readme-example';

const readme = [
  '# @digitlab/example',
  '',
  '```sh',
  'npm install @digitlab/example',
  '```',
  '',
  '```ts',
  "import { f } from '@digitlab/example';",
  'console.log(f(2), [1, 2]); // 4 [1, 2]',
  'console.log(f(3)); // the square of three',
  '```',
  '',
  'It prints:',
  '',
  '```text',
  '  a  b',
  '```',
  '',
  '## API',
].join('\n');

describe('extractReadmeExample', () => {
  it('takes the first js/ts block, its value comments and the text block after it', () => {
    const example = extractReadmeExample(readme, 'README.md');
    expect(example.language).toBe('ts');
    expect(example.code).toBe(
      "import { f } from '@digitlab/example';\nconsole.log(f(2), [1, 2]); // 4 [1, 2]\n" +
        'console.log(f(3)); // the square of three\n',
    );
    expect(example.printedValues).toEqual(['4 [1, 2]']);
    expect(example.printedText).toBe('  a  b');
  });

  it('ignores a text block that belongs to a later example or section', () => {
    const later = readme.replace('It prints:', '```js\nother();\n```');
    expect(extractReadmeExample(later, 'README.md').printedText).toBeUndefined();
    const afterHeading = readme.replace('It prints:', '## Output');
    expect(extractReadmeExample(afterHeading, 'README.md').printedText).toBeUndefined();
  });

  it('throws when there is no example', () => {
    expect(() => extractReadmeExample('# x\n\n```sh\nls\n```\n', 'x/README.md')).toThrow(ConsumerTestsError);
    expect(() => extractReadmeExample('# x\n', 'x/README.md')).toThrow(
      /x\/README.md.*Received: no such block/,
    );
  });
});

describe('isValueComment', () => {
  it.each([
    '1797 [178, 182, 177]',
    '800 Uint8Array [0, 1, 1, 0]',
    "[1437, 64] 1437 'flat'",
    '{ precision: 0.78, support: 8 }',
    '-1.5e-3 true null',
  ])('reads %s as values', (comment) => expect(isValueComment(comment)).toBe(true));

  it.each([
    'sample 1: predicted 1 with p=0.7, true class 2 had p=0.1',
    '1,797 images of 8x8, values 0..16',
    'Float32Array, [1437, 10] row-major',
    'prints the report',
  ])('reads %s as prose', (comment) => expect(isValueComment(comment)).toBe(false));
});

describe('normalizePrinted', () => {
  it("makes Node's console.log layout equal the hand-written values", () => {
    const printed = '1797 [\n  178, 182, 177,\n  183\n]\n800 Uint8Array(4) [ 0, 1, 1, 0 ]\n[ "a", { b: 1 } ]';
    expect(normalizePrinted(printed)).toBe(
      "1797 [178, 182, 177, 183] 800 Uint8Array [0, 1, 1, 0] ['a', {b: 1}]",
    );
    expect(normalizePrinted('{ b: 1 }')).toBe(normalizePrinted('{b: 1}'));
  });
});

import { describe, expect, it } from 'vitest';
import { countMarkItems, renderSvg, svgTexts } from '../../test-support/render-svg.js';
import { snapshotPath, snapshotText } from '../../test-support/snapshot.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import { imageGridSpec } from './image-grid-spec.js';

/** Image i is a 5×4 block with i + 1 dark pixels along its top row and one grey pixel below. */
const count = 3;
const pixels = new Uint8Array(count * 5 * 4);
for (let image = 0; image < count; image++) {
  for (let column = 0; column <= image; column++) pixels[image * 20 + column] = 255;
  pixels[image * 20 + 5] = 128;
}
const images = { pixels, width: 5, height: 4 };

describe('imageGridSpec', () => {
  it('matches its snapshot', async () => {
    await expect(
      snapshotText(imageGridSpec(images, { labels: [7, 1, 4], predictions: [7, 2, 4], columns: 2 })),
    ).toMatchFileSnapshot(snapshotPath('image-grid'));
  });

  it('draws one rect per non-zero pixel, in grey levels, and a caption per image', async () => {
    const svg = await renderSvg(imageGridSpec(images, { labels: [7, 1, 4], predictions: [7, 2, 4] }));
    expect(countMarkItems(svg, 'rect')).toBe(1 + 2 + 3 + 3);
    expect(svg).toContain('fill="rgb(0, 0, 0)"');
    const greys = [...svg.matchAll(/fill="rgb\((\d+), \1, \1\)"/g)].map((match) => Number(match[1]));
    expect(greys.filter((level) => level > 60 && level < 200)).toHaveLength(3);
    // The mistake's caption is two lines, in red.
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['7', 'pred 2', 'true 1', '4']));
    expect(svg).toMatch(/fill="#c62828"[^>]*><tspan[^>]*>pred 2<\/tspan><tspan[^>]*>true 1</);
  });

  it('places pixels at their row and column inside each slot', async () => {
    const spec = imageGridSpec(images, { pixelSize: 2, columns: 2 });
    const layers = spec.layer as { data: { values: { x: number; y: number }[] } }[];
    const positions = layers[0]!.data.values.map(({ x, y }) => [x, y]);
    // Slots are 10 + ceil(2 × 10 × 0.65) = 23 wide (the caption '#2'), images centred: x offset 6.
    // Image 2 sits in the second row of slots: y offset 4 × 2 + 4 + 12 + 8 = 32.
    expect(positions).toContainEqual([6, 32]);
    expect(positions).toContainEqual([6, 2]);
    const svg = await renderSvg(spec);
    expect(svg).toContain('d="M6,32h2v2h-2Z"');
  });

  it('shows the selected images with captions in display order, 0–1 pixels included', async () => {
    const floats = Float32Array.from(pixels, (value) => value / 255);
    const svg = await renderSvg(
      imageGridSpec({ ...images, pixels: floats }, { indices: [2, 0], captions: ['c', 'a'] }),
    );
    expect(countMarkItems(svg, 'rect')).toBe(4 + 2);
    expect(svgTexts(svg).slice(0, 2)).toEqual(['c', 'a']);
    expect(svg).toContain('fill="rgb(0, 0, 0)"');
  });

  it('names classes with labelNames and keeps wrong predictions red under given captions', async () => {
    const names = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
    const named = await renderSvg(
      imageGridSpec(images, { labels: [7, 1, 4], predictions: [7, 2, 4], labelNames: names }),
    );
    expect(svgTexts(named)).toEqual(expect.arrayContaining(['seven', 'pred two', 'true one', 'four']));
    const captioned = await renderSvg(
      imageGridSpec(images, { labels: [7, 1, 4], predictions: [7, 2, 4], captions: ['a', 'b', 'c'] }),
    );
    expect(captioned).toMatch(/fill="#c62828"[^>]*>b</);
    expect(captioned).not.toMatch(/fill="#c62828"[^>]*>a</);
  });

  it('sizes each slot to its widest caption line, wrapping long class names', () => {
    const names = ['a long invented class name', 'Sneaker'];
    const spec = imageGridSpec(
      { pixels: new Uint8Array(2 * 4), width: 2, height: 2 },
      { labels: [0, 1], predictions: [1, 0], labelNames: names, columns: 2 },
    );
    const captions = (spec.layer as { data: { values: { x: number; caption: string }[] } }[])[1]!.data.values;
    // 'true a long invented class name' (about 200 pixels) wraps to lines of at most 120 pixels.
    expect(captions[0]!.caption).toBe('pred Sneaker\ntrue a long\ninvented class\nname');
    const slot = captions[1]!.x - captions[0]!.x;
    expect(slot).toBeGreaterThanOrEqual('invented class'.length * 6);
    expect(slot).toBeLessThanOrEqual(130);
    expect(spec.width).toBe(2 * slot);
  });

  it('rejects pixel counts that are not whole images, bad indices and short label arrays', () => {
    expect(() => imageGridSpec({ pixels: new Uint8Array(7), width: 2, height: 2 })).toThrow(
      InvalidArgumentError,
    );
    expect(() => imageGridSpec(images, { indices: [3] })).toThrow(/Received: options.indices=3$/);
    expect(() => imageGridSpec(images, { labels: [1] })).toThrow(LengthMismatchError);
    expect(() => imageGridSpec(images, { captions: ['a'] })).toThrow(LengthMismatchError);
    expect(() => imageGridSpec(images, { columns: 0 })).toThrow(/Received: options.columns=0$/);
  });
});

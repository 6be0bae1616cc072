import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../test-support/chromium';
import { removeTemporaryFolders, runBin, temporaryFolder } from '../test-support/run-bin';
import { runGuarded } from '../test-support/run-guarded';
import { measureSvgText } from '../test-support/text-layout';

afterAll(removeTemporaryFolders);

describe('digitlab runs', () => {
  const cwd = temporaryFolder();
  let browser: Browser | undefined;

  beforeAll(async () => {
    for (const args of [
      ['lab', 'xor', '--out', 'runs/xor-adam'],
      ['lab', 'xor', '--optimizer', 'sgd', '--learning-rate', '0.1', '--out', 'runs/xor-sgd'],
      ['--epochs', '3', '--out', 'runs/digits'],
    ]) {
      const result = await runBin(args, { cwd });
      if (result.code !== 0) throw new Error(`digitlab ${args.join(' ')} failed:\n${result.stderr}`);
    }
    // A comparison folder holds run folders one level down; a write in progress is a dot-folder.
    mkdirSync(join(cwd, 'runs', 'compare'));
    cpSync(join(cwd, 'runs', 'xor-adam'), join(cwd, 'runs', 'compare', 'xor-copy'), { recursive: true });
    cpSync(join(cwd, 'runs', 'xor-adam'), join(cwd, 'runs', '.xor.partial-abc'), { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every finished run with lab/model, data, accuracy, time, date and engine', async () => {
    const result = await runBin(['runs'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^run\s+lab\/model\s+data\s+accuracy\s+time\s+date\s+engine$/);
    expect(lines).toHaveLength(5);
    const metrics = JSON.parse(readFileSync(join(cwd, 'runs', 'digits', 'metrics.json'), 'utf8'));
    const digits = lines.find((line) => line.startsWith('digits '))!;
    expect(digits).toContain(`one-stage-cnn`);
    expect(digits).toContain(metrics.accuracy.toFixed(4));
    expect(digits).toContain(`${metrics.createdAt.slice(0, 10)} `);
    expect(digits).toContain(`${metrics.backend}, ${metrics.engine} x${metrics.threads}`);
    expect(lines.some((line) => /^compare\/xor-copy\s+xor \(xor-mlp\)\s+xor\s/.test(line))).toBe(true);
    expect(result.stdout).not.toContain('partial');
  });

  it('prints the listing as JSON, and selects runs by folder or lab name', async () => {
    const result = await runBin(['runs', '--json', '--select', 'xor'], { cwd });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.runs.map((run: { run: string }) => run.run).sort()).toEqual([
      'compare/xor-copy',
      'xor-adam',
      'xor-sgd',
    ]);
    expect(document.runs[0]).toMatchObject({
      name: 'xor',
      model: 'xor-mlp',
      dataset: 'xor',
      samples: { train: 620, validation: 20, test: 160 },
    });
    const one = JSON.parse((await runBin(['runs', '--json', '--select', 'digits'], { cwd })).stdout);
    expect(one.runs).toHaveLength(1);
  });

  it('names a selection that matches no run, and a folder that does not exist', async () => {
    const unknown = await runBin(['runs', '--select', 'xor-adma'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown run 'xor-adma'. Did you mean 'xor-adam'?");
    const missing = await runBin(['runs', 'nowhere'], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `Cannot list the runs in ${join(cwd, 'nowhere')}: there is no such folder`,
    );
    const metricsFile = join(cwd, 'runs', 'xor-adam', 'metrics.json');
    const metrics = readFileSync(metricsFile, 'utf8');
    // The parser's message would quote the text; the file's field names and values are content too.
    writeFileSync(metricsFile, '{ SECRET-TEXT');
    const broken = await runBin(['runs'], { cwd });
    writeFileSync(metricsFile, '{ "SECRET-KEY": 1, "accuracy": "SECRET-VALUE" }');
    const foreign = await runBin(['runs'], { cwd });
    rmSync(metricsFile);
    execFileSync('mkfifo', [metricsFile]);
    // Reading a FIFO blocks forever: under `timeout -s KILL` a regression ends as exit 137, not a hung suite.
    const fifo = await runGuarded(['runs'], { cwd, limit: 60 });
    rmSync(metricsFile);
    writeFileSync(metricsFile, metrics);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain(
      'is not a metrics.json digitlab wrote (its accuracy must be a number and its createdAt a string). Received: accuracy: string, createdAt: undefined',
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('xor-adam/metrics.json is not JSON digitlab wrote');
    expect(broken.stderr).toContain('Received: SyntaxError');
    for (const result of [broken, foreign]) expect(result.stderr).not.toContain('SECRET');
    expect(fifo.code).toBe(1);
    expect(fifo.stderr).toContain('metrics.json is not a regular file');
  });

  it('writes a self-contained index page that shows the selected runs side by side in Chromium', {
    timeout: 60_000,
  }, async () => {
    const result = await runBin(['runs', '--select', 'xor-adam,xor-sgd,digits', '--index'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Index page: runs/index.html');
    const html = readFileSync(join(cwd, 'runs', 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|https?:\/\//);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(cwd, 'runs', 'index.html')).href);
    const rows = await page.locator('#scores tbody tr').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(
      await page
        .locator('#runs a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href'))),
    ).toEqual(['xor-adam/report.html', 'xor-sgd/report.html', 'digits/report.html']);
    const svgs = await page
      .locator('figure img')
      .evaluateAll((images) => images.map((image) => atob((image as HTMLImageElement).src.split(',')[1]!)));
    expect(svgs).toHaveLength(2);
    if (process.env.REPORT_SCREENSHOTS !== undefined) {
      writeFileSync(
        join(process.env.REPORT_SCREENSHOTS, 'runs-index.png'),
        await page.screenshot({ fullPage: true }),
      );
    }
    for (const svg of svgs) {
      const measured = await measureSvgText(page, svg);
      expect(measured.overlaps).toEqual([]);
      expect(measured.clipped).toEqual([]);
      // Each run is named in both charts: in the curves' legend and on the bars.
      expect(measured.boxes.map((box) => box.text)).toEqual(
        expect.arrayContaining(['xor-adam', 'xor-sgd', 'digits']),
      );
    }
    await page.close();
  });
});

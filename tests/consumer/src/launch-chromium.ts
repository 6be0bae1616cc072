import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { ConsumerTestsError } from './errors/consumer-tests-error';

/** Debian's Chromium (`apt-get install chromium`); playwright-core never downloads a browser here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// --disable-gpu turns off the GPU process's hardware path only: WebGL still runs on SwiftShader through
// ANGLE, which --use-angle=swiftshader selects and --enable-unsafe-swiftshader allows (Chrome stopped
// falling back to SwiftShader for WebGL on its own). The test asserts tfjs really got WebGL.
const ARGUMENTS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Whether Debian's Chromium is installed. */
export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches Debian's headless Chromium with a software WebGL. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumInstalled()) {
    throw new ConsumerTestsError(
      `Chromium is not installed; run \`apt-get install -y chromium\`. Received: no ${CHROMIUM_PATH}`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGUMENTS });
}

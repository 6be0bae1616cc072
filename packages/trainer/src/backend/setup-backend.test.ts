import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { BackendUnavailableError } from '../errors/backend-unavailable-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { gradientsRegistered } from './register-gradients';
import { setupBackend } from './setup-backend';

async function resolves(specifier: string): Promise<boolean> {
  try {
    await import(/* @vite-ignore */ specifier);
    return true;
  } catch {
    return false;
  }
}

describe('setupBackend', () => {
  it('sets up cpu and wasm with gradients and their supplementary kernels', async () => {
    const cpu = await setupBackend('cpu');
    expect(cpu.name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    expect(gradientsRegistered()).toBe(true);
    expect(cpu.kernels).toContainEqual({
      kernelName: 'Conv2DBackpropFilter',
      backendName: 'cpu',
      reason: 'faster',
    });
    const wasm = await setupBackend('wasm');
    expect(wasm.name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(wasm.kernels).toContainEqual({
      kernelName: 'Conv2DBackpropFilter',
      backendName: 'wasm',
      reason: 'missing',
    });
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
  });

  it("'auto' takes the fastest backend that works here: tensorflow when tfjs-node is installed, else wasm in Node", async () => {
    const hasNode =
      (await resolves('@tensorflow/tfjs-node-gpu')) || (await resolves('@tensorflow/tfjs-node'));
    const info = await setupBackend('auto');
    expect(info.name).toBe(hasNode ? 'tensorflow' : 'wasm');
    expect(tf.getBackend()).toBe(info.name);
    expect((await setupBackend('auto', { candidates: ['cpu'] })).name).toBe('cpu');
  });

  it("'tensorflow' runs on tfjs-node when it resolves, and says both packages are missing when not", async () => {
    const hasNode =
      (await resolves('@tensorflow/tfjs-node-gpu')) || (await resolves('@tensorflow/tfjs-node'));
    if (hasNode) {
      const info = await setupBackend('tensorflow');
      expect(info.name).toBe('tensorflow');
      expect(tf.getBackend()).toBe('tensorflow');
      expect(gradientsRegistered()).toBe(true);
      return;
    }
    const error = await setupBackend('tensorflow').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect(
      (error as BackendUnavailableError).attempts.map((attempt) => attempt.reason.split(':')[0]),
    ).toEqual(['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node']);
    expect((error as Error).message).toMatch(
      /^No usable tfjs backend for 'tensorflow'; install @tensorflow\/tfjs-node-gpu or @tensorflow\/tfjs-node/,
    );
  });

  it('imports the package of a backend that is not registered yet, through the injectable importer', async () => {
    const imported: string[] = [];
    const info = await setupBackend('tensorflow', {
      importPackage: async (specifier) => {
        imported.push(specifier);
        if (specifier === '@tensorflow/tfjs-node')
          tf.registerBackend('tensorflow', () => new MathBackendCPU());
        else throw new Error(`Cannot find package '${specifier}'`);
      },
    });
    expect(imported).toEqual(['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node']);
    expect(info).toMatchObject({ name: 'tensorflow', packageName: '@tensorflow/tfjs-node', kernels: [] });
    expect(tf.getBackend()).toBe('tensorflow');
    await setupBackend('cpu');
    tf.removeBackend('tensorflow');
  });

  it('refuses webgl and webgpu outside a browser with the reason, and unknown names', async () => {
    const error = await setupBackend('webgl').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect(error).toMatchObject({ requested: 'webgl', attempts: [{ backend: 'webgl' }] });
    expect((error as Error).message).toMatch(/Received: webgl: this environment has no WebGL/);
    await expect(setupBackend('webgpu')).rejects.toThrow(/this environment has no WebGPU$/);
    await expect(setupBackend('gpu' as never)).rejects.toThrow(InvalidOptionError);
  });
});

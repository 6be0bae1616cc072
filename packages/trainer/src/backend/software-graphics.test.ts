import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it } from 'vitest';
import { setupBackend } from './setup-backend';

/** Puts a `document` whose canvases report `renderer` through WEBGL_debug_renderer_info. */
function fakeDocument(renderer: string): void {
  const gl = {
    RENDERER: 0x1f01,
    getExtension: (name: string) =>
      name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 0x9246 } : null,
    getParameter: (parameter: number) => (parameter === 0x9246 ? renderer : 'WebKit WebGL'),
  };
  (globalThis as { document?: unknown }).document = {
    createElement: () => ({ getContext: () => gl }),
  };
}

describe("setupBackend('auto') and software WebGL", () => {
  afterEach(async () => {
    delete (globalThis as { document?: unknown }).document;
    await setupBackend('cpu', { gradients: false });
    tf.removeBackend('webgl');
  });

  it('passes over WebGL on SwiftShader, says why, and still takes it when asked for by name', async () => {
    fakeDocument('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)');
    // A stand-in WebGL backend: the choice is under test, not WebGL's kernels.
    tf.registerBackend('webgl', () => new MathBackendCPU());
    const before = tf.memory().numTensors;
    const auto = await setupBackend('auto', { candidates: ['webgl', 'cpu'], gradients: false });
    expect(auto.name).toBe('cpu');
    expect(auto.device).toEqual({ device: 'cpu', description: 'CPU' });
    expect(auto.passedOver).toEqual([
      {
        backend: 'webgl',
        reason:
          'it renders in software on the CPU (ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), ' +
          'SwiftShader driver)), slower than wasm with the fused engine',
      },
    ]);
    const forced = await setupBackend('webgl', { gradients: false });
    expect(forced.name).toBe('webgl');
    expect(forced.device.device).toBe('cpu');
    expect(forced.device.description).toMatch(/^CPU: ANGLE .*SwiftShader.* emulates the GPU in software$/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('keeps WebGL first on a real GPU and counts it as one', async () => {
    fakeDocument('ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 Direct3D11 vs_5_0 ps_5_0, D3D11)');
    tf.registerBackend('webgl', () => new MathBackendCPU());
    const auto = await setupBackend('auto', { candidates: ['webgl', 'cpu'], gradients: false });
    expect(auto).toMatchObject({ name: 'webgl', passedOver: [] });
    expect(auto.device).toEqual({
      device: 'gpu',
      description: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    });
  });

  it('tries a software WebGL after everything else, rather than not at all', async () => {
    fakeDocument('llvmpipe (LLVM 15.0.6, 256 bits)');
    tf.registerBackend('webgl', () => new MathBackendCPU());
    const info = await setupBackend('auto', {
      candidates: ['webgl', 'wasm'],
      gradients: false,
      importPackage: async (specifier) => {
        throw new Error(`Cannot find package '${specifier}'`);
      },
    });
    expect(info.name).toBe(tf.findBackendFactory('wasm') === null ? 'webgl' : 'wasm');
  });

  it('leaves the order alone when told to', async () => {
    fakeDocument('Google SwiftShader');
    tf.registerBackend('webgl', () => new MathBackendCPU());
    const info = await setupBackend('auto', {
      candidates: ['webgl', 'cpu'],
      gradients: false,
      avoidSoftwareGraphics: false,
    });
    expect(info.name).toBe('webgl');
  });
});

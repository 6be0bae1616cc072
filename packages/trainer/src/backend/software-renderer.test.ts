import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from './software-renderer';

describe('isSoftwareRenderer', () => {
  it('recognises the renderers browsers fall back to without a GPU', () => {
    for (const renderer of [
      // Headless Chromium on Linux without a GPU (--use-angle=swiftshader), and its Vulkan flavour.
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      // Firefox and Chromium on Mesa without a GPU driver.
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa/X.org, llvmpipe (LLVM 19.1.7, 256 bits)',
      'softpipe',
      // Windows without a display driver.
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Software Rasterizer',
    ]) {
      expect(isSoftwareRenderer(renderer), renderer).toBe(true);
    }
  });

  it('keeps real GPUs, including names that merely contain soft-sounding words', () => {
    for (const renderer of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 (0x00002484) Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'Apple M2',
      'AMD Radeon RX 6800 XT',
      'Adreno (TM) 740',
      'nvidia ampere NVIDIA H200',
    ]) {
      expect(isSoftwareRenderer(renderer), renderer).toBe(false);
    }
  });
});

/**
 * Names that GPU emulators put in the renderer string: Chromium's SwiftShader (also behind ANGLE's
 * "Subzero"), Mesa's llvmpipe, softpipe and lavapipe, Windows' Basic Render Driver, and the generic
 * "Software" some drivers report. They run shaders on the CPU, where wasm with the fused engine is faster.
 */
const softwarePattern =
  /swiftshader|subzero|llvmpipe|softpipe|lavapipe|basic render driver|software (?:renderer|rasterizer|adapter)|\bsoftware\b/i;

/** Whether a WebGL renderer or WebGPU adapter description names a software (CPU) emulation of a GPU. */
export function isSoftwareRenderer(renderer: string): boolean {
  return softwarePattern.test(renderer);
}

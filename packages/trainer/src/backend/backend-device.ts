import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from './backend-name';
import { probeWebgl, probeWebgpu, webglRenderer } from './probe-graphics';

/** Where a backend computes. WebGL on a software renderer computes on the CPU, so it counts as `'cpu'`. */
export type ComputeDevice = 'gpu' | 'cpu';

/** The device a backend runs on, and how it was told. */
export interface BackendDevice {
  readonly device: ComputeDevice;
  /** e.g. `'CUDA GPU (tfjs-node-gpu)'`, `'ANGLE (NVIDIA, ...)'` or `'CPU'`. */
  readonly description: string;
}

interface TfjsNodeBackend {
  /** tfjs-node's backend: true when libtensorflow placed its ops on a CUDA device. */
  readonly isUsingGpuDevice?: boolean;
  /** tfjs-node's backend: true for the @tensorflow/tfjs-node-gpu package. */
  readonly isGPUPackage?: boolean;
}

/** The device the active backend `name` computes on (call after it is set up). */
export async function backendDevice(name: BackendName): Promise<BackendDevice> {
  if (name === 'tensorflow') {
    const backend = tf.backend() as TfjsNodeBackend;
    if (backend.isUsingGpuDevice === true) return { device: 'gpu', description: 'CUDA GPU (tfjs-node-gpu)' };
    return {
      device: 'cpu',
      description:
        backend.isGPUPackage === true
          ? 'CPU: tfjs-node-gpu found no usable CUDA GPU (see its log above for the library it missed)'
          : 'CPU (tfjs-node)',
    };
  }
  if (name === 'webgl' || name === 'webgpu') {
    const gl = (tf.backend() as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
    const graphics = gl ? webglRenderer(gl) : name === 'webgl' ? probeWebgl() : await probeWebgpu();
    if (graphics === undefined) return { device: 'cpu', description: 'unknown graphics device' };
    return graphics.software
      ? { device: 'cpu', description: `CPU: ${graphics.renderer} emulates the GPU in software` }
      : { device: 'gpu', description: graphics.renderer };
  }
  return { device: 'cpu', description: 'CPU' };
}

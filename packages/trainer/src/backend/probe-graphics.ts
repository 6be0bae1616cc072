import { isSoftwareRenderer } from './software-renderer';

/** The graphics device behind WebGL or WebGPU, as the browser names it. */
export interface GraphicsDevice {
  /** The unmasked WebGL renderer or the WebGPU adapter's description, e.g. `'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))'`. */
  readonly renderer: string;
  /** Whether it emulates a GPU on the CPU (SwiftShader, llvmpipe, ...). */
  readonly software: boolean;
}

interface DebugRendererInfo {
  readonly UNMASKED_RENDERER_WEBGL: number;
}

type GlContext = Pick<WebGLRenderingContext, 'getExtension' | 'getParameter' | 'RENDERER'>;

/** The renderer of a WebGL context: the unmasked one where the browser exposes it, else the plain one. */
export function webglRenderer(gl: GlContext): GraphicsDevice {
  const debug = gl.getExtension('WEBGL_debug_renderer_info') as DebugRendererInfo | null;
  const renderer = String(gl.getParameter(debug?.UNMASKED_RENDERER_WEBGL ?? gl.RENDERER) ?? 'unknown');
  return { renderer, software: isSoftwareRenderer(renderer) };
}

/** The device a fresh WebGL context renders on, or undefined where WebGL cannot start. */
export function probeWebgl(): GraphicsDevice | undefined {
  const scope = globalThis as {
    document?: { createElement(tag: 'canvas'): HTMLCanvasElement };
    OffscreenCanvas?: new (width: number, height: number) => OffscreenCanvas;
  };
  const canvas = scope.OffscreenCanvas
    ? new scope.OffscreenCanvas(1, 1)
    : scope.document?.createElement('canvas');
  const gl = (canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return undefined;
  const device = webglRenderer(gl);
  // Free the context now: browsers cap live contexts, and the backend makes its own.
  (gl.getExtension('WEBGL_lose_context') as { loseContext(): void } | null)?.loseContext();
  return device;
}

interface AdapterInfo {
  readonly vendor?: string;
  readonly architecture?: string;
  readonly device?: string;
  readonly description?: string;
  readonly isFallbackAdapter?: boolean;
}

interface Adapter {
  readonly info?: AdapterInfo;
  readonly isFallbackAdapter?: boolean;
  requestAdapterInfo?(): Promise<AdapterInfo>;
}

/** The adapter WebGPU would use, or undefined where it has none. */
export async function probeWebgpu(): Promise<GraphicsDevice | undefined> {
  const gpu = (globalThis as { navigator?: { gpu?: { requestAdapter(): Promise<Adapter | null> } } })
    .navigator?.gpu;
  const adapter = await gpu?.requestAdapter().catch(() => null);
  if (!adapter) return undefined;
  const info = adapter.info ?? (await adapter.requestAdapterInfo?.().catch(() => undefined)) ?? {};
  const renderer =
    [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' ') || 'unknown';
  const fallback = adapter.isFallbackAdapter === true || info.isFallbackAdapter === true;
  return { renderer, software: fallback || isSoftwareRenderer(renderer) };
}

/** The software renderer behind WebGL or WebGPU here, or undefined for a real GPU (or another backend). */
export async function softwareRenderer(name: string): Promise<string | undefined> {
  if (name !== 'webgl' && name !== 'webgpu') return undefined;
  const device = name === 'webgl' ? probeWebgl() : await probeWebgpu();
  return device?.software ? device.renderer : undefined;
}

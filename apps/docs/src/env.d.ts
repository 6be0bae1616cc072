// Vite turns `?url` imports into the URL of the emitted asset; declared here because this app does not
// depend on vite directly (VitePress brings its own).
declare module '*.wasm?url' {
  const url: string;
  export default url;
}

/** A one-channel image: `height * width` values in [0, 1], row-major; 1 is ink. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Float32Array;
}

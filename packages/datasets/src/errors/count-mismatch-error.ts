import { DatasetsError } from './datasets-error';

/** An images array and its labels array describe different numbers of samples. */
export class CountMismatchError extends DatasetsError {
  /** Number of images. */
  readonly imageCount: number;
  /** Number of labels. */
  readonly labelCount: number;

  constructor(imageCount: number, labelCount: number, where: string) {
    super(
      `Images and labels must have one label per image (${where}); pair each images file with its own labels file. ` +
        `Received: ${imageCount} images, ${labelCount} labels`,
    );
    this.imageCount = imageCount;
    this.labelCount = labelCount;
  }
}

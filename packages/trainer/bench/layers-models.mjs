// The benchmark's models in stock @tensorflow/tfjs-layers, layer for layer the ones @digitlab/models builds.
import * as tfl from '@tensorflow/tfjs-layers';

/** LeNet-5 as in @digitlab/models: conv 6@5x5 relu, maxpool 2, conv 16@5x5 relu, maxpool 2, 120, 84, 10. */
export function layersLenet5() {
  return tfl.sequential({
    layers: [
      tfl.layers.conv2d({ inputShape: [28, 28, 1], filters: 6, kernelSize: 5, activation: 'relu' }),
      tfl.layers.maxPooling2d({ poolSize: 2 }),
      tfl.layers.conv2d({ filters: 16, kernelSize: 5, activation: 'relu' }),
      tfl.layers.maxPooling2d({ poolSize: 2 }),
      tfl.layers.flatten(),
      tfl.layers.dense({ units: 120, activation: 'relu' }),
      tfl.layers.dense({ units: 84, activation: 'relu' }),
      tfl.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
}

/** MLP 784-300-10: dense 300 relu, dense 10 softmax. */
export function layersMlp() {
  return tfl.sequential({
    layers: [
      tfl.layers.dense({ inputShape: [784], units: 300, activation: 'relu' }),
      tfl.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
}

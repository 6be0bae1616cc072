import * as tf from '@tensorflow/tfjs-core';

/** One of a tfjs-core optimizer's per-variable state slots, as it stores them. */
export interface OptimizerSlot {
  originalName: string;
  variable: tf.Variable;
}

/** The variable names and gradients of an `applyGradients` argument, in order. */
export function gradientEntries(
  variableGradients: tf.NamedTensorMap | { name: string; tensor: tf.Tensor }[],
): [string, tf.Tensor | undefined][] {
  return Array.isArray(variableGradients)
    ? variableGradients.map((item) => [item.name, item.tensor])
    : Object.entries(variableGradients);
}

/** The slot at `index`, created as zeros shaped like the variable on first use (tfjs-core's own scheme). */
export function slotFor(
  slots: OptimizerSlot[],
  index: number,
  variableName: string,
  suffix: string,
): tf.Variable {
  slots[index] ??= {
    originalName: `${variableName}/${suffix}`,
    variable: tf.tidy(() => tf.zerosLike(tf.engine().registeredVariables[variableName]!).variable(false)),
  };
  return slots[index].variable;
}

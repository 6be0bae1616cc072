import { ModelsError } from './models-error';

/** A model has more parameters than the `paramBudget` it was given. */
export class ParamBudgetError extends ModelsError {
  /** Name of the model, e.g. `'dropout-cnn'`. */
  readonly modelName: string;
  /** The model's parameter count. */
  readonly params: number;
  /** The budget it exceeded. */
  readonly budget: number;

  constructor(modelName: string, params: number, budget: number) {
    super(
      `Model ${modelName} has ${params.toLocaleString('en-US')} parameters, over its budget of ` +
        `${budget.toLocaleString('en-US')}; choose smaller sizes or raise paramBudget. Received: params=${params}`,
    );
    this.modelName = modelName;
    this.params = params;
    this.budget = budget;
  }
}

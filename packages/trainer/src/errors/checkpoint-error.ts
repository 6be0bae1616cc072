import { TrainerError } from './trainer-error';

/** A checkpoint could not be read, or does not belong to the model it is restored into. */
export class CheckpointError extends TrainerError {
  /** Where the checkpoint lives (a path, or `'memory'`). */
  readonly location: string;
  /** What is wrong with it, in words. */
  readonly problem: string;

  constructor(location: string, problem: string, advice: string, received: string) {
    super(`Checkpoint ${location} ${problem}; ${advice}. Received: ${received}`);
    this.location = location;
    this.problem = problem;
  }
}

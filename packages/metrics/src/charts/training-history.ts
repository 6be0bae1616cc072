/**
 * Per-epoch metric values keyed like Keras' `History.history`: `loss`, `accuracy` (or `acc`), and the
 * validation series under the same name prefixed `val_`.
 */
export type TrainingHistory = Readonly<Record<string, readonly number[]>>;

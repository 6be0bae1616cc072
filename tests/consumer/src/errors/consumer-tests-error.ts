/** Base class of every error the consumer-test helpers throw, so a failure names its cause. */
export class ConsumerTestsError extends Error {
  override readonly name: string = 'ConsumerTestsError';
}

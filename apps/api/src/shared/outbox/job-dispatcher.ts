/** Hands one outbox message to whatever runs jobs: BullMQ, or the in-process handler. */
export abstract class JobDispatcher {
  abstract dispatch(message: { jobName: string; jobId: string; payload: unknown }): Promise<void>;
}

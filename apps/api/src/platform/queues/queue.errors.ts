import { defineErrors } from '@werkbrug/common';

export const QueueErrors = defineErrors('queue', {
  invalidJobId: { kind: 'invalid-input', title: 'Not a job id' },
  jobNotFound: { kind: 'not-found', title: 'No such job in the matching queue' },
  /** Only a failed job goes back to waiting; one waiting, active or done is left as it is. */
  jobNotFailed: { kind: 'conflict', title: 'Only a failed job can be retried' },
  /** Embedded (no Redis): a failing job stays in the outbox and is retried there, so there is no failed set. */
  noFailedSet: { kind: 'not-found', title: 'Matching runs in-process: there is no failed set' },
  /** Embedded (no Redis): no BullMQ, so no dashboard. */
  noDashboard: { kind: 'not-found', title: 'Matching runs in-process: there is no queue dashboard' },
});

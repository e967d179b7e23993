import type { VacancyStatus } from '@werkbrug/database';

/**
 * The statuses in which a vacancy is published in the outbound feed; in any other it is removed
 * there. Only `open`: a vacancy on hold takes no applications for now, so a job site should not
 * show it; it comes back as a change when it reopens. The trigger of the migration
 * VacancyChanges1766300000000 holds the same rule: change both together.
 */
export const PUBLISHED_STATUSES: readonly VacancyStatus[] = ['open'];

export const isPublished = (status: VacancyStatus): boolean => PUBLISHED_STATUSES.includes(status);

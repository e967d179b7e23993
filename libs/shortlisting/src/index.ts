export * from './candidate-profile-cache';
export * from './match-inputs';
export * from './matching-job.handler';
export * from './profiles';
export * from './shortlist-builder.service';
export * from './shortlisting.module';

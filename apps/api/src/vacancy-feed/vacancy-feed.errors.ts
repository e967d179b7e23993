import { defineErrors } from '@werkbrug/common';

export const VacancyFeedErrors = defineErrors('vacancy-feed', {
  cursorFromAnotherHistory: {
    kind: 'conflict',
    title:
      'The cursor lies beyond what this feed has recorded (the database was restored): start again without a cursor',
  },
  notPublished: { kind: 'not-found', title: 'Vacancy not found' },
});

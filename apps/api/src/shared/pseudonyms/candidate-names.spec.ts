import { ROLES } from '@werkbrug/common';
import { candidateNameFor, candidateReference, seesCandidateName } from './candidate-names';

describe('candidate names and references', () => {
  const almere = 'organisation-almere';
  const lelystad = 'organisation-lelystad';

  it('gives the name to every role of staff of the candidate’s own organisation', () => {
    const staffOfAlmere = ROLES.filter((role) => seesCandidateName({ role, organisationId: almere }, almere));
    expect(staffOfAlmere).toEqual(['accountmanager', 'jobhunter', 'klantmanager', 'admin']);
    expect(candidateNameFor({ role: 'accountmanager', organisationId: almere }, almere, 'Ans de Vries')).toBe(
      'Ans de Vries',
    );
    expect(candidateNameFor({ role: 'jobhunter', organisationId: almere }, almere, 'Ans de Vries')).toBe(
      'Ans de Vries',
    );
  });

  it('never to staff of another organisation, nor to an employer', () => {
    for (const role of ROLES) {
      expect(candidateNameFor({ role, organisationId: lelystad }, almere, 'Ans de Vries')).toBeNull();
    }
    expect(candidateNameFor({ role: 'employer' }, almere, 'Ans de Vries')).toBeNull();
    expect(candidateNameFor({ role: 'employer', organisationId: almere }, almere, 'Ans de Vries')).toBeNull();
  });

  it('makes a short reference from the id, the same each time', () => {
    const id = '3f9a2c1b-0d4e-4f00-8a00-000000000001';
    expect(candidateReference(id)).toBe('K-3F9A-2C1B');
    expect(candidateReference(id)).toBe(candidateReference(id));
    expect(candidateReference('3f9a2c1c-0d4e-4f00-8a00-000000000001')).not.toBe(candidateReference(id));
  });
});

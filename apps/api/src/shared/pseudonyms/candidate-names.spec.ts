import { ROLES } from '@werkbrug/common';
import { candidateNameFor, candidateReference, seesCandidateNames } from './candidate-names';

describe('candidate names and references', () => {
  it('gives the name only to the klantmanager and the administrator', () => {
    expect(ROLES.filter((role) => seesCandidateNames({ role }))).toEqual(['klantmanager', 'admin']);
    expect(candidateNameFor({ role: 'jobhunter' }, 'Ans de Vries')).toBeNull();
    expect(candidateNameFor({ role: 'accountmanager' }, 'Ans de Vries')).toBeNull();
    expect(candidateNameFor({ role: 'klantmanager' }, 'Ans de Vries')).toBe('Ans de Vries');
  });

  it('makes a short reference from the id, the same each time', () => {
    const id = '3f9a2c1b-0d4e-4f00-8a00-000000000001';
    expect(candidateReference(id)).toBe('K-3F9A-2C1B');
    expect(candidateReference(id)).toBe(candidateReference(id));
    expect(candidateReference('3f9a2c1c-0d4e-4f00-8a00-000000000001')).not.toBe(candidateReference(id));
  });
});

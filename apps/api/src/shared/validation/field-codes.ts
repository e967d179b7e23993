import { defineErrors, registerConstraintCode } from '@werkbrug/common';

/** Codes for the fields Werkbrug checks against its own reference data and formats (see the validators beside this file). */
export const ReferenceFieldErrors = defineErrors('field', {
  unknownPostcode: { kind: 'invalid-input', title: 'is not a known Dutch postcode (PC4)' },
  unknownCompetence: { kind: 'invalid-input', title: 'is not a competence of the taxonomy' },
  unknownOccupation: { kind: 'invalid-input', title: 'is not an occupation of the taxonomy' },
  occupationNotMatched: {
    kind: 'invalid-input',
    title: 'is an ESCO occupation that no occupation of the taxonomy is near to (matching cannot use it yet)',
  },
  unknownSector: { kind: 'invalid-input', title: 'is not an SBI section letter' },
  unknownEducationLevel: { kind: 'invalid-input', title: 'is not an education level' },
  levelOutOfRange: { kind: 'invalid-input', title: 'is not a level of this belastbaarheid item' },
  notPhoneNumber: { kind: 'invalid-input', title: 'is not a phone number' },
  notTimeOfDay: { kind: 'invalid-input', title: 'is not a time of day (HH:MM)' },
  notKvkNumber: { kind: 'invalid-input', title: 'is not a KvK number (8 digits)' },
  notEstablishmentNumber: {
    kind: 'invalid-input',
    title: 'is not an establishment number (vestigingsnummer, 12 digits)',
  },
});

registerConstraintCode('isDutchPostcode', ReferenceFieldErrors.unknownPostcode);
registerConstraintCode('isCompetence', ReferenceFieldErrors.unknownCompetence);
registerConstraintCode('isOccupation', ReferenceFieldErrors.unknownOccupation);
registerConstraintCode('isMatchedOccupation', ReferenceFieldErrors.occupationNotMatched);
registerConstraintCode('isSector', ReferenceFieldErrors.unknownSector);
registerConstraintCode('isEducationLevel', ReferenceFieldErrors.unknownEducationLevel);
registerConstraintCode('isLevelOfItem', ReferenceFieldErrors.levelOutOfRange);
registerConstraintCode('isPhoneNumber', ReferenceFieldErrors.notPhoneNumber);
registerConstraintCode('isTimeOfDay', ReferenceFieldErrors.notTimeOfDay);
registerConstraintCode('isKvkNumber', ReferenceFieldErrors.notKvkNumber);
registerConstraintCode('isEstablishmentNumber', ReferenceFieldErrors.notEstablishmentNumber);

import { defineErrors } from '@werkbrug/common';

export const SpeeddateErrors = defineErrors('speeddate', {
  notFound: { kind: 'not-found', title: 'Speeddate not found' },
  participantNotFound: { kind: 'not-found', title: 'Participant not found at this event' },
  conversationNotFound: { kind: 'not-found', title: 'Conversation not found at this event' },
  endsAfterMidnight: { kind: 'invalid-input', title: 'The last slot would end after midnight' },
  nobodyInvited: { kind: 'invalid-input', title: 'Invite at least one employer or candidate' },
  candidateUnavailable: { kind: 'invalid-input', title: 'Only available candidates can be invited' },
  participantScheduled: { kind: 'conflict', title: 'The participant has conversations in the schedule' },
  slotOutOfRange: { kind: 'invalid-input', title: 'The event has no such slot' },
  pairTwice: { kind: 'invalid-input', title: 'The candidate already meets this employer' },
  employerDoubleBooked: { kind: 'invalid-input', title: 'The employer already has a conversation in this slot' },
  candidateDoubleBooked: { kind: 'invalid-input', title: 'The candidate already has a conversation in this slot' },
  employerNotInvited: { kind: 'invalid-input', title: 'The employer is not invited to this event' },
  candidateNotInvited: { kind: 'invalid-input', title: 'The candidate is not invited to this event' },
  conversationLogged: { kind: 'conflict', title: 'A conversation with a logged outcome stays as it is' },
  loggedMeanwhile: { kind: 'conflict', title: 'An outcome was logged meanwhile' },
  notHeldYet: { kind: 'conflict', title: 'The event is still to come' },
  conversationTwice: { kind: 'invalid-input', title: 'The conversation is named twice' },
  unknownConversation: { kind: 'invalid-input', title: 'Not a conversation of this event' },
  noShowHasNoOutcome: {
    kind: 'invalid-input',
    title: 'A conversation that did not take place has no interest or next step',
  },
  interestRequired: { kind: 'invalid-input', title: 'Say whose interest the conversation raised' },
  nextStepRequired: { kind: 'invalid-input', title: 'Say what the next step is' },
  reasonRequired: { kind: 'invalid-input', title: 'Say why there is no match or no interest' },
});

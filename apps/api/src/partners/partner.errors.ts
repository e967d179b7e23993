import { defineErrors } from '@werkbrug/common';

export const PartnerErrors = defineErrors('partner', {
  notFound: { kind: 'not-found', title: 'Partner not found' },
  apiKeyNotFound: { kind: 'not-found', title: 'API key not found' },
  wspAdministratorOnly: {
    kind: 'forbidden',
    title: 'Only an administrator of the werkgeversservicepunt administers partners',
  },
  subscriptionNotFound: { kind: 'not-found', title: 'Webhook subscription not found' },
  deliveryNotFound: { kind: 'not-found', title: 'Webhook delivery not found' },
  deliveryNotFailed: { kind: 'conflict', title: 'Only a failed delivery can be replayed' },
  subscriptionEnded: { kind: 'conflict', title: 'The subscription has ended' },
  webhookUrlNotAllowed: { kind: 'invalid-input', title: 'is not an address deliveries may go to' },
});

import { defineErrors } from '@werkbrug/common';

export const NotificationErrors = defineErrors('notification', {
  notFound: { kind: 'not-found', title: 'Notification not found' },
  kindNotYours: { kind: 'invalid-input', title: 'is not a kind of notification your roles receive' },
  repeatedKind: { kind: 'invalid-input', title: 'names a kind a preference before it named already' },
});

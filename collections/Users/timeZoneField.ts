import type { TextField } from 'payload'

import { isTimeZone } from '@/lib/timeZones'

/**
 * The zone the schedule drawer preselects for this person. Filled from their browser when empty
 * (components/admin/RememberTimeZone.client.tsx); they may change it on their account page.
 */
export const timeZoneField: TextField = {
  name: 'timeZone',
  type: 'text',
  admin: {
    description:
      'Scheduled publishing times are shown in this time zone, an IANA name such as Europe/Paris.',
  },
  validate: (value: unknown) =>
    value == null ||
    value === '' ||
    (typeof value === 'string' && isTimeZone(value)) ||
    `"${String(value)}" is not a time zone: use an IANA name such as Europe/Paris or America/New_York.`,
}

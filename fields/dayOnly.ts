import type { DateField } from 'payload'

/**
 * A date without a time, picked and listed as a day. Without `displayFormat`, Payload's list
 * columns add a time of day to it ("…, 12:00 AM").
 */
export const dayOnly: NonNullable<DateField['admin']>['date'] = {
  pickerAppearance: 'dayOnly',
  displayFormat: 'd MMM yyyy',
}

'use client'

import { LeaveWithoutSaving, useDocumentInfo, useForm } from '@payloadcms/ui'

/**
 * Warns before leaving a statement with edits not saved yet: typed within the last autosave
 * interval, or on a new statement, which is saved only once it has a title. Payload guards
 * documents without autosave only (`preventLeaveWithoutSaving` in its edit view); its warning
 * follows the form's `modified`, which every save, autosave included, clears.
 */
export function UnsavedChangesGuard() {
  const { id } = useDocumentInfo()
  const { isValid } = useForm()
  // A saved statement that fails validation already has Payload's own guard (in Autosave).
  if (id && !isValid) return null
  return <LeaveWithoutSaving />
}

'use client'

import { useEffect } from 'react'

/**
 * The `<form>` element of the "Ask for translation" panel. The panel's inputs sit inside Payload's
 * own edit form, and forms cannot nest: they name this one (`form="…"`), which lives at the end of
 * the page, outside React, so a submit is the browser's own POST, never a save of the statement.
 */
export function AskForTranslationForm({ id, action }: { id: string; action: string }) {
  useEffect(() => {
    const form = document.createElement('form')
    form.id = id
    form.method = 'post'
    form.action = action
    form.hidden = true
    document.body.append(form)
    return () => form.remove()
  }, [id, action])
  return null
}

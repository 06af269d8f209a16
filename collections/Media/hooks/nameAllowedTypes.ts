import { type CollectionAfterErrorHook, ValidationError } from 'payload'

/**
 * Payload refuses a file of another type with "Invalid MIME type: text/html." and no word on
 * what it would take: this adds the collection's own list (`upload.mimeTypes`) to the answer.
 */
export const nameAllowedTypes: CollectionAfterErrorHook = ({ collection, error, result }) => {
  const allowed = typeof collection.upload === 'object' ? collection.upload.mimeTypes : undefined
  if (!(error instanceof ValidationError) || !allowed?.length || !result) return
  const fileErrors = error.data.errors.filter(({ path }) => path === 'file')
  if (!fileErrors.length) return
  const message = `${fileErrors.map((fileError) => fileError.message).join(' ')} Files of these types can be uploaded: ${allowed.join(', ')}.`
  return {
    response: {
      ...result,
      errors: [
        {
          name: 'ValidationError',
          message,
          data: { errors: fileErrors.map(({ path }) => ({ path, message })) },
        },
      ],
    },
  }
}

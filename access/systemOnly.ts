import type { FieldAccess } from 'payload'

/** Fields only the application writes (through overrideAccess or the database), never a request. */
export const systemOnly: FieldAccess = () => false

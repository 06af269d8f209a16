import type { Access } from 'payload'

/** Public reference data: topics, media. */
export const anyone: Access = () => true

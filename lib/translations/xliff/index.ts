/**
 * Exchanges a statement's translatable fields with CAT tools as XLIFF 1.2: one trans-unit per
 * field and per block of the body, with links, emphasis and line breaks as inline tags, so
 * translators can move them but not lose them, and cannot change where a link points.
 */

export { exportXliff } from './export'
export { importXliff } from './import'
export type { TranslatableFields, XliffFile, XliffImportResult } from './model'

import { dataReleaseText } from './adminText/dataReleases'
import { glossaryText } from './adminText/glossary'
import { memorySuggestionText } from './adminText/memorySuggestions'
import { previewLinkText } from './adminText/previewLinks'
import { reactionText } from './adminText/reactions'
import { signatoryText } from './adminText/signatories'
import { releaseText } from './adminText/releases'
import { sourceCheckText } from './adminText/sourceChecks'
import { statementText } from './adminText/statements'
import { tmxText } from './adminText/tmx'
import { trackerText } from './adminText/tracker'
import { translationJobText } from './adminText/translationJobs'
import { translationMemoryText } from './adminText/translationMemory'
import { translationText } from './adminText/translations'

export { jobStatusText } from './adminText/translationJobs'
export { localeStateText, translationStatusText } from './adminText/translations'
export { memoryProgressSummary } from './adminText/translationMemory'

/**
 * Labels and help texts of our own fields, in every admin language: Payload shows the entry of
 * the editor's chosen interface language. Written by area, in the files of i18n/adminText/.
 */
export const adminText = {
  ...statementText,
  ...translationText,
  ...translationMemoryText,
  ...tmxText,
  ...translationJobText,
  ...glossaryText,
  ...memorySuggestionText,
  ...trackerText,
  ...reactionText,
  ...sourceCheckText,
  ...signatoryText,
  ...releaseText,
  ...previewLinkText,
  ...dataReleaseText,
}

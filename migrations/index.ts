import * as migration_20261127_080650_initial from './20261127_080650_initial'
import * as migration_20261127_083927_statements_topics_media from './20261127_083927_statements_topics_media'
import * as migration_20261127_084434_search from './20261127_084434_search'
import * as migration_20261127_111636_translations from './20261127_111636_translations'
import * as migration_20261127_114901_reactions from './20261127_114901_reactions'
import * as migration_20261127_130000_search_indexes from './20261127_130000_search_indexes'
import * as migration_20261127_141614_translations_unlocked from './20261127_141614_translations_unlocked'
import * as migration_20261127_172121_media_object_storage from './20261127_172121_media_object_storage'
import * as migration_20261127_204646_translation_seo_title from './20261127_204646_translation_seo_title'
import * as migration_20261206_170000_cache_invalidations from './20261206_170000_cache_invalidations'
import * as migration_20261206_200000_length_limits from './20261206_200000_length_limits'
import * as migration_20261206_200246_user_time_zone from './20261206_200246_user_time_zone'
import * as migration_20261206_201238_translator_languages from './20261206_201238_translator_languages'
import * as migration_20261207_022523_releases from './20261207_022523_releases'
import * as migration_20261207_022804_preview_links from './20261207_022804_preview_links'
import * as migration_20261207_022840_signatories from './20261207_022840_signatories'
import * as migration_20261207_055803_reaction_corrections from './20261207_055803_reaction_corrections'
import * as migration_20261207_060037_source_checks from './20261207_060037_source_checks'
import * as migration_20261207_060231_data_releases from './20261207_060231_data_releases'
import * as migration_20261207_090910_translation_memory from './20261207_090910_translation_memory'
import * as migration_20261207_091629_translation_jobs from './20261207_091629_translation_jobs'
import * as migration_20261207_091935_glossary_terms from './20261207_091935_glossary_terms'
import * as migration_20261207_093500_translation_memory_backfill from './20261207_093500_translation_memory_backfill'
import * as migration_20261207_101046_memory_sentence_index from './20261207_101046_memory_sentence_index'
import * as migration_20261207_124500_search_indexes_direct from './20261207_124500_search_indexes_direct'

export const migrations = [
  {
    up: migration_20261127_080650_initial.up,
    down: migration_20261127_080650_initial.down,
    name: '20261127_080650_initial',
  },
  {
    up: migration_20261127_083927_statements_topics_media.up,
    down: migration_20261127_083927_statements_topics_media.down,
    name: '20261127_083927_statements_topics_media',
  },
  {
    up: migration_20261127_084434_search.up,
    down: migration_20261127_084434_search.down,
    name: '20261127_084434_search',
  },
  {
    up: migration_20261127_111636_translations.up,
    down: migration_20261127_111636_translations.down,
    name: '20261127_111636_translations',
  },
  {
    up: migration_20261127_114901_reactions.up,
    down: migration_20261127_114901_reactions.down,
    name: '20261127_114901_reactions',
  },
  {
    up: migration_20261127_130000_search_indexes.up,
    down: migration_20261127_130000_search_indexes.down,
    name: '20261127_130000_search_indexes',
  },
  {
    up: migration_20261127_141614_translations_unlocked.up,
    down: migration_20261127_141614_translations_unlocked.down,
    name: '20261127_141614_translations_unlocked',
  },
  {
    up: migration_20261127_172121_media_object_storage.up,
    down: migration_20261127_172121_media_object_storage.down,
    name: '20261127_172121_media_object_storage',
  },
  {
    up: migration_20261127_204646_translation_seo_title.up,
    down: migration_20261127_204646_translation_seo_title.down,
    name: '20261127_204646_translation_seo_title',
  },
  {
    up: migration_20261206_170000_cache_invalidations.up,
    down: migration_20261206_170000_cache_invalidations.down,
    name: '20261206_170000_cache_invalidations',
  },
  {
    up: migration_20261206_200000_length_limits.up,
    down: migration_20261206_200000_length_limits.down,
    name: '20261206_200000_length_limits',
  },
  {
    up: migration_20261206_200246_user_time_zone.up,
    down: migration_20261206_200246_user_time_zone.down,
    name: '20261206_200246_user_time_zone',
  },
  {
    up: migration_20261206_201238_translator_languages.up,
    down: migration_20261206_201238_translator_languages.down,
    name: '20261206_201238_translator_languages',
  },
  {
    up: migration_20261207_022523_releases.up,
    down: migration_20261207_022523_releases.down,
    name: '20261207_022523_releases',
  },
  {
    up: migration_20261207_022804_preview_links.up,
    down: migration_20261207_022804_preview_links.down,
    name: '20261207_022804_preview_links',
  },
  {
    up: migration_20261207_022840_signatories.up,
    down: migration_20261207_022840_signatories.down,
    name: '20261207_022840_signatories',
  },
  {
    up: migration_20261207_055803_reaction_corrections.up,
    down: migration_20261207_055803_reaction_corrections.down,
    name: '20261207_055803_reaction_corrections',
  },
  {
    up: migration_20261207_060037_source_checks.up,
    down: migration_20261207_060037_source_checks.down,
    name: '20261207_060037_source_checks',
  },
  {
    up: migration_20261207_060231_data_releases.up,
    down: migration_20261207_060231_data_releases.down,
    name: '20261207_060231_data_releases',
  },
  {
    up: migration_20261207_090910_translation_memory.up,
    down: migration_20261207_090910_translation_memory.down,
    name: '20261207_090910_translation_memory',
  },
  {
    up: migration_20261207_091629_translation_jobs.up,
    down: migration_20261207_091629_translation_jobs.down,
    name: '20261207_091629_translation_jobs',
  },
  {
    up: migration_20261207_091935_glossary_terms.up,
    down: migration_20261207_091935_glossary_terms.down,
    name: '20261207_091935_glossary_terms',
  },
  {
    up: migration_20261207_093500_translation_memory_backfill.up,
    down: migration_20261207_093500_translation_memory_backfill.down,
    name: '20261207_093500_translation_memory_backfill',
  },
  {
    up: migration_20261207_101046_memory_sentence_index.up,
    down: migration_20261207_101046_memory_sentence_index.down,
    name: '20261207_101046_memory_sentence_index',
  },
  {
    up: migration_20261207_124500_search_indexes_direct.up,
    down: migration_20261207_124500_search_indexes_direct.down,
    name: '20261207_124500_search_indexes_direct',
  },
]

import { randomBytes } from 'node:crypto'

import type { SanitizedCollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'

import {
  type ApiClient,
  apiClient,
  type Doc,
  type GraphqlError,
  type GraphqlReply,
  type Json,
  logIn,
  type RestReply,
} from '@/tests/helpers/apiClient'

/*
 * Who may do what, in every collection the server has, through REST and GraphQL.
 *
 *   yes  allowed, on someone else's document (the harder case)
 *   own  allowed on the person's own document, refused on someone else's. Translations: the
 *        translator's own (create: in their own languages); users: their own account;
 *        preferences: their own (even an admin sees only theirs).
 *   no   refused, on someone else's document and, where the role can hold documents, its own
 *   n/a  the operation does not exist in that collection; the test checks that it does not
 *
 * Operations
 *   read            a published document (reactions: a verified one; translations: an accepted one)
 *   read draft      statements: a draft, never published, edited after publishing, or related
 *                   from a published statement or a reaction;
 *                   translations: a draft; reactions: an unverified reaction
 *   read versions   statements' version history
 *   create, update, delete
 *   publish         statements: _status published; translations: accept (status accepted);
 *                   reactions: tick Verified
 *   read email      another person's email, read directly (users) or through any chain of
 *                   populated relationships (a statement's accepted translation → its translator),
 *                   or tested with a REST query (where[translator.email][in]=…)
 * Operations that exist in one collection only
 *   write other locale   statements: text in a language other than English (it comes from translations)
 *   read staff notes     reactions' editor notes, States' research notes
 *   change powers        users: roles and languages (for oneself: raising one's own)
 */
const roles = ['anonymous', 'translatorFr', 'translatorEs', 'editor', 'admin'] as const
type Role = (typeof roles)[number]
type Cell = 'yes' | 'no' | 'own' | 'n/a'
const operations = [
  'read',
  'read draft',
  'read versions',
  'create',
  'update',
  'delete',
  'publish',
  'read email',
] as const
type CoreOperation = (typeof operations)[number]
type Operation = CoreOperation | 'write other locale' | 'read staff notes' | 'change powers'
type Row = readonly [
  collection: string,
  operation: Operation,
  anonymous: Cell,
  translatorFr: Cell,
  translatorEs: Cell,
  editor: Cell,
  admin: Cell,
]

// prettier-ignore
const matrix: readonly Row[] = [
  // collection                   operation             anonymous  translator fr  translator es  editor  admin
  ['statements',                  'read',               'yes',     'yes',         'yes',         'yes',  'yes'],
  // Translators may translate a statement before it is published (lib/translations/statementSource.ts).
  ['statements',                  'read draft',         'no',      'yes',         'yes',         'yes',  'yes'],
  ['statements',                  'read versions',      'no',      'no',          'no',          'yes',  'yes'],
  ['statements',                  'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['statements',                  'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['statements',                  'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['statements',                  'publish',            'no',      'no',          'no',          'yes',  'yes'],
  ['statements',                  'read email',         'no',      'no',          'no',          'no',   'yes'],
  // Even for admins: other languages come from accepted translations only (access/sourceLocaleOnly.ts).
  ['statements',                  'write other locale', 'no',      'no',          'no',          'no',   'no'],

  ['translations',                'read',               'no',      'own',         'own',         'yes',  'yes'],
  ['translations',                'read draft',         'no',      'own',         'own',         'yes',  'yes'],
  ['translations',                'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['translations',                'create',             'no',      'own',         'own',         'yes',  'yes'],
  ['translations',                'update',             'no',      'own',         'own',         'yes',  'yes'],
  ['translations',                'delete',             'no',      'own',         'own',         'yes',  'yes'],
  // Not even their own: only an editor reviews.
  ['translations',                'publish',            'no',      'no',          'no',          'yes',  'yes'],
  // Editors see who translated by id only: accounts are for admins (access/isAdminOrSelf.ts).
  ['translations',                'read email',         'no',      'no',          'no',          'no',   'yes'],

  // Editors read the memory and delete a bad segment so it is never offered again; its rows are
  // written by accepting a translation (or a TMX import), never by a create or update request.
  ['translation-memory',          'read',               'no',      'no',          'no',          'yes',  'yes'],
  ['translation-memory',          'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['translation-memory',          'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['translation-memory',          'create',             'no',      'no',          'no',          'no',   'no'],
  ['translation-memory',          'update',             'no',      'no',          'no',          'no',   'no'],
  ['translation-memory',          'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['translation-memory',          'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  // Through its translation's translator and reviewer, as for translations.
  ['translation-memory',          'read email',         'no',      'no',          'no',          'no',   'yes'],

  // Translation jobs (collections/TranslationJobs/): editors ask, change and cancel; a translator
  // reads the jobs assigned to them ("own"), and changes nothing: their translation moves the job.
  ['translation-jobs',            'read',               'no',      'own',         'own',         'yes',  'yes'],
  ['translation-jobs',            'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['translation-jobs',            'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['translation-jobs',            'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['translation-jobs',            'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['translation-jobs',            'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['translation-jobs',            'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  // Its assignee and the editor who asked are accounts, whose email only admins read.
  ['translation-jobs',            'read email',         'no',      'no',          'no',          'no',   'yes'],

  // The glossary (collections/GlossaryTerms): staff read it beside their work; editors keep it.
  ['glossary-terms',              'read',               'no',      'yes',         'yes',         'yes',  'yes'],
  ['glossary-terms',              'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['glossary-terms',              'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['glossary-terms',              'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['glossary-terms',              'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['glossary-terms',              'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['glossary-terms',              'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['glossary-terms',              'read email',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],

  ['topics',                      'read',               'yes',     'yes',         'yes',         'yes',  'yes'],
  ['topics',                      'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['topics',                      'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['topics',                      'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['topics',                      'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['topics',                      'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['topics',                      'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['topics',                      'read email',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],

  // Files are public as soon as they are uploaded, whatever they are attached to.
  ['media',                       'read',               'yes',     'yes',         'yes',         'yes',  'yes'],
  ['media',                       'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['media',                       'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  // GraphQL cannot carry a file: there "yes" means the request passed access and failed for want of one.
  ['media',                       'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['media',                       'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['media',                       'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['media',                       'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['media',                       'read email',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],

  ['reactions',                   'read',               'yes',     'yes',         'yes',         'yes',  'yes'],
  ['reactions',                   'read draft',         'no',      'yes',         'yes',         'yes',  'yes'],
  ['reactions',                   'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['reactions',                   'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['reactions',                   'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['reactions',                   'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['reactions',                   'publish',            'no',      'no',          'no',          'yes',  'yes'],
  // Through the related statements' accepted translations.
  ['reactions',                   'read email',         'no',      'no',          'no',          'no',   'yes'],
  ['reactions',                   'read staff notes',   'no',      'yes',         'yes',         'yes',  'yes'],

  ['states',                      'read',               'yes',     'yes',         'yes',         'yes',  'yes'],
  ['states',                      'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['states',                      'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['states',                      'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['states',                      'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['states',                      'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['states',                      'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['states',                      'read email',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['states',                      'read staff notes',   'no',      'yes',         'yes',         'yes',  'yes'],

  ['organizations',               'read',               'yes',     'yes',         'yes',         'yes',  'yes'],
  ['organizations',               'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['organizations',               'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['organizations',               'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['organizations',               'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['organizations',               'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['organizations',               'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['organizations',               'read email',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],

  // Public once it has a verified signature of a published statement; the draft-like case is one without.
  // Translators see what readers see: joint statements are the editors' work.
  ['signatories',                 'read',               'yes',     'yes',         'yes',         'yes',  'yes'],
  ['signatories',                 'read draft',         'no',      'no',          'no',          'yes',  'yes'],
  ['signatories',                 'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['signatories',                 'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['signatories',                 'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['signatories',                 'delete',             'no',      'no',          'no',          'yes',  'yes'],
  // An organization is published by verifying one of its signatures (see signatures · publish).
  ['signatories',                 'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['signatories',                 'read email',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],

  // Read: verified, of a published statement; read draft: a requested one; publish: verify it.
  ['signatures',                  'read',               'yes',     'yes',         'yes',         'yes',  'yes'],
  ['signatures',                  'read draft',         'no',      'no',          'no',          'yes',  'yes'],
  ['signatures',                  'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['signatures',                  'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['signatures',                  'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['signatures',                  'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['signatures',                  'publish',            'no',      'no',          'no',          'yes',  'yes'],
  // Through who verified it, and its statement's accepted translations.
  ['signatures',                  'read email',         'no',      'no',          'no',          'no',   'yes'],

  // The public site looks old addresses up itself; the collection is the newsroom's.
  ['redirects',                   'read',               'no',      'no',          'no',          'yes',  'yes'],
  ['redirects',                   'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['redirects',                   'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['redirects',                   'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['redirects',                   'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['redirects',                   'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['redirects',                   'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['redirects',                   'read email',         'no',      'no',          'no',          'no',   'yes'],

  // Press preview links (collections/PreviewLinks/): the newsroom's; a journalist's link opens pages, not the API.
  ['preview-links',               'read',               'no',      'no',          'no',          'yes',  'yes'],
  ['preview-links',               'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['preview-links',               'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['preview-links',               'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['preview-links',               'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['preview-links',               'delete',             'no',      'no',          'no',          'yes',  'yes'],
  ['preview-links',               'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['preview-links',               'read email',         'no',      'no',          'no',          'no',   'yes'],

  // Releases are the newsroom's: nothing of one is public before its moment, not even that it exists.
  ['releases',                    'read',               'no',      'no',          'no',          'yes',  'yes'],
  ['releases',                    'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['releases',                    'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  // Saving one is approving it (lib/releases/approve.ts): the fixtures' statements are ready.
  ['releases',                    'create',             'no',      'no',          'no',          'yes',  'yes'],
  ['releases',                    'update',             'no',      'no',          'no',          'yes',  'yes'],
  ['releases',                    'delete',             'no',      'no',          'no',          'yes',  'yes'],
  // Its status is set by the job runner at the moment, never by a request: nothing to publish.
  ['releases',                    'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  // Through its statements' accepted translations.
  ['releases',                    'read email',         'no',      'no',          'no',          'no',   'yes'],

  // Data releases: made by the monthly round or an editor's button (POST /api/data-releases/make),
  // never by a create request, never changed or deleted; readers get their files at /data/releases/.
  ['data-releases',               'read',               'no',      'no',          'no',          'yes',  'yes'],
  ['data-releases',               'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['data-releases',               'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['data-releases',               'create',             'no',      'no',          'no',          'no',   'no'],
  ['data-releases',               'update',             'no',      'no',          'no',          'no',   'no'],
  ['data-releases',               'delete',             'no',      'no',          'no',          'no',   'no'],
  ['data-releases',               'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  // Its editor is a relationship to users, whose email only admins read (users · read email).
  // The month's release is the shared fixture, made by the schedule: it names no editor.
  ['data-releases',               'read email',         'no',      'no',          'no',          'no',   'no'],

  ['users',                       'read',               'no',      'own',         'own',         'own',  'yes'],
  ['users',                       'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['users',                       'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['users',                       'create',             'no',      'no',          'no',          'no',   'yes'],
  ['users',                       'update',             'no',      'own',         'own',         'own',  'yes'],
  ['users',                       'delete',             'no',      'no',          'no',          'no',   'yes'],
  ['users',                       'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  // This cell also decides which roles any other response may show another person's email to.
  ['users',                       'read email',         'no',      'no',          'no',          'no',   'yes'],
  ['users',                       'change powers',      'no',      'no',          'no',          'no',   'yes'],

  // Payload's own collections. Preferences are private to their owner, admins included.
  ['payload-preferences',         'read',               'no',      'own',         'own',         'own',  'own'],
  ['payload-preferences',         'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-preferences',         'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  // Always as oneself: the server sets the owner, whatever the request says.
  ['payload-preferences',         'create',             'no',      'yes',         'yes',         'yes',  'yes'],
  ['payload-preferences',         'update',             'no',      'own',         'own',         'own',  'own'],
  ['payload-preferences',         'delete',             'no',      'own',         'own',         'own',  'own'],
  ['payload-preferences',         'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-preferences',         'read email',         'no',      'no',          'no',          'no',   'no'],

  // Edit locks are shared by the newsroom: the admin shows who holds one and lets anyone take it
  // over (Payload's default access: any signed-in person), always in the writer's own name
  // (hooks/lockBelongsToRequester.ts). They hold ids, never content.
  ['payload-locked-documents',    'read',               'no',      'yes',         'yes',         'yes',  'yes'],
  ['payload-locked-documents',    'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-locked-documents',    'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-locked-documents',    'create',             'no',      'yes',         'yes',         'yes',  'yes'],
  ['payload-locked-documents',    'update',             'no',      'yes',         'yes',         'yes',  'yes'],
  ['payload-locked-documents',    'delete',             'no',      'yes',         'yes',         'yes',  'yes'],
  ['payload-locked-documents',    'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-locked-documents',    'read email',         'no',      'no',          'no',          'no',   'yes'],

  // Queued jobs (scheduled publishing) are the job runner's, through POST /api/payload-jobs/run only.
  ['payload-jobs',                'read',               'no',      'no',          'no',          'no',   'no'],
  ['payload-jobs',                'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-jobs',                'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-jobs',                'create',             'no',      'no',          'no',          'no',   'no'],
  ['payload-jobs',                'update',             'no',      'no',          'no',          'no',   'no'],
  ['payload-jobs',                'delete',             'no',      'no',          'no',          'no',   'no'],
  ['payload-jobs',                'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-jobs',                'read email',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],

  // Payload's key-value store, for the server only.
  ['payload-kv',                  'read',               'no',      'no',          'no',          'no',   'no'],
  ['payload-kv',                  'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-kv',                  'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-kv',                  'create',             'no',      'no',          'no',          'no',   'no'],
  ['payload-kv',                  'update',             'no',      'no',          'no',          'no',   'no'],
  ['payload-kv',                  'delete',             'no',      'no',          'no',          'no',   'no'],
  ['payload-kv',                  'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-kv',                  'read email',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],

  // Not served at all (no REST endpoints, not in GraphQL): migrations run from the command line.
  ['payload-migrations',          'read',               'no',      'no',          'no',          'no',   'no'],
  ['payload-migrations',          'read draft',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-migrations',          'read versions',      'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-migrations',          'create',             'no',      'no',          'no',          'no',   'no'],
  ['payload-migrations',          'update',             'no',      'no',          'no',          'no',   'no'],
  ['payload-migrations',          'delete',             'no',      'no',          'no',          'no',   'no'],
  ['payload-migrations',          'publish',            'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
  ['payload-migrations',          'read email',         'n/a',     'n/a',         'n/a',         'n/a',  'n/a'],
]

// ---------------------------------------------------------------------------------------------
// People, fixtures and the two APIs
// ---------------------------------------------------------------------------------------------

type Api = 'REST' | 'GraphQL'
const apis: Api[] = ['REST', 'GraphQL']
type Whose = 'own' | 'other'
type Outcome = 'allowed' | 'refused'
type Person = {
  role: Role
  id: number | null
  email: string | null
  name: string
  client: ApiClient
}
type Fixture = { id: number; marker: string; owner: Role | null; key?: string; email?: string }
type Probe = (api: Api, actor: Role, whose: Whose) => Promise<Outcome>

const run = randomBytes(3).toString('hex')
let serial = 0
const unique = (label: string) => `matrix-${run}-${label}-${++serial}`
const password = `matrix-${randomBytes(9).toString('base64url')}`
// An id no document has, for collections where nobody can make one to aim at.
const absentId = 2_147_483_000
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const people = new Map<Role, Person>()
const person = (role: Role): Person => {
  const found = people.get(role)
  if (!found) throw new Error(`No session for ${role}`)
  return found
}
const client = (role: Role) => person(role).client
const languageOf = (role: Role) => (role === 'translatorEs' ? 'es' : 'fr')
/** Whose document is "someone else's": another translator's for a translator, translator fr's otherwise. */
const otherOf = (actor: Role): Role => (actor === 'translatorFr' ? 'translatorEs' : 'translatorFr')

/** Every account's email: none may appear in a reply to someone not allowed to see other people's emails. */
const accountEmails = new Set<string>()
const cellOf = (collection: string, operation: Operation, role: Role): Cell | undefined =>
  matrix.find(([c, o]) => c === collection && o === operation)?.[roles.indexOf(role) + 2] as
    Cell | undefined
const leaks: string[] = []
const inspectFor = (role: Role) => (text: string, request: string) => {
  if (cellOf('users', 'read email', role) === 'yes') return
  const own = people.get(role)?.email
  for (const email of accountEmails) {
    if (email !== own && text.includes(email)) {
      leaks.push(`${request} as ${role} showed ${email}`)
      throw new Error(`${request} as ${role} revealed another person's email (${email})`)
    }
  }
}

let collections: SanitizedCollectionConfig[] = []
const cleanup: { slug: string; id: number; owner: Role }[] = []
let cellsAsserted = 0
let notApplicableAsserted = 0
let operationsPerformed = 0

const refusalStatuses = [401, 403, 404]
const isRefusal = (status: number) => refusalStatuses.includes(status)
const describeReply = (reply: RestReply | GraphqlReply) =>
  `${reply.status} ${reply.text.slice(0, 400)}`

function unexpected(what: string, reply: RestReply | GraphqlReply): never {
  throw new Error(`${what}: unexpected reply ${describeReply(reply)}`)
}

/** The answers agree, or the API contradicts itself (which is a finding too). */
function agree(what: string, outcomes: Outcome[]): Outcome {
  if (outcomes.every((outcome) => outcome === outcomes[0])) return outcomes[0]
  throw new Error(`${what}: inconsistent answers (${outcomes.join(', ')})`)
}

async function createAs(role: Role, slug: string, data: Json | FormData, query = ''): Promise<Doc> {
  const reply = await client(role).rest('POST', `/api/${slug}${query}`, data)
  if (reply.status !== 201) unexpected(`Making a ${slug} fixture as ${role}`, reply)
  const doc = reply.body.doc as Doc
  cleanup.push({ slug, id: doc.id, owner: role })
  return doc
}

async function patchAs(role: Role, slug: string, id: number, data: Json, query = ''): Promise<Doc> {
  const reply = await client(role).rest('PATCH', `/api/${slug}/${id}${query}`, data)
  if (reply.status !== 200) unexpected(`Changing a ${slug} fixture as ${role}`, reply)
  return reply.body.doc as Doc
}

/** A REST read's outcome: the marker in a 2xx reply, or a refusal. */
function restRead(what: string, reply: RestReply, marker: string): Outcome {
  if (reply.status >= 200 && reply.status < 300)
    return reply.text.includes(marker) ? 'allowed' : 'refused'
  if (isRefusal(reply.status)) return 'refused'
  return unexpected(what, reply)
}

const refusedError = (error: GraphqlError) => isRefusal(error.extensions?.statusCode ?? 0)
const errorsAt = (reply: GraphqlReply, alias: string) =>
  reply.errors.filter((error) => error.path?.[0] === alias)

/** A GraphQL field's outcome: its value shows the marker, or it is empty with refusals only. */
function graphqlRead(what: string, reply: GraphqlReply, alias: string, marker: string): Outcome {
  if (reply.errors.some((error) => !error.path)) unexpected(what, reply)
  const errors = errorsAt(reply, alias)
  const value = reply.data?.[alias]
  if (errors.length > 0 && !errors.every(refusedError)) unexpected(what, reply)
  return value !== null && value !== undefined && JSON.stringify(value).includes(marker)
    ? 'allowed'
    : 'refused'
}

/** A GraphQL write's outcome: a document back, or refusals only. */
function graphqlWrite(what: string, reply: GraphqlReply, alias: string): Outcome {
  const errors = reply.errors
  const value = reply.data?.[alias]
  if (errors.length === 0 && value && typeof value === 'object') return 'allowed'
  if (errors.length > 0 && errors.every(refusedError) && !value) return 'refused'
  return unexpected(what, reply)
}

function restWrite(what: string, reply: RestReply, ok: number): Outcome {
  if (reply.status === ok) return 'allowed'
  if (isRefusal(reply.status)) return 'refused'
  return unexpected(what, reply)
}

// ---------------------------------------------------------------------------------------------
// Relationships, from the config (the server refuses GraphQL introspection in production)
// ---------------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

const targetsOf = (field: Record<string, unknown>): string[] =>
  typeof field.relationTo === 'string'
    ? [field.relationTo]
    : Array.isArray(field.relationTo)
      ? field.relationTo.map(String)
      : []

/** The collections a collection's fields point to, at any nesting. */
function relationTargets(fields: unknown): string[] {
  if (!Array.isArray(fields)) return []
  return fields.flatMap((field: unknown) => {
    if (!isRecord(field)) return []
    return [
      ...targetsOf(field),
      ...[field.fields, field.tabs, field.blocks].flatMap((inner) => relationTargets(inner)),
    ]
  })
}

/** How many relationships away the accounts are from a collection's documents (Infinity: never). */
function hopsToUsers(slug: string, seen: ReadonlySet<string> = new Set()): number {
  if (slug === 'users') return 0
  if (seen.has(slug)) return Infinity
  const config = collections.find((collection) => collection.slug === slug)
  const next = new Set(seen).add(slug)
  return Math.min(
    Infinity,
    ...relationTargets(config?.fields).map((target) => hopsToUsers(target, next) + 1),
  )
}

// payload.config.ts refuses GraphQL queries nested deeper than this (lib/graphql/queryLimits.ts).
const graphqlDepthLimit = 6

/**
 * The GraphQL selection (without braces) asking for the email of every account `hops`
 * relationships away along the shortest paths, in at most `levels` levels of nesting.
 */
function emailFields(slug: string, hops: number, levels: number): string | null {
  if (slug === 'users') return levels >= 1 ? 'email' : null
  const config = collections.find((collection) => collection.slug === slug)
  if (!config || hops <= 0 || hopsToUsers(slug) > hops) return null
  return fieldsSelection(config.flattenedFields, hops, levels)
}

function fieldsSelection(fields: unknown, hops: number, levels: number): string | null {
  if (!Array.isArray(fields) || levels < 2) return null
  const parts = fields.map((field: unknown): string | null => {
    if (!isRecord(field) || typeof field.name !== 'string') return null
    const targets = targetsOf(field)
    if (Array.isArray(field.relationTo)) {
      const members = targets
        .map((target) => {
          const body = emailFields(target, hops - 1, levels - 2)
          const type = graphqlNames(target)?.one
          return body && type ? `... on ${type} { ${body} }` : null
        })
        .filter(Boolean)
      return members.length > 0 ? `${field.name} { value { ${members.join(' ')} } }` : null
    }
    if (targets.length === 1) {
      const body = emailFields(targets[0], hops - 1, levels - 1)
      return body ? `${field.name} { ${body} }` : null
    }
    const body = fieldsSelection(field.flattenedFields, hops, levels - 1)
    return body ? `${field.name} { ${body} }` : null
  })
  const present = parts.filter((part): part is string => part !== null)
  return present.length > 0 ? present.join(' ') : null
}

/** Whether the server's GraphQL schema lacks what `query` asks for. */
async function missingInGraphql(query: string): Promise<boolean> {
  const reply = await client('admin').graphql(query)
  return reply.errors.some((error) => error.message.startsWith('Cannot query field'))
}

// ---------------------------------------------------------------------------------------------
// Collections: how to make their documents, and the probes that try each operation
// ---------------------------------------------------------------------------------------------

type Variant = 'public' | 'hidden' | 'edited' | 'review' | 'email' | 'notes'

type DocumentCollection = {
  slug: string
  graphql: { one: string; many: string }
  /** The fields (GraphQL selection) a fixture's marker is in. */
  selection: string
  /** Roles that can hold a document here, so that "own" and "someone else's" differ for them. */
  owners: readonly Role[]
  fixture: (variant: Variant, actor: Role, whose: Whose) => Promise<Fixture>
  createData: (marker: string, actor: Role, whose: Whose) => Promise<Json>
  /** Query string for reads and writes (statements: English, drafts included). */
  query?: { read: string; write: string }
  /** The document as someone who can always see it (admin, or the owner for preferences); null when gone. */
  verify?: (fixture: Fixture) => Promise<Doc | null>
  /** Variant that update and delete work on. */
  writable: Variant
  change: (fixture: Fixture, actor: Role) => { data: Json; applied: (doc: Doc) => boolean }
  publish?: { data: Json; applied: (doc: Doc) => boolean }
  notes?: string
  rest?: {
    one?: (fixture: Fixture) => string
    bulkDelete?: boolean
    createBody?: (data: Json) => FormData
  }
  /** Checks a document an actor created (preferences: it is theirs whatever the request said). */
  afterCreate?: (doc: Doc, actor: Role) => void
  /** GraphQL create: the error that means "allowed" when GraphQL cannot do the whole job (uploads). */
  graphqlCreateAllowedMessage?: string
}

const ownerFor = (collection: DocumentCollection, actor: Role, whose: Whose): Role =>
  whose === 'own' && collection.owners.includes(actor) ? actor : otherOf(actor)

async function adminRead(slug: string, id: number, query = ''): Promise<Doc | null> {
  const reply = await client('admin').rest('GET', `/api/${slug}/${id}?depth=0${query}`)
  if (reply.status === 404) return null
  if (reply.status !== 200) unexpected(`Admin reading ${slug} ${id}`, reply)
  return reply.body as Doc
}

const verifyOf = (collection: DocumentCollection) =>
  collection.verify ??
  ((fixture: Fixture) => adminRead(collection.slug, fixture.id, collection.query?.read ?? ''))

function readProbe(
  collection: DocumentCollection,
  variant: Variant,
  selection = collection.selection,
): Probe {
  return async (api, actor, whose) => {
    const fixture = await collection.fixture(variant, actor, whose)
    return readFixture(collection, fixture, api, actor, selection, fixture.marker)
  }
}

async function readFixture(
  collection: DocumentCollection,
  fixture: Fixture,
  api: Api,
  actor: Role,
  selection: string,
  marker: string,
): Promise<Outcome> {
  const { slug, graphql } = collection
  const what = `${actor} reading ${slug} ${fixture.id} over ${api}`
  operationsPerformed++
  if (api === 'REST') {
    const query = `depth=0${collection.query?.read ?? ''}`
    const onePath = collection.rest?.one?.(fixture) ?? `/api/${slug}/${fixture.id}?${query}`
    const one = await client(actor).rest('GET', onePath)
    const list = await client(actor).rest(
      'GET',
      `/api/${slug}?${query}&where[id][equals]=${fixture.id}`,
    )
    return agree(what, [restRead(what, one, marker), restRead(what, list, marker)])
  }
  const draft = collection.query?.read.includes('draft=true') ? ', draft: true' : ''
  const reply = await client(actor).graphql(
    `query($id: Int!) {
      one: ${graphql.one}(id: $id${draft}) { ${selection} }
      many: ${graphql.many}(where: { id: { equals: $id } }${draft}) { docs { ${selection} } }
    }`,
    { id: fixture.id },
  )
  return agree(what, [
    graphqlRead(what, reply, 'one', marker),
    graphqlRead(what, reply, 'many', marker),
  ])
}

function createProbe(collection: DocumentCollection): Probe {
  return async (api, actor, whose) => {
    const { slug, graphql } = collection
    const marker = unique(slug)
    const data = await collection.createData(marker, actor, whose)
    const what = `${actor} creating ${slug} over ${api}`
    operationsPerformed++
    let outcome: Outcome
    let doc: Doc | null = null
    if (api === 'REST') {
      const reply = await client(actor).rest(
        'POST',
        `/api/${slug}`,
        collection.rest?.createBody?.(data) ?? data,
      )
      outcome = restWrite(what, reply, 201)
      if (outcome === 'allowed') doc = reply.body.doc as Doc
    } else {
      const reply = await client(actor).graphql(
        `mutation($data: mutation${graphql.one}Input!) { made: create${graphql.one}(data: $data) { id } }`,
        { data },
      )
      // (Error names are minified in a production build: the message is what identifies it.)
      const allowedMessage = collection.graphqlCreateAllowedMessage
      if (
        allowedMessage &&
        reply.errors.length > 0 &&
        reply.errors.every((error) => error.message === allowedMessage)
      )
        return 'allowed'
      outcome = graphqlWrite(what, reply, 'made')
      if (outcome === 'allowed') doc = reply.data?.made as Doc
    }
    if (doc) {
      cleanup.push({ slug, id: doc.id, owner: actor })
      collection.afterCreate?.(
        (await verifyOf(collection)({ id: doc.id, marker, owner: actor })) ?? doc,
        actor,
      )
      return outcome
    }
    // A refusal must leave nothing behind. (Only its owner sees a preference, and an anonymous
    // visitor cannot own one, so there is nothing to look for then.)
    if (actor !== 'anonymous' || slug !== 'payload-preferences') {
      const found = await client('admin').rest(
        'GET',
        `/api/${slug}?depth=0&limit=1&${markerWhere(slug, marker)}`,
      )
      if (found.status !== 200) unexpected(`Looking for a refused ${slug}`, found)
      if ((found.body.docs as Doc[]).length > 0)
        throw new Error(`${what} was refused, yet the document was created`)
    }
    return outcome
  }
}

const markerFields: Record<string, string> = {
  statements: 'title',
  translations: 'title',
  'translation-jobs': 'note',
  topics: 'name',
  'glossary-terms': 'term',
  media: 'alt',
  reactions: 'sourceTitle',
  states: 'name',
  organizations: 'code',
  signatories: 'name',
  // A signature holds no text of its own: each fixture's signatory is named after its marker.
  signatures: 'signatory.name',
  redirects: 'from',
  releases: 'title',
  'preview-links': 'note',
  'data-releases': 'date',
  'translation-memory': 'targetText',
  users: 'name',
  'payload-preferences': 'key',
  'payload-locked-documents': 'globalSlug',
}
const markerWhere = (slug: string, marker: string) =>
  `where[${markerFields[slug]}][equals]=${encodeURIComponent(marker)}`

/** Update, publish and similar: a PATCH whose effect the verifier sees, or a refusal with no effect. */
function writeProbe(
  collection: DocumentCollection,
  variant: Variant,
  change: (
    fixture: Fixture,
    actor: Role,
  ) => {
    data: Json
    applied: (doc: Doc) => boolean
    query?: string
    locale?: string
    readQuery?: string
  },
  { quietRefusal = false }: { quietRefusal?: boolean } = {},
): Probe {
  return async (api, actor, whose) => {
    const { slug, graphql } = collection
    const fixture = await collection.fixture(variant, actor, whose)
    const { data, applied, query, locale, readQuery } = change(fixture, actor)
    const what = `${actor} changing ${slug} ${fixture.id} over ${api}`
    operationsPerformed++
    let outcome: Outcome
    if (api === 'REST') {
      const reply = await client(actor).rest(
        'PATCH',
        `/api/${slug}/${fixture.id}${query ?? collection.query?.write ?? ''}`,
        data,
      )
      // Field-level refusals (a locked field) answer 200 and leave the field as it was.
      outcome = quietRefusal && reply.status === 200 ? 'refused' : restWrite(what, reply, 200)
    } else {
      const reply = await client(actor).graphql(
        `mutation($id: Int!, $data: mutation${graphql.one}UpdateInput!) {
          changed: update${graphql.one}(id: $id, data: $data${locale ? `, locale: ${locale}` : ''}) { id }
        }`,
        { id: fixture.id, data },
      )
      outcome =
        quietRefusal && reply.errors.length === 0 && reply.data?.changed
          ? 'refused'
          : graphqlWrite(what, reply, 'changed')
    }
    const after = readQuery
      ? await adminRead(collection.slug, fixture.id, readQuery)
      : await verifyOf(collection)(fixture)
    if (!after) throw new Error(`${what}: the document is gone`)
    const took = applied(after)
    if (quietRefusal) return took ? 'allowed' : 'refused'
    if (outcome === 'allowed' && !took) throw new Error(`${what} was accepted, yet nothing changed`)
    if (outcome === 'refused' && took)
      throw new Error(`${what} was refused, yet the change was saved`)
    return outcome
  }
}

function deleteProbe(collection: DocumentCollection): Probe {
  return async (api, actor, whose) => {
    const { slug, graphql } = collection
    const fixture = await collection.fixture(collection.writable, actor, whose)
    const what = `${actor} deleting ${slug} ${fixture.id} over ${api}`
    operationsPerformed++
    let outcome: Outcome
    if (api === 'REST' && collection.rest?.bulkDelete) {
      // A delete by query: access narrows what it matches, so "refused" is deleting nothing.
      const reply = await client(actor).rest(
        'DELETE',
        `/api/${slug}?where[id][equals]=${fixture.id}`,
      )
      if (reply.status !== 200 && reply.status !== 400 && !isRefusal(reply.status))
        unexpected(what, reply)
      const deleted =
        reply.status === 200 &&
        ((reply.body.docs as Doc[] | undefined) ?? []).some((doc) => doc.id === fixture.id)
      outcome = deleted ? 'allowed' : 'refused'
    } else if (api === 'REST') {
      const reply = await client(actor).rest('DELETE', `/api/${slug}/${fixture.id}`)
      outcome = restWrite(what, reply, 200)
    } else {
      const reply = await client(actor).graphql(
        `mutation($id: Int!) { gone: delete${graphql.one}(id: $id) { id } }`,
        { id: fixture.id },
      )
      outcome = graphqlWrite(what, reply, 'gone')
    }
    const after = await verifyOf(collection)(fixture)
    if (outcome === 'allowed' && after)
      throw new Error(`${what} was accepted, yet the document is still there`)
    if (outcome === 'refused' && !after)
      throw new Error(`${what} was refused, yet the document is gone`)
    return outcome
  }
}

/** Allowed when the reply shows an email of an account other than the actor's own. */
function emailProbe(collection: DocumentCollection): Probe {
  return async (api, actor, whose) => {
    const { slug, graphql } = collection
    const fixture = await collection.fixture('email', actor, whose)
    const what = `${actor} reading emails through ${slug} ${fixture.id} over ${api}`
    const own = people.get(actor)?.email
    const shows = (text: string) =>
      [...accountEmails].some((email) => email !== own && text.includes(email))
    operationsPerformed++
    if (api === 'REST') {
      const replies = [
        await client(actor).rest('GET', `/api/${slug}/${fixture.id}?depth=4`),
        await client(actor).rest('GET', `/api/${slug}?depth=4&where[id][equals]=${fixture.id}`),
      ]
      for (const reply of replies)
        if (reply.status >= 300 && !isRefusal(reply.status)) unexpected(what, reply)
      const visible = agree(
        what,
        replies.map((reply) => (shows(reply.text) ? 'allowed' : 'refused')),
      )
      const tested = await emailOracle(slug, fixture, actor)
      const mayKnow = cellOf('users', 'read email', actor) === 'yes'
      if (tested && !mayKnow)
        throw new Error(`${what}: where[${tested}] tells which emails its accounts have`)
      // The same queries work for someone who may know: a refusal above is not a malformed query.
      if (mayKnow && visible === 'allowed' && emailPaths(slug).length > 0 && !tested)
        throw new Error(`${what}: no query on emails found the document`)
      return visible === 'allowed' || tested ? 'allowed' : 'refused'
    }
    // The document, then every shortest path to an account, within the server's depth limit.
    const selection = emailFields(slug, hopsToUsers(slug), graphqlDepthLimit - 1)
    // A release's accounts are one level deeper (its statements' translators) than the depth
    // limit lets any GraphQL query go, and a preview link's one more: GraphQL cannot reach them,
    // and REST decides the cell.
    if (!selection && (slug === 'releases' || slug === 'preview-links'))
      return emailProbe(collection)('REST', actor, whose)
    if (!selection)
      throw new Error(`No GraphQL path from ${slug} to an account fits the depth limit`)
    const reply = await client(actor).graphql(
      `query($id: Int!) { one: ${graphql.one}(id: $id) { id ${selection} } }`,
      { id: fixture.id },
    )
    for (const error of reply.errors) if (!refusedError(error)) unexpected(what, reply)
    return shows(JSON.stringify(reply.data)) ? 'allowed' : 'refused'
  }
}

/** Dotted REST query paths from a collection's documents to account emails, along the shortest relationships. */
function emailPaths(slug: string, hops = hopsToUsers(slug)): string[] {
  if (slug === 'users') return ['email']
  const config = collections.find((collection) => collection.slug === slug)
  if (!config || hops <= 0 || hopsToUsers(slug) > hops) return []
  const within = (fields: unknown): string[] =>
    Array.isArray(fields)
      ? fields.flatMap((field: unknown) => {
          if (!isRecord(field) || typeof field.name !== 'string') return []
          // Payload cannot query into a relationship to several collections.
          if (Array.isArray(field.relationTo)) return []
          const targets = targetsOf(field)
          const inner =
            targets.length === 1 ? emailPaths(targets[0], hops - 1) : within(field.flattenedFields)
          return inner.map((path) => `${field.name}.${path}`)
        })
      : []
  return within(config.flattenedFields)
}

/**
 * Whether `actor` can learn an account's email without seeing it: a query on the email of the
 * fixture's translator (or any other account it leads to) that finds the fixture for the real
 * emails and not for a made-up one. Returns the path that does, or null.
 */
async function emailOracle(slug: string, fixture: Fixture, actor: Role): Promise<string | null> {
  const own = people.get(actor)?.email
  const candidates = [...roles.map((role) => people.get(role)?.email), fixture.email].filter(
    (email): email is string => Boolean(email) && email !== own,
  )
  const finds = async (path: string, emails: string[]) => {
    const conditions = emails
      .map((email, index) => `&where[and][1][${path}][in][${index}]=${encodeURIComponent(email)}`)
      .join('')
    const reply = await client(actor).rest(
      'GET',
      `/api/${slug}?depth=0&limit=1&where[and][0][id][equals]=${fixture.id}${conditions}`,
    )
    // 400: Payload refuses to query a path the person may not read.
    if (reply.status === 400 || isRefusal(reply.status)) return false
    if (reply.status !== 200) unexpected(`${actor} querying ${slug} by ${path}`, reply)
    return ((reply.body.docs as Doc[] | undefined) ?? []).length > 0
  }
  for (const path of emailPaths(slug)) {
    if ((await finds(path, candidates)) && !(await finds(path, [`nobody-${run}@example.org`])))
      return path
  }
  return null
}

/** Collections whose every operation is refused at the door: Payload answers 403 before looking for the document. */
function closedProbes(
  slug: string,
  graphql: { one: string; many: string },
  createData: () => Json,
): Partial<Record<Operation, Probe>> {
  const door = (what: string, status: number) => {
    if (status !== 401 && status !== 403)
      throw new Error(`${what}: expected 401 or 403, got ${status}`)
    return 'refused' as const
  }
  const graphqlDoor = (what: string, reply: GraphqlReply) => {
    if (
      reply.errors.length === 0 ||
      !reply.errors.every((error) => [401, 403].includes(error.extensions?.statusCode ?? 0))
    )
      unexpected(what, reply)
    return 'refused' as const
  }
  const probe =
    (
      operation: string,
      rest: (api: ApiClient) => Promise<RestReply[]>,
      query: string,
      variables: Json,
    ): Probe =>
    async (api, actor) => {
      const what = `${actor} trying ${operation} on ${slug} over ${api}`
      operationsPerformed++
      if (api === 'REST')
        return agree(
          what,
          (await rest(client(actor))).map((reply) => door(what, reply.status)),
        )
      return graphqlDoor(what, await client(actor).graphql(query, variables))
    }
  return {
    read: probe(
      'read',
      async (api) => [
        await api.rest('GET', `/api/${slug}/${absentId}`),
        await api.rest('GET', `/api/${slug}`),
      ],
      `query($id: Int!) { one: ${graphql.one}(id: $id) { id } many: ${graphql.many} { docs { id } } }`,
      { id: absentId },
    ),
    create: probe(
      'create',
      async (api) => [await api.rest('POST', `/api/${slug}`, createData())],
      `mutation($data: mutation${graphql.one}Input!) { made: create${graphql.one}(data: $data) { id } }`,
      { data: createData() },
    ),
    update: probe(
      'update',
      async (api) => [await api.rest('PATCH', `/api/${slug}/${absentId}`, createData())],
      `mutation($id: Int!, $data: mutation${graphql.one}UpdateInput!) { changed: update${graphql.one}(id: $id, data: $data) { id } }`,
      { id: absentId, data: createData() },
    ),
    delete: probe(
      'delete',
      async (api) => [await api.rest('DELETE', `/api/${slug}/${absentId}`)],
      `mutation($id: Int!) { gone: delete${graphql.one}(id: $id) { id } }`,
      { id: absentId },
    ),
  }
}

/**
 * A collection the server does not serve: REST answers 501 to everything, and GraphQL has none
 * of the fields Payload would have named after it (`name`).
 */
function unservedProbes(slug: string, name: string): Partial<Record<Operation, Probe>> {
  const probe =
    (
      operation: string,
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
      path: string,
      field: string,
    ): Probe =>
    async (api, actor) => {
      const what = `${actor} trying ${operation} on ${slug} over ${api}`
      operationsPerformed++
      if (api === 'REST') {
        const reply = await client(actor).rest(
          method,
          `/api/${slug}${path}`,
          method === 'GET' || method === 'DELETE' ? undefined : { name: 'x' },
        )
        if (reply.status !== 501) unexpected(what, reply)
        return 'refused'
      }
      const reply = await client(actor).graphql(field)
      if (!reply.errors.some((error) => error.message.startsWith('Cannot query field')))
        unexpected(what, reply)
      return 'refused'
    }
  return {
    read: probe('read', 'GET', '', `{ ${name}s { docs { id } } }`),
    create: probe('create', 'POST', '', `mutation { create${name}(data: {}) { id } }`),
    update: probe(
      'update',
      'PATCH',
      `/${absentId}`,
      `mutation { update${name}(id: 1, data: {}) { id } }`,
    ),
    delete: probe('delete', 'DELETE', `/${absentId}`, `mutation { delete${name}(id: 1) { id } }`),
  }
}

function documentProbes(
  collection: DocumentCollection,
  drafts: boolean,
): Partial<Record<Operation, Probe>> {
  const { publish } = collection
  return {
    read: readProbe(collection, 'public'),
    ...(drafts ? { 'read draft': readProbe(collection, 'hidden') } : {}),
    create: createProbe(collection),
    update: writeProbe(collection, collection.writable, collection.change),
    delete: deleteProbe(collection),
    ...(publish ? { publish: writeProbe(collection, 'review', () => publish) } : {}),
  }
}

// Shared, read-only documents, made once.
const once = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}

const newStatement = async (
  status: 'published' | 'draft' = 'published',
  marker = unique('statement'),
) =>
  createAs(
    'admin',
    'statements',
    {
      title: marker,
      standfirst: `${marker} standfirst`,
      kind: 'statement',
      publishedAt: '2024-05-31',
      _status: status,
    },
    `?locale=en${status === 'draft' ? '&draft=true' : ''}`,
  )

/** A whole translation (of the title and standfirst newStatement writes) by `owner`, in their language, moved to `status` the way the workflow allows. */
async function newTranslation(
  owner: Role,
  status: 'draft' | 'submitted' | 'accepted',
  marker = unique('translation'),
): Promise<Fixture> {
  const statement = await newStatement()
  const doc = await createAs(owner, 'translations', {
    statement: statement.id,
    locale: languageOf(owner),
    title: marker,
    standfirst: `${marker} chapeau`,
    status: status === 'draft' ? 'draft' : 'submitted',
  })
  if (status === 'accepted') await patchAs('admin', 'translations', doc.id, { status: 'accepted' })
  return { id: doc.id, marker, owner }
}

/** A published statement with a French translation accepted by the admin: it leads to two accounts. */
const statementWithTranslators = once(async () => {
  const translation = await newTranslation('translatorFr', 'accepted')
  const doc = (await adminRead('translations', translation.id)) as Doc & { statement: number }
  return doc.statement
})
const anyState = once(async () => {
  const reply = await client('admin').rest('GET', '/api/states?depth=0&limit=1&sort=iso2')
  return (reply.body.docs as Doc[])[0].id
})
let stateCode = 0
/** Two characters no State has: a digit then a digit or letter. */
const newStateCode = () => {
  const n = stateCode++
  return `${Math.floor(n / 36) % 10}${(n % 36).toString(36)}`
}

const statements: DocumentCollection = {
  slug: 'statements',
  graphql: { one: 'Statement', many: 'Statements' },
  selection: 'title standfirst',
  owners: [],
  query: { read: '&locale=en&draft=true', write: '?locale=en' },
  writable: 'public',
  fixture: async (variant) => {
    const marker = unique('statement')
    if (variant === 'hidden' || variant === 'review')
      return { id: (await newStatement('draft', marker)).id, marker, owner: 'admin' }
    if (variant === 'edited') {
      // Published, then edited in a draft: readers keep the published text.
      const doc = await newStatement('published')
      const draft = unique('draft-standfirst')
      await patchAs('admin', 'statements', doc.id, { standfirst: draft }, '?locale=en&draft=true')
      return { id: doc.id, marker: draft, owner: 'admin' }
    }
    if (variant === 'email') return { id: await statementWithTranslators(), marker, owner: 'admin' }
    return { id: (await newStatement('published', marker)).id, marker, owner: 'admin' }
  },
  createData: async (marker) => ({
    title: marker,
    kind: 'statement',
    publishedAt: '2024-05-31',
    _status: 'draft',
  }),
  change: () => {
    const standfirst = unique('standfirst')
    return { data: { standfirst }, applied: (doc) => doc.standfirst === standfirst }
  },
  publish: { data: { _status: 'published' }, applied: (doc) => doc._status === 'published' },
}

const translations: DocumentCollection = {
  slug: 'translations',
  graphql: { one: 'Translation', many: 'Translations' },
  selection: 'title',
  owners: ['translatorFr', 'translatorEs'],
  writable: 'hidden',
  fixture: async (variant, actor, whose) => {
    const owner = ownerFor(translations, actor, whose)
    const status = variant === 'hidden' ? 'draft' : variant === 'review' ? 'submitted' : 'accepted'
    return newTranslation(owner, status)
  },
  // Names someone else as the translator: the server must record whoever is signed in.
  createData: async (marker, actor, whose) => {
    const statement = await newStatement()
    const locale = languageOf(whose === 'own' ? actor : otherOf(actor))
    return {
      statement: statement.id,
      locale,
      title: marker,
      status: 'draft',
      translator: person(otherOf(actor)).id,
    }
  },
  afterCreate: (doc, actor) => {
    if (doc.translator !== person(actor).id)
      throw new Error(
        `A translation ${actor} created names account ${String(doc.translator)} as its translator`,
      )
  },
  change: () => {
    const title = unique('title')
    return { data: { title }, applied: (doc) => doc.title === title }
  },
  publish: { data: { status: 'accepted' }, applied: (doc) => doc.status === 'accepted' },
}

/** A job for a new statement in `owner`'s language, assigned to them, asked by the editor. */
async function newJob(owner: Role, marker: string): Promise<Fixture> {
  const doc = await createAs('editor', 'translation-jobs', {
    statement: (await newStatement()).id,
    locale: languageOf(owner),
    assignee: person(owner).id,
    note: marker,
  })
  return { id: doc.id, marker, owner }
}

const translationJobs: DocumentCollection = {
  slug: 'translation-jobs',
  graphql: { one: 'TranslationJob', many: 'TranslationJobs' },
  selection: 'note',
  owners: ['translatorFr', 'translatorEs'],
  writable: 'public',
  fixture: (_variant, actor, whose) =>
    newJob(ownerFor(translationJobs, actor, whose), unique('translation-job')),
  createData: async (marker, actor, whose) => {
    const assignee = whose === 'own' && actor !== 'anonymous' ? actor : otherOf(actor)
    return {
      statement: (await newStatement()).id,
      locale: languageOf(assignee),
      assignee: person(assignee).id,
      note: marker,
      status: 'open',
    }
  },
  change: () => {
    const note = unique('note')
    return { data: { note }, applied: (doc) => doc.note === note }
  },
}

const simple = (
  slug: string,
  graphql: { one: string; many: string },
  field: string,
  data: (marker: string) => Promise<Json>,
): DocumentCollection => ({
  slug,
  graphql,
  selection: field,
  owners: [],
  writable: 'public',
  fixture: async () => {
    const marker = unique(slug)
    return { id: (await createAs('admin', slug, await data(marker))).id, marker, owner: 'admin' }
  },
  createData: data,
  change: () => {
    const value = unique(field)
    return { data: { [field]: value }, applied: (doc) => doc[field] === value }
  },
})

const topics = simple('topics', { one: 'Topic', many: 'Topics' }, 'name', async (marker) => ({
  name: marker,
}))

const glossaryTerms = simple(
  'glossary-terms',
  { one: 'GlossaryTerm', many: 'GlossaryTerms' },
  'term',
  async (marker) => ({ term: marker, fr: marker, es: marker, ar: marker }),
)

const organizations = simple(
  'organizations',
  { one: 'Organization', many: 'Organizations' },
  'code',
  async (marker) => ({
    name: marker,
    code: marker,
    kind: 'intergovernmental',
  }),
)

const signatoryData = async (marker: string) => ({
  name: marker,
  country: await anyState(),
  type: 'member',
})
const newSignatory = async (marker = unique('signatory')) =>
  (await createAs('admin', 'signatories', await signatoryData(marker))).id

/**
 * A day no other signature of this run has, as Payload answers it: a signature has no text a
 * reader sees, so its date is what marks it in a reply.
 */
const uniqueDay = () => new Date(Date.UTC(2000, 0, 1 + ++serial)).toISOString()

/** A signature by a new organization: verified (of a published statement unless given) or requested. */
async function newSignature(status: 'verified' | 'requested', statement?: number) {
  const signedAt = uniqueDay()
  const doc = await createAs('admin', 'signatures', {
    statement: statement ?? (await sharedStatement()),
    signatory: await newSignatory(),
    signedAt,
    status,
  })
  return { doc, signedAt }
}

const signatories: DocumentCollection = {
  ...simple('signatories', { one: 'Signatory', many: 'Signatories' }, 'name', signatoryData),
  fixture: async (variant) => {
    const marker = unique('signatory')
    const id = await newSignatory(marker)
    if (variant === 'public')
      await createAs('admin', 'signatures', {
        statement: await sharedStatement(),
        signatory: id,
        signedAt: uniqueDay(),
        status: 'verified',
      })
    return { id, marker, owner: 'admin' }
  },
  writable: 'hidden',
}

const signatures: DocumentCollection = {
  slug: 'signatures',
  graphql: { one: 'Signature', many: 'Signatures' },
  selection: 'signedAt',
  owners: [],
  writable: 'hidden',
  fixture: async (variant) => {
    if (variant === 'email') {
      // Verified by the editor: the account it names is someone else's for the admin.
      const { doc, signedAt } = await newSignature('requested', await statementWithTranslators())
      await patchAs('editor', 'signatures', doc.id, { status: 'verified' })
      return { id: doc.id, marker: signedAt, owner: 'admin' }
    }
    const status = variant === 'hidden' || variant === 'review' ? 'requested' : 'verified'
    const { doc, signedAt } = await newSignature(status)
    return { id: doc.id, marker: signedAt, owner: 'admin' }
  },
  createData: async (marker) => ({
    statement: await sharedStatement(),
    signatory: await newSignatory(marker),
    signedAt: uniqueDay(),
    status: 'requested',
  }),
  change: () => {
    const signedAt = uniqueDay()
    return { data: { signedAt }, applied: (doc) => doc.signedAt === signedAt }
  },
  publish: { data: { status: 'verified' }, applied: (doc) => doc.status === 'verified' },
}

const uploadForm = (data: Json) => {
  const form = new FormData()
  form.append('file', new Blob([onePixelPng], { type: 'image/png' }), `${String(data.alt)}.png`)
  form.append('_payload', JSON.stringify(data))
  return form
}
const media: DocumentCollection = {
  ...simple('media', { one: 'Media', many: 'allMedia' }, 'alt', async (marker) => ({
    alt: marker,
  })),
  fixture: async () => {
    const marker = unique('media')
    return {
      id: (await createAs('admin', 'media', uploadForm({ alt: marker }))).id,
      marker,
      owner: 'admin',
    }
  },
  rest: { createBody: uploadForm },
  // Payload checks access before it looks for the file.
  graphqlCreateAllowedMessage: 'No files were uploaded.',
}

const states: DocumentCollection = {
  ...simple('states', { one: 'State', many: 'States' }, 'name', async (marker) => ({
    iso2: newStateCode(),
    name: marker,
  })),
  fixture: async (variant) => {
    const marker = unique('state')
    const doc = await createAs('admin', 'states', {
      iso2: newStateCode(),
      name: marker,
      ...(variant === 'notes' ? { note: `${marker} note` } : {}),
    })
    return { id: doc.id, marker, owner: 'admin' }
  },
  notes: 'note',
}

const reactionData = async (marker: string, extra: Json = {}) => ({
  actors: [{ relationTo: 'states', value: await anyState() }],
  date: '2024-05-31',
  stance: 'supports',
  sourceUrl: `https://example.org/${marker}`,
  sourceTitle: marker,
  verified: true,
  ...extra,
})
const reactions: DocumentCollection = {
  ...simple('reactions', { one: 'Reaction', many: 'Reactions' }, 'sourceTitle', (marker) =>
    reactionData(marker),
  ),
  fixture: async (variant) => {
    const marker = unique('reaction')
    const extra: Json =
      variant === 'hidden' || variant === 'review'
        ? { verified: false }
        : variant === 'notes'
          ? { editorNotes: `${marker} note` }
          : variant === 'email'
            ? { relatedStatements: [await statementWithTranslators()] }
            : {}
    return {
      id: (await createAs('admin', 'reactions', await reactionData(marker, extra))).id,
      marker,
      owner: 'admin',
    }
  },
  publish: { data: { verified: true }, applied: (doc) => doc.verified === true },
  notes: 'editorNotes',
}

const sharedStatement = once(async () => (await newStatement()).id)
const redirects: DocumentCollection = {
  ...simple('redirects', { one: 'Redirect', many: 'Redirects' }, 'from', async (marker) => ({
    locale: 'en',
    from: marker,
    statement: await sharedStatement(),
  })),
  fixture: async (variant) => {
    const marker = unique('redirect')
    const statement =
      variant === 'email' ? await statementWithTranslators() : await sharedStatement()
    return {
      id: (await createAs('admin', 'redirects', { locale: 'en', from: marker, statement })).id,
      marker,
      owner: 'admin',
    }
  },
}

/** A release of one statement in English, due in a day: every statement in it is new, as a statement is in one scheduled release at most. */
const releaseData = async (marker: string, statement?: number) => ({
  title: marker,
  moment: new Date(Date.now() + 86_400_000).toISOString(),
  moment_tz: 'UTC',
  statements: [{ statement: statement ?? (await newStatement('draft')).id, languages: ['en'] }],
})
const releases: DocumentCollection = {
  ...simple('releases', { one: 'Release', many: 'Releases' }, 'title', (marker) =>
    releaseData(marker),
  ),
  fixture: async (variant) => {
    const marker = unique('release')
    const statement =
      variant === 'email'
        ? (
            (await adminRead(
              'translations',
              (await newTranslation('translatorFr', 'accepted')).id,
            )) as Doc & {
              statement: number
            }
          ).statement
        : undefined
    return {
      id: (await createAs('admin', 'releases', await releaseData(marker, statement))).id,
      marker,
      owner: 'admin',
    }
  },
}

// A statement is in one scheduled release at most: each release the links point at is made once,
// the one whose statement leads to translators with a statement of its own.
const sharedRelease = once(
  async () => (await createAs('admin', 'releases', await releaseData(unique('release')))).id,
)
const releaseWithTranslators = once(
  async () =>
    (
      await createAs(
        'admin',
        'releases',
        await releaseData(
          unique('release'),
          (
            (await adminRead(
              'translations',
              (await newTranslation('translatorFr', 'accepted')).id,
            )) as Doc & { statement: number }
          ).statement,
        ),
      )
    ).id,
)
const previewLinkData = (marker: string, release: number) => ({
  release,
  locale: 'all',
  note: marker,
  expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
})
const previewLinks: DocumentCollection = {
  ...simple('preview-links', { one: 'PreviewLink', many: 'PreviewLinks' }, 'note', async (marker) =>
    previewLinkData(marker, await sharedRelease()),
  ),
  fixture: async (variant) => {
    const marker = unique('preview-link')
    const release = variant === 'email' ? await releaseWithTranslators() : await sharedRelease()
    return {
      id: (await createAs('admin', 'preview-links', previewLinkData(marker, release))).id,
      marker,
      owner: 'admin',
    }
  },
}

/**
 * The newest data release: the job runner's first round makes the month's, else the admin's
 * button makes today's. There is one a day at most and none can be deleted, so every cell shares it.
 */
const newestDataRelease = once(async (): Promise<Fixture> => {
  const list = await client('admin').rest('GET', '/api/data-releases?sort=-date&limit=1&depth=0')
  const newest = (list.body.docs as Doc[] | undefined)?.[0]
  if (newest) return { id: newest.id, marker: String(newest.date), owner: 'admin' }
  const made = await client('admin').rest('POST', '/api/data-releases/make')
  if (made.status !== 201) unexpected('Making a data release as admin', made)
  return newestDataRelease()
})
const dataReleases: DocumentCollection = {
  ...simple(
    'data-releases',
    { one: 'DataRelease', many: 'DataReleases' },
    'date',
    async (marker) => ({
      date: marker,
      schemaVersion: '1.0.0',
      contentHash: marker,
      madeBy: 'editor',
      hashes: {},
      files: {},
    }),
  ),
  fixture: () => newestDataRelease(),
}

/**
 * A segment of the translation memory, stored the way every segment is: a translation accepted
 * through the API. Its title's pair is the fixture (the marker is the translated title).
 */
async function newMemoryEntry(): Promise<Fixture> {
  const translation = await newTranslation('translatorFr', 'accepted')
  const reply = await client('admin').rest(
    'GET',
    `/api/translation-memory?depth=0&where[and][0][translation][equals]=${translation.id}&where[and][1][segment][equals]=title`,
  )
  const entry = (reply.body.docs as Doc[] | undefined)?.[0]
  if (!entry) unexpected(`Finding the memory of translation ${translation.id}`, reply)
  cleanup.push({ slug: 'translation-memory', id: entry.id, owner: 'admin' })
  return { id: entry.id, marker: translation.marker, owner: 'admin' }
}
const translationMemory: DocumentCollection = {
  ...simple(
    'translation-memory',
    { one: 'TranslationMemory', many: 'TranslationMemories' },
    'targetText',
    async (marker) => ({
      sourceLocale: 'en',
      targetLocale: 'fr',
      sourceText: marker,
      targetText: marker,
      sourceKey: marker,
      entryKey: marker,
      source: marker,
      target: marker,
      origin: 'accepted',
      storedAt: new Date().toISOString(),
    }),
  ),
  fixture: () => newMemoryEntry(),
}

/** Someone's account, made by the admin: never signs in, exists to be read, changed or deleted. */
async function newAccount(marker: string): Promise<Doc> {
  accountEmails.add(`${marker}@example.org`)
  return createAs('admin', 'users', {
    email: `${marker}@example.org`,
    password,
    name: marker,
    roles: ['translator'],
    languages: ['fr'],
  })
}
const users: DocumentCollection = {
  slug: 'users',
  graphql: { one: 'User', many: 'Users' },
  selection: 'name',
  owners: ['translatorFr', 'translatorEs', 'editor', 'admin'],
  writable: 'public',
  fixture: async (_variant, actor, whose) => {
    if (whose === 'own' && actor !== 'anonymous') {
      const self = person(actor)
      return { id: self.id ?? 0, marker: self.name, owner: actor }
    }
    const marker = unique('account')
    return {
      id: (await newAccount(marker)).id,
      marker,
      owner: 'admin',
      email: `${marker}@example.org`,
    }
  },
  createData: async (marker) => {
    accountEmails.add(`${marker}@example.org`)
    return {
      email: `${marker}@example.org`,
      password,
      name: marker,
      roles: ['translator'],
      languages: ['fr'],
    }
  },
  change: () => {
    const name = unique('name')
    return { data: { name }, applied: (doc) => doc.name === name }
  },
}

/** Preferences are visible to their owner only, so the owner checks what happened to them. */
async function ownersPreference(fixture: Fixture): Promise<Doc | null> {
  if (!fixture.owner) return null
  const reply = await client(fixture.owner).rest(
    'GET',
    `/api/payload-preferences?depth=0&where[id][equals]=${fixture.id}`,
  )
  if (reply.status !== 200) unexpected('Owner reading a preference', reply)
  return (reply.body.docs as Doc[])[0] ?? null
}
const preferences: DocumentCollection = {
  slug: 'payload-preferences',
  graphql: { one: 'PayloadPreference', many: 'PayloadPreferences' },
  selection: 'key',
  owners: ['translatorFr', 'translatorEs', 'editor', 'admin'],
  writable: 'public',
  fixture: async (_variant, actor, whose) => {
    const owner = ownerFor(preferences, actor, whose)
    const key = unique('preference')
    const doc = await createAs(owner, 'payload-preferences', { key, value: { note: key } })
    return { id: doc.id, marker: key, key, owner }
  },
  // Asks for the preference to be someone else's: the server must make it the requester's.
  createData: async (marker, actor) => ({
    key: marker,
    value: { note: marker },
    user: { relationTo: 'users', value: person(otherOf(actor)).id },
  }),
  afterCreate: (doc, actor) => {
    const user = doc.user as { value: number | Doc } | undefined
    const owner = typeof user?.value === 'object' ? user.value.id : user?.value
    if (owner !== person(actor).id)
      throw new Error(`A preference ${actor} created belongs to account ${String(owner)}`)
  },
  verify: ownersPreference,
  change: () => {
    const note = unique('note')
    return { data: { value: { note } }, applied: (doc) => JSON.stringify(doc.value).includes(note) }
  },
  // Payload serves preferences by key at /api/payload-preferences/:key, the signed-in person's own,
  // which shadows the delete by id; its delete by key fails on Postgres (the proxy answers it with a
  // 405, see proxy.ts), so delete by query.
  rest: { one: (fixture) => `/api/payload-preferences/${fixture.key}`, bulkDelete: true },
}

const locks: DocumentCollection = {
  slug: 'payload-locked-documents',
  graphql: { one: 'PayloadLockedDocument', many: 'PayloadLockedDocuments' },
  selection: 'globalSlug',
  owners: ['translatorFr', 'translatorEs', 'editor', 'admin'],
  writable: 'public',
  fixture: async (_variant, actor, whose) => {
    const owner = ownerFor(locks, actor, whose)
    const marker = unique('lock')
    const doc = await createAs(owner, 'payload-locked-documents', {
      document: { relationTo: 'statements', value: await sharedStatement() },
      globalSlug: marker,
      user: { relationTo: 'users', value: person(owner).id },
    })
    return { id: doc.id, marker, owner }
  },
  // Asks for the lock to be someone else's: the server must make it the requester's.
  createData: async (marker, actor) => ({
    document: { relationTo: 'statements', value: await sharedStatement() },
    globalSlug: marker,
    user: {
      relationTo: 'users',
      value: person(actor === 'anonymous' ? 'translatorFr' : otherOf(actor)).id,
    },
  }),
  afterCreate: (doc, actor) => {
    const user = doc.user as { value: number | Doc } | undefined
    const owner = typeof user?.value === 'object' ? user.value.id : user?.value
    if (owner !== person(actor).id)
      throw new Error(`A lock ${actor} created is held by account ${String(owner)}`)
  },
  change: () => {
    const globalSlug = unique('lock')
    return { data: { globalSlug }, applied: (doc) => doc.globalSlug === globalSlug }
  },
}

const documentCollections = [
  statements,
  translations,
  translationJobs,
  topics,
  glossaryTerms,
  media,
  reactions,
  states,
  organizations,
  signatories,
  signatures,
  redirects,
  previewLinks,
  releases,
  dataReleases,
  translationMemory,
  users,
  preferences,
  locks,
]

const probes: Record<string, Partial<Record<Operation, Probe>>> = {
  statements: {
    ...documentProbes(statements, false),
    'read draft': async (api, actor, whose) =>
      agree(`${actor} reading statement drafts over ${api}`, [
        await readProbe(statements, 'hidden')(api, actor, whose),
        await readProbe(statements, 'edited')(api, actor, whose),
        await readRelatedDraft(api, actor),
      ]),
    'read versions': async (api, actor) => {
      const fixture = await statements.fixture('edited', actor, 'other')
      const versions = await client('admin').rest(
        'GET',
        `/api/statements/versions?depth=0&where[parent][equals]=${fixture.id}&sort=-updatedAt&limit=1`,
      )
      const versionId = (versions.body.docs as Doc[] | undefined)?.[0]?.id
      if (!versionId) unexpected('Admin listing versions', versions)
      const what = `${actor} reading versions of statement ${fixture.id} over ${api}`
      operationsPerformed++
      if (api === 'REST') {
        const list = await client(actor).rest(
          'GET',
          `/api/statements/versions?depth=0&where[parent][equals]=${fixture.id}`,
        )
        const one = await client(actor).rest('GET', `/api/statements/versions/${versionId}?depth=0`)
        return agree(what, [
          restRead(what, list, fixture.marker),
          restRead(what, one, fixture.marker),
        ])
      }
      const reply = await client(actor).graphql(
        `query($id: JSON, $version: Int) {
          many: versionsStatements(where: { parent: { equals: $id } }) { docs { version { standfirst } } }
          one: versionStatement(id: $version) { version { standfirst } }
        }`,
        { id: fixture.id, version: versionId },
      )
      return agree(what, [
        graphqlRead(what, reply, 'many', fixture.marker),
        graphqlRead(what, reply, 'one', fixture.marker),
      ])
    },
    'read email': emailProbe(statements),
    'write other locale': writeProbe(
      statements,
      'public',
      () => {
        const title = unique('titre')
        return {
          data: { title },
          query: '?locale=fr',
          locale: 'fr',
          readQuery: '&locale=fr&fallbackLocale=none&draft=true',
          applied: (doc) => doc.title === title,
        }
      },
      { quietRefusal: true },
    ),
  },
  translations: { ...documentProbes(translations, true), 'read email': emailProbe(translations) },
  'translation-memory': {
    ...documentProbes(translationMemory, false),
    'read email': emailProbe(translationMemory),
  },
  'translation-jobs': {
    ...documentProbes(translationJobs, false),
    'read email': emailProbe(translationJobs),
  },
  topics: documentProbes(topics, false),
  'glossary-terms': documentProbes(glossaryTerms, false),
  media: documentProbes(media, false),
  reactions: {
    ...documentProbes(reactions, true),
    'read email': emailProbe(reactions),
    'read staff notes': notesProbe(reactions),
  },
  states: { ...documentProbes(states, false), 'read staff notes': notesProbe(states) },
  organizations: documentProbes(organizations, false),
  signatories: documentProbes(signatories, true),
  signatures: { ...documentProbes(signatures, true), 'read email': emailProbe(signatures) },
  redirects: { ...documentProbes(redirects, false), 'read email': emailProbe(redirects) },
  'preview-links': {
    ...documentProbes(previewLinks, false),
    'read email': emailProbe(previewLinks),
  },
  releases: { ...documentProbes(releases, false), 'read email': emailProbe(releases) },
  'data-releases': {
    ...documentProbes(dataReleases, false),
    'read email': emailProbe(dataReleases),
  },
  users: {
    ...documentProbes(users, false),
    'read email': emailProbe(users),
    'change powers': writeProbe(
      users,
      'public',
      () => ({
        data: { roles: ['admin'], languages: ['fr', 'es', 'ar'] },
        // Every fixture account starts without Arabic.
        applied: (doc) =>
          (Array.isArray(doc.roles) && doc.roles.includes('admin')) ||
          (Array.isArray(doc.languages) && doc.languages.includes('ar')),
      }),
      { quietRefusal: true },
    ),
  },
  'payload-preferences': {
    ...documentProbes(preferences, false),
    'read email': emailProbe(preferences),
  },
  'payload-locked-documents': { ...documentProbes(locks, false), 'read email': emailProbe(locks) },
  'payload-jobs': closedProbes('payload-jobs', { one: 'PayloadJob', many: 'PayloadJobs' }, () => ({
    input: {},
  })),
  'payload-kv': closedProbes('payload-kv', { one: 'PayloadKv', many: 'PayloadKvs' }, () => ({
    key: unique('kv'),
    data: {},
  })),
  'payload-migrations': unservedProbes('payload-migrations', 'PayloadMigration'),
}

/** A draft reached through a relationship: the related statements of a published statement and of a reaction. */
async function readRelatedDraft(api: Api, actor: Role): Promise<Outcome> {
  const marker = unique('related-draft')
  const draft = await newStatement('draft', marker)
  const statement = await createAs(
    'admin',
    'statements',
    {
      title: unique('statement'),
      kind: 'statement',
      publishedAt: '2024-05-31',
      relatedStatements: [draft.id],
      _status: 'published',
    },
    '?locale=en',
  )
  const reaction = await createAs(
    'admin',
    'reactions',
    await reactionData(unique('reaction'), { relatedStatements: [draft.id] }),
  )
  const what = `${actor} reading a related draft over ${api}`
  operationsPerformed++
  if (api === 'REST') {
    return agree(what, [
      restRead(
        what,
        await client(actor).rest(
          'GET',
          `/api/statements/${statement.id}?depth=2&locale=en&draft=true`,
        ),
        marker,
      ),
      restRead(
        what,
        await client(actor).rest('GET', `/api/reactions/${reaction.id}?depth=2`),
        marker,
      ),
    ])
  }
  const reply = await client(actor).graphql(
    `query($statement: Int!, $reaction: Int!) {
      statement: Statement(id: $statement, draft: true) { relatedStatements { title } }
      reaction: Reaction(id: $reaction) { relatedStatements { title } }
    }`,
    { statement: statement.id, reaction: reaction.id },
  )
  return agree(what, [
    graphqlRead(what, reply, 'statement', marker),
    graphqlRead(what, reply, 'reaction', marker),
  ])
}

function notesProbe(collection: DocumentCollection): Probe {
  return async (api, actor, whose) => {
    const fixture = await collection.fixture('notes', actor, whose)
    return readFixture(
      collection,
      fixture,
      api,
      actor,
      `${collection.selection} ${collection.notes}`,
      `${fixture.marker} note`,
    )
  }
}

// ---------------------------------------------------------------------------------------------
// "n/a": the operation really does not exist there
// ---------------------------------------------------------------------------------------------

const graphqlNames = (slug: string) => {
  const collection = documentCollections.find((each) => each.slug === slug)
  if (collection) return collection.graphql
  return (
    {
      'payload-jobs': { one: 'PayloadJob', many: 'PayloadJobs' },
      'payload-kv': { one: 'PayloadKv', many: 'PayloadKvs' },
    }[slug] ?? null
  )
}

async function assertNotApplicable(slug: string, operation: Operation, api: Api) {
  const config = collections.find((collection) => collection.slug === slug)
  if (!config) throw new Error(`${slug} is not a collection`)
  const names = config.graphQL === false ? null : graphqlNames(slug)
  if (api === 'GraphQL' && config.graphQL !== false && !names)
    throw new Error(`No GraphQL names for ${slug}`)
  if (operation === 'read versions') {
    expect(config.versions, `${slug} keeps versions`).toBeFalsy()
    if (api === 'REST') {
      // Serves no versions. (Payload answers 500 rather than 404 here, its findVersions having no
      // table to read; preferences answer 200 "Not Found", taking "versions" for a preference key.)
      const reply = await client('admin').rest('GET', `/api/${slug}/versions`)
      expect(reply.body.docs, `GET /api/${slug}/versions: ${describeReply(reply)}`).toBeUndefined()
    } else if (names) {
      expect(
        await missingInGraphql(`{ versions${names.many} { docs { id } } }`),
        `versions${names.many} is in GraphQL`,
      ).toBe(true)
    }
  } else if (operation === 'read draft' || operation === 'publish') {
    expect(config.versions, `${slug} has drafts`).toBeFalsy()
    if (api === 'GraphQL' && names) {
      expect(
        await missingInGraphql(`{ ${names.many}(limit: 1) { docs { _status } } }`),
        `${names.one} has _status`,
      ).toBe(true)
    }
  } else if (operation === 'read email') {
    // GraphQL's fields are the config's, so one answer serves both.
    expect(hopsToUsers(slug), `${slug} leads to accounts through its relationships`).toBe(Infinity)
  } else {
    throw new Error(`${operation} exists in every collection: it cannot be n/a`)
  }
  expect(
    probes[slug]?.[operation],
    `${slug} has a probe for ${operation}, yet the table says n/a`,
  ).toBeUndefined()
}

// ---------------------------------------------------------------------------------------------
// Setup and the matrix
// ---------------------------------------------------------------------------------------------

async function loadCollections(): Promise<SanitizedCollectionConfig[]> {
  // The config reads the environment when imported; only its (sanitized) collection list is used
  // here, so a placeholder secret and an unused database address will do.
  vi.stubEnv('PAYLOAD_SECRET', 'access-matrix-reads-the-config-only')
  vi.stubEnv('DATABASE_URL', 'postgres://unused@127.0.0.1:1/unused')
  try {
    const config = await (await import('@payload-config')).default
    return config.collections
  } finally {
    vi.unstubAllEnvs()
  }
}

beforeAll(async () => {
  const baseURL = inject('baseURL')
  collections = await loadCollections()
  const admin = await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))
  accountEmails.add(inject('adminEmail'))
  people.set('admin', {
    role: 'admin',
    id: admin.user.id,
    email: inject('adminEmail'),
    name: String(admin.user.name),
    client: apiClient(baseURL, admin.token, inspectFor('admin')),
  })
  people.set('anonymous', {
    role: 'anonymous',
    id: null,
    email: null,
    name: '',
    client: apiClient(baseURL, null, inspectFor('anonymous')),
  })
  const accounts: [Role, Json][] = [
    ['translatorFr', { roles: ['translator'], languages: ['fr'] }],
    ['translatorEs', { roles: ['translator'], languages: ['es'] }],
    ['editor', { roles: ['editor'] }],
  ]
  for (const [role, powers] of accounts) {
    const email = `matrix-${run}-${role.toLowerCase()}@example.org`
    const name = `Matrix ${role} ${run}`
    accountEmails.add(email)
    const doc = await createAs('admin', 'users', { email, password, name, ...powers })
    const session = await logIn(baseURL, email, password)
    people.set(role, {
      role,
      id: doc.id,
      email,
      name,
      client: apiClient(baseURL, session.token, inspectFor(role)),
    })
  }
  // The seeded demo translator (lib/env.ts's default address; the e2e server sets no other), hidden too.
  accountEmails.add('translator@amicus.local')
}, 120_000)

afterAll(async () => {
  // Dependents first (statements take their translations and redirects with them); accounts last.
  const order = [
    'payload-locked-documents',
    'payload-preferences',
    'preview-links',
    'releases',
    'reactions',
    'signatures',
    'redirects',
    'translation-memory',
    'translation-jobs',
    'translations',
    'statements',
    'media',
    'topics',
    'glossary-terms',
    'signatories',
    'states',
    'organizations',
    'users',
  ]
  const failures: string[] = []
  for (const slug of order) {
    for (const { id, owner } of cleanup.filter((entry) => entry.slug === slug).reverse()) {
      // Only its owner sees a preference (and only a delete by query reaches it, see above).
      const preference = slug === 'payload-preferences'
      const reply = await client(preference ? owner : 'admin').rest(
        'DELETE',
        preference ? `/api/${slug}?where[id][equals]=${id}` : `/api/${slug}/${id}`,
      )
      if (reply.status !== 200 && reply.status !== 404)
        failures.push(`${slug} ${id}: ${reply.status}`)
    }
  }
  console.log(
    `Access matrix: ${cellsAsserted} cells asserted (${matrix.length} rows × ${roles.length} roles × REST and GraphQL; ` +
      `${notApplicableAsserted} of them n/a, checked to be absent), ${operationsPerformed} operations performed`,
  )
  expect(failures, 'cleaning up').toEqual([])
}, 300_000)

describe('the access matrix', () => {
  it('has one row for every operation of every collection the server has, and no other', () => {
    const slugs: string[] = collections.map((collection) => collection.slug)
    const rows = matrix.map(([collection, operation]) => `${collection} · ${operation}`)
    const missing = slugs
      .flatMap((slug) => operations.map((operation) => `${slug} · ${operation}`))
      .filter((row) => !rows.includes(row))
    const unknown = matrix
      .filter(([collection]) => !slugs.includes(collection))
      .map(([collection, operation]) => `${collection} · ${operation}`)
    const duplicated = rows.filter((row, index) => rows.indexOf(row) !== index)
    expect({ missing, unknown, duplicated }).toEqual({ missing: [], unknown: [], duplicated: [] })
  })

  it('knows every collection the server serves over GraphQL by its GraphQL names', async () => {
    for (const collection of collections) {
      const names = graphqlNames(collection.slug)
      if (collection.graphQL === false) {
        expect(names, `${collection.slug} is not in GraphQL`).toBeNull()
        continue
      }
      expect(names, `GraphQL names of ${collection.slug}`).not.toBeNull()
      expect(
        await missingInGraphql(`{ ${names?.many}(limit: 1) { totalDocs } }`),
        `${names?.many} in GraphQL`,
      ).toBe(false)
    }
  })

  for (const row of matrix) {
    const [collection, operation, ...cells] = row
    it(`${collection} · ${operation}`, async () => {
      // Roles side by side; one role's two APIs in turn, since both may work on the person's own account.
      await Promise.all(
        roles.map(async (role, index) => {
          for (const api of apis) {
            await assertCell(collection, operation, role, cells[index], api)
            cellsAsserted++
          }
        }),
      )
    }, 180_000)
  }

  it('showed no one another person’s email in any reply', () => {
    expect(leaks).toEqual([])
  })
})

async function assertCell(
  collection: string,
  operation: Operation,
  role: Role,
  cell: Cell,
  api: Api,
) {
  if (cell === 'n/a') {
    await assertNotApplicable(collection, operation, api)
    notApplicableAsserted++
    return
  }
  const probe = probes[collection]?.[operation]
  if (!probe)
    throw new Error(`No probe for ${collection} · ${operation}: add one beside the others`)
  const label = (whose: Whose) =>
    `${collection} · ${operation} as ${role} over ${api} (${whose === 'own' ? 'their own' : 'someone else’s'})`
  const canOwn =
    role !== 'anonymous' &&
    (documentCollections.find((each) => each.slug === collection)?.owners.includes(role) ?? false)
  if (cell === 'yes') {
    expect(await probe(api, role, 'other'), label('other')).toBe('allowed')
  } else if (cell === 'own') {
    if (!canOwn)
      throw new Error(`${role} holds no documents in ${collection}: "own" means nothing there`)
    expect(await probe(api, role, 'own'), label('own')).toBe('allowed')
    expect(await probe(api, role, 'other'), label('other')).toBe('refused')
  } else {
    expect(await probe(api, role, 'other'), label('other')).toBe('refused')
    if (canOwn) expect(await probe(api, role, 'own'), label('own')).toBe('refused')
  }
}

import type { Endpoint, PayloadRequest } from 'payload'

import { answerFailure, answerWriteError, fail, type Failure } from '@/lib/errors/answerFailure'
import { declaresTooLarge } from '@/lib/errors/oversizedBody'
import { prefilledTranslation } from '@/lib/translationMemory/prefill'
import { translationProgress, xliffStates } from '@/lib/translationMemory/progress'
import { loadStatementSource } from '@/lib/translations/statementSource'
import { canTranslateInto, openStatuses } from '@/lib/translations/workflow'
import { exportXliff, importXliff } from '@/lib/translations/xliff'
import type { Translation } from '@/payload-types'
import { isTargetLocale, sourceLocale, type TargetLocale } from '@/i18n/locales'

/** Larger than any statement's XLIFF by far; anything bigger is refused before it is read. */
const maxXliffBytes = 2 * 1024 * 1024

/** Who may work on `locale` (see `canTranslateInto`). */
function checkWorker(req: PayloadRequest, locale: TargetLocale): Failure | null {
  const { user } = req
  if (!user) return fail(401, 'Log in to work on translations.')
  if (canTranslateInto(user, locale)) return null
  return fail(403, 'You do not translate into this language.')
}

function readTarget(params: {
  get(name: string): unknown
}): { statement: number; locale: TargetLocale } | Failure {
  const statement = Number(params.get('statement'))
  const locale = params.get('locale')
  if (!Number.isSafeInteger(statement) || statement <= 0)
    return fail(400, 'Say which statement: ?statement=<id>.')
  if (!isTargetLocale(locale))
    return fail(400, 'Say which language to translate into: ?locale=fr, es or ar.')
  return { statement, locale }
}

/** This person's unreviewed translation of the statement into `locale` (there is at most one). */
async function openTranslation(
  req: PayloadRequest,
  statement: number,
  locale: TargetLocale,
): Promise<Translation | null> {
  const { docs } = await req.payload.find({
    collection: 'translations',
    where: {
      and: [
        { statement: { equals: statement } },
        { locale: { equals: locale } },
        { translator: { equals: req.user?.id } },
        { status: { in: openStatuses } },
      ],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

const adminPath = (id: number) => `/admin/collections/translations/${id}`

/**
 * POST /api/translations/start (a form: statement, locale): opens this person's translation,
 * starting a draft when there is none, pre-filled from the translation memory where the
 * original's segments were translated before and with the original elsewhere (so links and
 * structure are there to translate over), and sends them to it in the admin.
 */
const start: Endpoint = {
  path: '/start',
  method: 'post',
  handler: async (req) => {
    const form = req.formData ? await req.formData().catch(() => null) : null
    if (!form) return answerFailure(fail(400, 'Send the statement and language as a form.'))
    const target = readTarget(form)
    if ('errors' in target) return answerFailure(target)
    const refused = checkWorker(req, target.locale)
    if (refused) return answerFailure(refused)
    try {
      let translation = await openTranslation(req, target.statement, target.locale)
      if (!translation) {
        const current = await loadStatementSource(req, target.statement)
        if (!current) return answerFailure(fail(404, 'That statement does not exist.'))
        translation = await req.payload.create({
          collection: 'translations',
          data: {
            statement: target.statement,
            locale: target.locale,
            status: 'draft',
            ...(await prefilledTranslation(req, current, target.locale)),
          },
          overrideAccess: false,
          user: req.user,
          req,
        })
      }
      return new Response(null, { status: 303, headers: { location: adminPath(translation.id) } })
    } catch (error) {
      return answerWriteError(req, error, 'Translation endpoint')
    }
  },
}

/**
 * GET /api/translations/xliff?statement=&locale=: the statement as an XLIFF 1.2 file for a CAT
 * tool, its targets this person's open draft or, without one, what /start would begin it with;
 * each target says whether it is the memory's, the translator's or still the original.
 */
const download: Endpoint = {
  path: '/xliff',
  method: 'get',
  handler: async (req) => {
    const target = readTarget(new URL(req.url ?? '', 'http://localhost').searchParams)
    if ('errors' in target) return answerFailure(target)
    const refused = checkWorker(req, target.locale)
    if (refused) return answerFailure(refused)
    const current = await loadStatementSource(req, target.statement)
    if (!current) return answerFailure(fail(404, 'That statement does not exist.'))
    const draft =
      (await openTranslation(req, target.statement, target.locale)) ??
      (await prefilledTranslation(req, current, target.locale))
    const progress = await translationProgress(req, current.source, target.locale, draft)
    const xml = exportXliff({
      statementId: target.statement,
      sourceLocale,
      targetLocale: target.locale,
      sourceRevision: current.revision,
      source: { ...current.source, slug: current.statement.slug },
      target: draft,
      states: xliffStates(progress, target.locale),
    })
    const name = `${current.statement.slug || `statement-${target.statement}`}.${target.locale}.xlf`
    return new Response(xml, {
      headers: {
        'content-type': 'application/x-xliff+xml; charset=utf-8',
        'content-disposition': `attachment; filename="${encodeURIComponent(name)}"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}

/**
 * POST /api/translations/xliff (multipart: statement, locale, file): a translated file back from
 * a CAT tool. Every segment is checked first; only a complete, valid file is saved, as this
 * person's translation submitted for review, in one write.
 */
const upload: Endpoint = {
  path: '/xliff',
  method: 'post',
  handler: async (req) => {
    if (await declaresTooLarge(req, maxXliffBytes))
      return answerFailure(
        fail(413, 'The file is larger than 2 MB: that is not a statement’s XLIFF file.'),
      )
    const form = req.formData ? await req.formData().catch(() => null) : null
    if (!form)
      return answerFailure(fail(400, 'Send the file as a form upload (multipart/form-data).'))
    const target = readTarget(form)
    if ('errors' in target) return answerFailure(target)
    const refused = checkWorker(req, target.locale)
    if (refused) return answerFailure(refused)
    const file = form.get('file')
    if (!(file instanceof Blob) || file.size === 0)
      return answerFailure(fail(400, 'Choose the translated XLIFF file to upload.'))
    if (file.size > maxXliffBytes)
      return answerFailure(
        fail(413, 'The file is larger than 2 MB: that is not a statement’s XLIFF file.'),
      )

    const current = await loadStatementSource(req, target.statement)
    if (!current) return answerFailure(fail(404, 'That statement does not exist.'))
    const open = await openTranslation(req, target.statement, target.locale)
    if (open?.status === 'submitted') {
      return answerFailure(
        fail(
          409,
          'Your translation of this statement is waiting for review: you can upload again if the editor asks for changes.',
        ),
      )
    }
    const result = importXliff(await file.text(), {
      statementId: target.statement,
      sourceLocale,
      targetLocale: target.locale,
      sourceRevision: current.revision,
      source: { ...current.source, slug: current.statement.slug },
    })
    if (!result.ok) return answerFailure({ status: 422, errors: result.errors })

    try {
      const data = { ...result.fields, status: 'submitted' as const }
      const saved = open
        ? await req.payload.update({
            collection: 'translations',
            id: open.id,
            data,
            overrideAccess: false,
            user: req.user,
            req,
          })
        : await req.payload.create({
            collection: 'translations',
            data: { ...data, statement: target.statement, locale: target.locale },
            overrideAccess: false,
            user: req.user,
            req,
          })
      return Response.json(
        {
          id: saved.id,
          url: adminPath(saved.id),
          message: 'Your translation was submitted for review.',
        },
        { status: open ? 200 : 201 },
      )
    } catch (error) {
      return answerWriteError(req, error, 'Translation endpoint')
    }
  },
}

export const translationEndpoints: Endpoint[] = [start, download, upload]

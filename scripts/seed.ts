/**
 * Demo content and the first admin. With --if-empty (what `npm run dev` passes) it does
 * nothing on a database that already has users.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { everyContentTag } from '@/lib/cacheTags'
import { env } from '@/lib/env'
import { recordInvalidations } from '@/lib/revalidate'
import { ensureAdmin, ensureDemoTranslator, seedDemoContent } from '@/lib/seed'
import { seedGlossary } from '@/lib/seed/glossary'
import { seedSignatories } from '@/lib/seed/signatories'
import { seedTrackerData } from '@/lib/seed/tracker'

const payload = await getPayload({ config })
try {
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (process.argv.includes('--if-empty') && users > 0) {
    console.log('Database already has content; not seeding. (`npm run seed` seeds explicitly.)')
  } else {
    const admin = await ensureAdmin(payload, {
      email: env.ADMIN_EMAIL,
      password: env.ADMIN_PASSWORD,
    })
    const translator = await ensureDemoTranslator(payload, env.DEMO_TRANSLATOR_EMAIL)
    const created = await seedDemoContent(payload, admin.user)
    console.log(`Demo content: ${created} statement(s) added.`)
    const glossary = await seedGlossary(payload)
    console.log(`Glossary: ${glossary} term(s) added.`)
    const tracker = await seedTrackerData(payload)
    const signatures = await seedSignatories(payload, admin.user)
    // Each write skipped its own invalidation; one for all of them tells the running servers.
    await recordInvalidations(payload, undefined, everyContentTag)
    console.log(
      `Tracker: ${tracker.states} State(s), ${tracker.organizations} organization(s), ${tracker.reactions} reaction(s) added${tracker.regionalGroups ? `; ${tracker.regionalGroups} State(s) given their regional group` : ''}.`,
    )
    console.log(`Joint statement: ${signatures} sample signature(s) added.`)
    for (const [role, account] of [
      ['Admin', admin],
      ['Translator (French, Spanish, Arabic)', translator],
    ] as const) {
      if (account.created) {
        console.log(
          [
            '',
            `  ${role} login (shown once; keep it somewhere safe):`,
            `    URL:      ${env.NEXT_PUBLIC_SERVER_URL}/admin`,
            `    Email:    ${account.user.email}`,
            `    Password: ${account.password}`,
            '',
          ].join('\n'),
        )
      } else {
        console.log(`${role} ${account.user.email} already exists; its password is unchanged.`)
      }
    }
  }
} finally {
  await payload.destroy()
}
// Payload's Postgres adapter keeps one connection checked out for its lifetime, which would
// keep Node running after the work is done.
process.exit(0)

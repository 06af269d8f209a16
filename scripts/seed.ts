/**
 * Demo content and the first admin. With --if-empty (what `npm run dev` passes) it does
 * nothing on a database that already has users.
 */
// Node 20 loads modules on tsx's loader thread, and while it does nothing keeps this thread alive:
// now and then the process exited with code 13 (an unsettled top-level await) before running a
// line (privatenumber/tsx#233). So the modules are imported once a timer holds the process open.
const holdOpen = setInterval(() => {}, 60_000)
const [{ default: config }, { getPayload }, { env }, { ensureAdmin, ensureDemoTranslator, seedDemoContent }, { seedTrackerData }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
  import('@/lib/env'),
  import('@/lib/seed'),
  import('@/lib/seed/tracker'),
])

const payload = await getPayload({ config })
try {
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (process.argv.includes('--if-empty') && users > 0) {
    console.log('Database already has content; not seeding. (`npm run seed` seeds explicitly.)')
  } else {
    const admin = await ensureAdmin(payload, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD })
    const translator = await ensureDemoTranslator(payload, env.DEMO_TRANSLATOR_EMAIL)
    const created = await seedDemoContent(payload, admin.user)
    console.log(`Demo content: ${created} statement(s) added.`)
    const tracker = await seedTrackerData(payload)
    console.log(`Tracker: ${tracker.states} State(s), ${tracker.organizations} organization(s), ${tracker.reactions} reaction(s) added.`)
    for (const [role, account] of [['Admin', admin], ['Translator (French, Spanish, Arabic)', translator]] as const) {
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
clearInterval(holdOpen)
process.exit(0)

// A module (for top-level await), though it imports everything dynamically.
export {}

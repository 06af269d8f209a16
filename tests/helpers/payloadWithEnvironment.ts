import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { vi } from 'vitest'

export type PayloadWithEnvironment = {
  payload: Payload
  config: Promise<SanitizedConfig>
  restore: () => Promise<void>
}

/**
 * Payload started from the project's config under other environment variables (object storage,
 * read replicas), beside the suite's own instance. lib/env reads process.env once, when it is
 * first imported, and the config reads lib/env when it is imported: the variables are set, the
 * modules already evaluated forgotten, then the config imported again. getPayload keeps one
 * instance per key for the whole process, hence `key`. `restore` puts the variables back and
 * stops this instance.
 */
export async function payloadWithEnvironment(
  key: string,
  variables: Record<string, string>,
): Promise<PayloadWithEnvironment> {
  const previous = Object.fromEntries(
    Object.keys(variables).map((name) => [name, process.env[name]]),
  )
  const restoreVariables = () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  Object.assign(process.env, variables)
  try {
    vi.resetModules()
    const config = (await import('@payload-config')).default
    const payload = await getPayload({ config, key })
    return {
      payload,
      config,
      async restore() {
        restoreVariables()
        await payload.destroy()
      },
    }
  } catch (error) {
    restoreVariables()
    throw error
  }
}

'use client'

import {
  ConfigProvider,
  PublishButton as PayloadPublishButton,
  useAuth,
  useConfig,
  useDocumentInfo,
} from '@payloadcms/ui'
import { useEffect, useMemo } from 'react'

import { isTimeZone, timeZoneOption } from '@/lib/timeZones'
import type { User } from '@/payload-types'

/**
 * Payload's publish button, with a schedule drawer that starts where an editor expects: on
 * "Publish" for a statement that is not published, and in the editor's own time zone.
 *
 * Payload 3.90 opens the drawer on "Unpublish" whenever no draft is newer than the published
 * version (`defaultType: !hasNewerVersions ? 'unpublish' : 'publish'` in PublishButton), which
 * is also the case of a statement never published; counting its draft as the unpublished
 * version it is fixes the default. The drawer reads its time zone from the config's
 * `admin.timezones.defaultTimezone`, so the button gets a config naming the editor's zone (the
 * saved one, else the browser's until RememberTimeZone has saved it).
 */
export function PublishButton() {
  const { id, hasPublishedDoc, unpublishedVersionCount, setUnpublishedVersionCount } =
    useDocumentInfo()
  useEffect(() => {
    if (id && !hasPublishedDoc && unpublishedVersionCount === 0) setUnpublishedVersionCount(1)
  }, [id, hasPublishedDoc, unpublishedVersionCount, setUnpublishedVersionCount])

  const { config } = useConfig()
  const zone = useAuth<User>().user?.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone
  const withZone = useMemo(() => {
    const { timezones } = config.admin
    if (!isTimeZone(zone)) return config
    // The drawer can preselect only a zone it offers; the editor's may be another name of a listed one.
    const offered = timezones.supportedTimezones.some((option) => option.value === zone)
    const supportedTimezones = offered
      ? timezones.supportedTimezones
      : [...timezones.supportedTimezones, timeZoneOption(zone)]
    return {
      ...config,
      admin: {
        ...config.admin,
        timezones: { ...timezones, supportedTimezones, defaultTimezone: zone },
      },
    }
  }, [config, zone])
  return (
    <ConfigProvider config={withZone}>
      <PayloadPublishButton />
    </ConfigProvider>
  )
}

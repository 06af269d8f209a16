import { type Locale, localeCodes } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'
import { embedPrefix } from '@/lib/security/headers'

/**
 * The tracker's pieces that member organizations put on their own sites: the headline count, the
 * map and one State's card. Each is a page of its own under /embed/<locale>/, outside the site's
 * frame (header, footer, navigation), and the only pages other sites may frame
 * (lib/security/headers.ts).
 */
export type Embed = { kind: 'count' } | { kind: 'map' } | { kind: 'state'; iso2: string }

export type EmbedKind = Embed['kind']

/** The path of an embed page in a language. */
export function embedPath(locale: Locale, embed: Embed): string {
  const rest = embed.kind === 'state' ? `states/${embed.iso2.toLowerCase()}` : embed.kind
  return `${embedPrefix}/${locale}/${rest}`
}

/** The full page an embed stands for, which its credit links to. */
export function fullPagePath(locale: Locale, embed: Embed): string {
  return localized(locale, embed.kind === 'state' ? paths.state(embed.iso2) : paths.reactions)
}

/**
 * The height the snippet proposes, in CSS pixels: enough for the content at 300 px wide, where it
 * is tallest; the width follows the member's column.
 */
export const embedHeights: Record<EmbedKind, number> = { count: 360, map: 620, state: 340 }

const locale = `(${localeCodes.join('|')})`
const embedPage = new RegExp(`^${embedPrefix}/${locale}/(?:(count|map)|states/([a-zA-Z]{2}))/?$`)
const trackerPage = new RegExp(`^/${locale}/reactions/?$`)
const statePage = new RegExp(`^/${locale}/states/([a-zA-Z]{2})/?$`)

const isLocale = (code: string): code is Locale => (localeCodes as string[]).includes(code)

/**
 * What an address embeds, or null when it is nothing this site embeds: an embed page itself, the
 * tracker (its map) or a State's page (its card). The address must be on `origin`; its query and
 * fragment are ignored (an embed shows the tracker's default view). Whether the State exists is
 * the caller's to check.
 */
export function embedAt(url: URL, origin: string): { locale: Locale; embed: Embed } | null {
  if (url.origin !== new URL(origin).origin) return null
  const [, embedLocale, kind, embedState] = embedPage.exec(url.pathname) ?? []
  if (embedLocale && isLocale(embedLocale)) {
    if (embedState)
      return { locale: embedLocale, embed: { kind: 'state', iso2: embedState.toLowerCase() } }
    if (kind === 'count' || kind === 'map') return { locale: embedLocale, embed: { kind } }
  }
  const [, trackerLocale] = trackerPage.exec(url.pathname) ?? []
  if (trackerLocale && isLocale(trackerLocale))
    return { locale: trackerLocale, embed: { kind: 'map' } }
  const [, stateLocale, iso2] = statePage.exec(url.pathname) ?? []
  if (stateLocale && iso2 && isLocale(stateLocale))
    return { locale: stateLocale, embed: { kind: 'state', iso2: iso2.toLowerCase() } }
  return null
}

import type { Config } from 'payload'

/** The product's name, as the admin's titles and logo say it. */
export const productName = 'Amicus'

/** The site's icon: Next.js serves app/icon.svg at this path. */
export const iconPath = '/icon.svg'

type Admin = NonNullable<Config['admin']>

/** Titles, favicon and link previews of the admin: Amicus's, not Payload's defaults. */
export const adminMeta: Admin['meta'] = {
  titleSuffix: `- ${productName}`,
  icons: [{ rel: 'icon', type: 'image/svg+xml', url: iconPath }],
  openGraph: {
    siteName: productName,
    title: productName,
    description: `${productName} editorial admin`,
  },
  // Payload's generated preview image carries its own branding; the admin is not for sharing.
  defaultOGImageType: 'off',
}

/** The login page's logo and the header's icon (server components in Brand.tsx). */
export const adminGraphics: NonNullable<Admin['components']>['graphics'] = {
  Logo: '@/components/admin/Brand#Logo',
  Icon: '@/components/admin/Brand#Icon',
}

/* eslint-disable @next/next/no-img-element -- a small SVG, the site's own icon (app/icon.svg) */

import { iconPath, productName } from './branding'

/** On the login page, in place of Payload's logo. */
export function Logo() {
  return (
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: '0.75rem',
        fontSize: '2rem',
        fontWeight: 600,
      }}
    >
      <img src={iconPath} alt="" width={48} height={48} />
      {productName}
    </span>
  )
}

/** In the admin's header and navigation, in place of Payload's icon. */
export function Icon() {
  return <img src={iconPath} alt={productName} width={24} height={24} />
}

/**
 * The Content-Security-Policy, in its two forms.
 *
 * - The admin (and the draft preview it frames) is rendered for each request, so its scripts carry
 *   a nonce the proxy draws for that request: only scripts Next and Payload wrote run there, and
 *   what they load ('strict-dynamic'). That is where a session that can publish lives.
 * - Public pages are rendered once and shared by every reader through the caches; a nonce would
 *   be the same for everyone, so worth nothing. Their scripts come from this origin, and Next's
 *   inline scripts (each page's data for React) need 'unsafe-inline'. What keeps injected script
 *   out of them is that no stored text reaches a page as HTML (rich text renders through React
 *   with links filtered; tests/e2e/hostileInput.test.ts).
 *
 * Only this site may frame a page (the admin's live preview frames the public preview), except the
 * embeds, which member organizations frame on their own sites (lib/security/headers.ts).
 *
 * Development adds what hot reloading needs.
 */
export function contentSecurityPolicy(
  scripts: { nonce: string } | 'shared',
  {
    framedBy = 'self',
    mode = process.env.NODE_ENV,
  }: { framedBy?: 'self' | 'anyone'; mode?: string } = {},
): string {
  const development = mode === 'development'
  const scriptSources =
    scripts === 'shared'
      ? "'self' 'unsafe-inline'"
      : `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`
  return [
    "default-src 'self'",
    `script-src ${scriptSources}${development ? " 'unsafe-eval'" : ''}`,
    // Payload's admin and React set style attributes: styles cannot take a nonce there.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "frame-src 'self'",
    `frame-ancestors ${framedBy === 'anyone' ? '*' : "'self'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** A fresh nonce: 128 random bits, base64 as CSP expects. */
export function drawNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}

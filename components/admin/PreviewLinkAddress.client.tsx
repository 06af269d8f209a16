'use client'

import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { inAdminLanguage } from '@/i18n/label'
import { previewLinkText as text } from '@/i18n/adminText/previewLinks'
import { previewLinkAddress, type PreviewLinkLocale } from '@/lib/previewLinks/rules'

/**
 * The whole address of a press preview link, ready to copy and send: the token alone is of no
 * use to an editor. Empty until the link is saved (the token is drawn on the server).
 */
export function PreviewLinkAddress() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const token = useFormFields(([fields]) => fields.token?.value)
  const locale = useFormFields(([fields]) => fields.locale?.value) as PreviewLinkLocale | undefined
  const [copied, setCopied] = useState(false)
  const label = inAdminLanguage(text.previewAddress, i18n)
  if (typeof token !== 'string' || !token)
    return (
      <div className="field-type">
        <p className="field-label">{label}</p>
        <p>{inAdminLanguage(text.previewAddressPending, i18n)}</p>
      </div>
    )
  const address = previewLinkAddress(
    config.serverURL || window.location.origin,
    token,
    locale ?? 'all',
  )
  return (
    <div className="field-type amicus-preview-address">
      <label className="field-label" htmlFor="preview-link-address">
        {label}
      </label>
      <input id="preview-link-address" type="text" readOnly value={address} />
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={async () => {
          await navigator.clipboard.writeText(address)
          setCopied(true)
        }}
      >
        {inAdminLanguage(copied ? text.previewCopied : text.previewCopy, i18n)}
      </button>
    </div>
  )
}

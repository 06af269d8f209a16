import type { TextField } from 'payload'

import type { SlugSettles } from '@/components/admin/FollowingSlug.client'
import { adminText } from '@/i18n/adminText'
import { slugify } from '@/lib/text/slugify'

/**
 * A localized slug, unique within its locale, made from `source` in the same locale when left
 * empty and normalised when typed, so every locale (Arabic included) gets a usable address.
 * In the admin it follows `source` as it is typed until it `settles` (see FollowingSlug).
 */
export function slugField(source = 'title', settles: SlugSettles = 'onceSaved'): TextField {
  return {
    name: 'slug',
    label: adminText.slug,
    type: 'text',
    localized: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: adminText.slugHelp,
      components: { Field: { path: '@/components/admin/FollowingSlug.client#FollowingSlug', clientProps: { from: source, settles } } },
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const from = siblingData?.[source]
          return typeof from === 'string' && from.trim() ? slugify(from) : value
        },
      ],
    },
    validate: (value: unknown) =>
      !value || (typeof value === 'string' && /^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u.test(value)) ||
      'Use lowercase letters, digits and single hyphens only.',
  }
}

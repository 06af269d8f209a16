import type { TextField } from 'payload'

import type { SlugSettles } from '@/components/admin/FollowingSlug.client'
import { adminText } from '@/i18n/adminText'
import { slugify } from '@/lib/text/slugify'

import { limitLength } from './lengthLimit'

/**
 * A localized slug, unique within its locale, made from `source` in the same locale when left
 * empty and normalised when typed, so every locale (Arabic included) gets a usable address.
 * A slug made from the title is cut to the length limit at a word boundary; a typed one is not
 * cut behind the editor's back: if it is too long, the save says so.
 * In the admin it follows `source` as it is typed until it `settles` (see FollowingSlug).
 */
export function slugField(source = 'title', settles: SlugSettles = 'onceSaved'): TextField {
  return limitLength('slug', {
    name: 'slug',
    label: adminText.slug,
    type: 'text',
    localized: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: adminText.slugHelp,
      components: {
        Field: {
          path: '@/components/admin/FollowingSlug.client#FollowingSlug',
          clientProps: { from: source, settles },
        },
      },
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim())
            return slugify(value, Number.POSITIVE_INFINITY)
          const from = siblingData?.[source]
          return typeof from === 'string' && from.trim() ? slugify(from) : value
        },
      ],
    },
    validate: (value: unknown) =>
      !value ||
      (typeof value === 'string' &&
        /^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u.test(value)) ||
      'Use lowercase letters, digits and single hyphens only.',
  })
}

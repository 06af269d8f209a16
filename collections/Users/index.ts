import type { CollectionConfig } from 'payload'
import { select } from 'payload/shared'

import { hasRole, roles } from '@/lib/roles'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { limitLoginRate } from '@/hooks/limitRate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { localeInfo, targetLocales } from '@/i18n/locales'
import { env } from '@/lib/env'
import type { User } from '@/payload-types'

import { timeZoneField } from './timeZoneField'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: env.NODE_ENV === 'production' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'languages'],
  },
  access: {
    admin: isStaff,
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeOperation: [rejectMalformedId, limitLoginRate] },
  // Accounts are created by admins, not verified by email; Payload still routes verification
  // (and answers a malformed token with a 500).
  endpoints: [
    {
      path: '/verify/:token',
      method: 'post',
      handler: () =>
        Response.json(
          { errors: [{ message: 'Accounts are not verified by email here.' }] },
          { status: 404 },
        ),
    },
  ],
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      // People may edit their own profile, never their own powers.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      // Statements are written in the source language; translators translate into the others.
      options: targetLocales.map((code) => ({ label: localeInfo(code).label, value: code })),
      access: { create: isAdminField, update: isAdminField },
      validate: (value, options) =>
        hasRole(options.siblingData as Pick<User, 'roles'>, 'translator') && !value?.length
          ? 'A translator translates into at least one language: choose it.'
          : select(value, options),
      admin: {
        description: 'The languages this person translates into.',
        condition: (data) => Boolean(data?.roles?.includes('translator')),
      },
    },
    timeZoneField,
  ],
}

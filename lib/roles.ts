import type { User } from '@/payload-types'

export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

export function hasRole(user: Pick<User, 'roles'> | null | undefined, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => wanted.includes(role)))
}

import type { ReactNode } from 'react'

// The public site and Payload's admin each render their own <html>; this root only has to
// exist so that `app/not-found.tsx` can catch paths outside both (such as `/xx`).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}

import { notFound } from 'next/navigation'

// Unknown paths inside a locale get that locale's own 404 page.
export default function CatchAll() {
  notFound()
}

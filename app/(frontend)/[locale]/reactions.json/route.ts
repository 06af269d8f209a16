import { openDataResponse } from '@/lib/reactions/openDataResponse'

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return openDataResponse(request, (await params).locale, 'json')
}

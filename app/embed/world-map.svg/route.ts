import { mapAsset } from '@/lib/reactions/mapAsset'

/**
 * The map's outlines (lib/reactions/mapAsset.ts). The address maps use carries the version, so
 * that answer is kept for a year; any other is checked again on each use.
 */
export function GET(request: Request) {
  const { svg, version } = mapAsset()
  const current = new URL(request.url).searchParams.get('v') === version
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, no-cache',
    },
  })
}

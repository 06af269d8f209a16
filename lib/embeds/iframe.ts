/** Text safe inside a double-quoted HTML attribute. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The `<iframe>` element a member pastes into its page (and oEmbed consumers insert): titled for
 * screen readers, loaded when scrolled near, never wider than the column it is in.
 */
export function iframeHtml({
  src,
  title,
  width,
  height,
}: {
  src: string
  title: string
  width: number | '100%'
  height: number
}): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
}

// Every address has a switcher of its own here (`page.tsx`, `[...rest]`, statements, topics):
// Next requires a default all the same, for a slot it could not match; the home pages are safe.
export { default } from './page'

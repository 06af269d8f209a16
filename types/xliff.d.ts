// The `xliff` package ships no type declarations; lib/translations/xliff.ts types what it uses.
declare module 'xliff'

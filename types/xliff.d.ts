// The `xliff` package ships no type declarations; lib/translations/xliff/model.ts types what it uses.
declare module 'xliff'

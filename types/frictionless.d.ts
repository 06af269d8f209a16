// The Frictionless Data validator (`datapackage`, and `tableschema`, which it reads tables with)
// ships no type declarations; tests/helpers/frictionless.ts types what it uses.
declare module 'datapackage'
declare module 'tableschema'

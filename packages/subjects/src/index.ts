// What the signing actions sign: images resolved once, files from globs, registry credentials
// from the actions' inputs, and bounded concurrency for all of it.
export { CONCURRENCY, mapBounded } from './concurrency.ts'
export { registryCredentials } from './credentials.ts'
export type { RegistryInputs } from './credentials.ts'
export { parseImages } from './images/parse-images.ts'
export { resolveImages } from './images/resolve-images.ts'
export type { ImageSubject } from './images/image-subject.ts'
export { expandFileGlobs, isSignatureOutput } from './files/expand-globs.ts'
export type { ExpandedFiles } from './files/expand-globs.ts'
export type { FileTarget } from './files/file-target.ts'

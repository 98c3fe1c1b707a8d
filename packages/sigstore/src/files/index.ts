// Files, as cosign sign-blob signs and stores them: streamed hashing, sha256sum checksum lists,
// and the signature files written beside each file.
export { hashFile } from './hash-file.ts'
export type { FileDigest } from './hash-file.ts'
export { writeFileSignatures } from './file-signatures.ts'
export type { FileSignaturePaths, FileSignaturesOptions } from './file-signatures.ts'

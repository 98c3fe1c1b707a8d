import type { FileTarget } from '@sign/subjects'

export type { FileTarget, ImageSubject } from '@sign/subjects'

/** A file to sign, hashed. */
export interface FileSubject extends Omit<FileTarget, 'listed'> {
  kind: 'file'
  /** The raw sha256 of the content. */
  sha256: Buffer
}

import type { FileTarget } from '@sign/subjects'

export type { FileTarget, ImageSubject } from '@sign/subjects'

/** A file to sign, hashed with the signing key's hash: its payload descriptor. */
export interface FileSubject extends Omit<FileTarget, 'listed'> {
  kind: 'file'
  descriptor: { mediaType: string; digest: string; size: number }
}

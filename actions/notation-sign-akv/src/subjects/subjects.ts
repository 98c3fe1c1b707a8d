import type { Descriptor, Repository } from '@sign/oci'

/** An image manifest to sign, by digest: a tag was resolved once and is not used again. */
export interface ImageSubject {
  kind: 'image'
  /** `registry/repository@sha256:…`, what reports name. */
  name: string
  repo: Repository
  descriptor: Descriptor
}

/** A file to sign, before it is hashed. */
export interface FileTarget {
  /** Absolute path. */
  path: string
  /** The path reports name: relative to the workspace when inside it. */
  name: string
  /** The sha256 (hex) a checksums file lists for it, which the file must still have. */
  listed?: { hex: string; checksumsFile: string }
}

/** A file to sign, hashed with the signing key's hash: its payload descriptor. */
export interface FileSubject extends Omit<FileTarget, 'listed'> {
  kind: 'file'
  descriptor: { mediaType: string; digest: string; size: number }
}

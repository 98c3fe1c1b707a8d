import type { Descriptor, Repository } from '@sign/oci'

/** An image manifest to sign, by digest: a tag was resolved once and is not used again. */
export interface ImageSubject {
  kind: 'image'
  /** `registry/repository@sha256:…`, what reports name. */
  name: string
  repo: Repository
  descriptor: Descriptor
}

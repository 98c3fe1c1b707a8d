/**
 * An SBOM that cannot be read: not JSON, not SPDX or CycloneDX, a version this package does not
 * read, or over the size limit. It is the input's fault (`kind: 'configuration'`): the message
 * says what is wrong with the document.
 */
export class SbomReadError extends Error {
  readonly kind = 'configuration' as const

  constructor(message: string) {
    super(message)
    this.name = 'SbomReadError'
  }
}

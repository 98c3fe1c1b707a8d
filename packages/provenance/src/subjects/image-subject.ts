import { plainOrQuoted } from '@sign/safe-text'
import { invalid, type Subject } from './subject.ts'

/** Options of {@link imageSubject}. */
export interface ImageSubjectOptions {
  /** The image's name: `registry/repository`, with or without a tag or digest after it. */
  repository: string
  /** The image manifest's digest, `sha256:<hex>`. */
  digest: string
}

/**
 * An image as GitHub's attest action names it when it pushes the attestation to the registry:
 * the image name in lower case without its tag or digest (`ghcr.io/octo-org/app`; a registry
 * port stays), and the manifest's SHA-256 digest.
 */
export function imageSubject(options: ImageSubjectOptions): Subject {
  const { repository, digest } = options
  const match = /^sha256:([0-9a-fA-F]{64})$/.exec(digest)
  if (match?.[1] === undefined) {
    throw invalid(
      `The image ${plainOrQuoted(repository)} has the digest ${plainOrQuoted(digest)}: give its manifest's sha256:<64 hex digits>`
    )
  }
  const at = repository.indexOf('@')
  const withoutDigest = at === -1 ? repository : repository.slice(0, at)
  const lastSlash = withoutDigest.lastIndexOf('/')
  const lastColon = withoutDigest.lastIndexOf(':')
  const name = (
    lastColon > lastSlash ? withoutDigest.slice(0, lastColon) : withoutDigest
  ).toLowerCase()
  if (name === '' || /\s/.test(name)) {
    throw invalid(`The image name ${plainOrQuoted(repository)} is not registry/repository`)
  }
  return { name, digest: { sha256: match[1].toLowerCase() } }
}

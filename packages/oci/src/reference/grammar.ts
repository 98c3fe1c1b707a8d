// The reference grammar of distribution/reference (the one docker, cosign, notation and oras
// share), as regular expressions.

const alphaNumeric = '[a-z0-9]+'
const separator = '(?:[._]|__|[-]+)'
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]'
const domainName = `${domainComponent}(?:\\.${domainComponent})*`
const host = `(?:${domainName}|${ipv6})`

/** A registry host with an optional port: `ghcr.io`, `localhost:5000`, `[::1]:5000`. */
export const DOMAIN = new RegExp(`^${host}(?::[0-9]+)?$`)
/** A repository path: lowercase components joined by `/`. */
export const REPOSITORY = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`)
/** A tag: up to 128 word characters, dots and dashes, not starting with `.` or `-`. */
export const TAG = /^[\w][\w.-]{0,127}$/
/** `algorithm:encoded`, as the OCI image spec defines a digest. */
export const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/

/** Registered algorithms and the exact form of their encoded part. */
export const DIGEST_ENCODINGS: Record<string, RegExp> = {
  sha256: /^[a-f0-9]{64}$/,
  sha512: /^[a-f0-9]{128}$/
}

/** distribution caps a name (domain + path) at 255 characters. */
export const NAME_MAX_LENGTH = 255

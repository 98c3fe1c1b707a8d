import { quote } from '@sign/safe-text'
import type { Descriptor } from './descriptor.ts'
import { OciError, type OciErrorCode } from './errors.ts'
import { DIGEST, DIGEST_ENCODINGS } from './reference/grammar.ts'

/**
 * Why `value` is not a descriptor, or undefined when it is one: an object with a non-empty
 * string mediaType, a digest of the OCI grammar (a registered algorithm's value of its exact
 * form), a non-negative safe-integer size, and, when present, a string artifactType and an
 * annotations object of strings.
 */
export function descriptorProblem(value: unknown): string | undefined {
  if (!isObject(value)) return value === null ? 'null, not a descriptor' : 'not an object'
  if (typeof value.mediaType !== 'string' || value.mediaType === '') return 'no mediaType'
  if (typeof value.digest !== 'string') return 'no digest'
  const digest = value.digest
  const colon = digest.indexOf(':')
  const encoding = DIGEST_ENCODINGS[digest.slice(0, colon)]
  if (!DIGEST.test(digest))
    return `the digest ${quote(digest)} is not of the form algorithm:encoded`
  if (encoding && !encoding.test(digest.slice(colon + 1))) {
    return `the digest ${quote(digest)} has the wrong length or characters for its algorithm`
  }
  if (typeof value.size !== 'number' || !Number.isSafeInteger(value.size) || value.size < 0) {
    return 'no valid size (a non-negative integer)'
  }
  if (value.artifactType !== undefined && typeof value.artifactType !== 'string') {
    return 'artifactType is not a string'
  }
  if (value.annotations !== undefined) {
    if (!isObject(value.annotations)) return 'annotations is not an object'
    if (Object.values(value.annotations).some(v => typeof v !== 'string')) {
      return 'an annotation is not a string'
    }
  }
  return undefined
}

/** Options of {@link checkDescriptors}. */
export interface CheckDescriptorsOptions {
  /** An index's `manifests`, as parsed. */
  entries: unknown
  /** The index, for the message: `the referrers tag sha256-… of ghcr.io/org/app`. */
  index: string
  /** INVALID_CONTENT (default), or INVALID_LAYOUT for a layout's own index.json. */
  code?: OciErrorCode
}

/**
 * An index's `manifests` as descriptors; the first entry that is not one fails the whole index
 * (`code`, naming the index, the entry and what is wrong with it).
 */
export function checkDescriptors(options: CheckDescriptorsOptions): Descriptor[] {
  const { entries, index } = options
  const code = options.code ?? 'INVALID_CONTENT'
  if (!Array.isArray(entries)) {
    throw new OciError({ code, message: `${index} is malformed: its manifests is not an array` })
  }
  entries.forEach((entry: unknown, i) => {
    const problem = descriptorProblem(entry)
    if (problem) {
      throw new OciError({
        code,
        message: `${index} is malformed: manifests[${i}] is invalid (${problem})`
      })
    }
  })
  return entries as Descriptor[]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

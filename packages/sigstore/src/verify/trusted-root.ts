import { readFile } from 'node:fs/promises'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { SigstoreError } from '../errors.ts'
import publicGood from './public-good-trusted-root.json' with { type: 'json' }

/** A trusted_root.json document (the Sigstore TrustedRoot message in its JSON form). */
export type TrustedRootJSON = Record<string, unknown>

const MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.trustedroot'

/**
 * The Sigstore public-good production trusted root, pinned in this package
 * (src/verify/public-good-trusted-root.json, written by scripts/refresh-trusted-root.ts from
 * @sigstore/tuf's seeds). A fresh copy each call, so callers may not alter the pinned one.
 */
export function publicGoodTrustedRoot(): TrustedRootJSON {
  return structuredClone(publicGood)
}

/** Options of {@link loadTrustedRoot}. */
export interface LoadTrustedRootOptions {
  /** Path of a trusted_root.json file (cosign's `--trusted-root`). */
  path: string
}

/** Reads and checks a custom trusted_root.json (a private Sigstore instance, staging, tests). */
export async function loadTrustedRoot(options: LoadTrustedRootOptions): Promise<TrustedRootJSON> {
  const { path } = options
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (cause) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      cause,
      message: `cannot read the trusted root ${path} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`
    })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      cause,
      message: `the trusted root ${path} is not JSON (${(cause as Error).message})`
    })
  }
  return checkTrustedRoot({ json, source: path })
}

/** Options of {@link checkTrustedRoot}. */
export interface CheckTrustedRootOptions {
  /** The parsed document. */
  json: unknown
  /** Where it came from, for error messages. */
  source: string
}

/**
 * Checks that a parsed document is a trusted root: a TrustedRoot media type, at least one
 * certificate authority or transparency log, and fields that parse as the protobuf message.
 */
export function checkTrustedRoot(options: CheckTrustedRootOptions): TrustedRootJSON {
  const { json, source } = options
  const invalid = (reason: string, cause?: unknown): SigstoreError =>
    new SigstoreError({
      code: 'INVALID_INPUT',
      cause,
      message: `${source} is not a Sigstore trusted root: ${reason}`
    })
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw invalid('expected a JSON object')
  }
  const root = json as TrustedRootJSON
  const mediaType = root['mediaType']
  if (typeof mediaType !== 'string' || !mediaType.startsWith(MEDIA_TYPE_PREFIX)) {
    throw invalid(`mediaType is ${JSON.stringify(mediaType)}, expected ${MEDIA_TYPE_PREFIX}…`)
  }
  for (const field of ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities']) {
    const value = root[field]
    if (value !== undefined && !Array.isArray(value)) throw invalid(`${field} is not an array`)
  }
  let parsed: TrustedRoot
  try {
    parsed = TrustedRoot.fromJSON(root)
  } catch (cause) {
    throw invalid((cause as Error).message, cause)
  }
  if (parsed.tlogs.length === 0 && parsed.certificateAuthorities.length === 0) {
    throw invalid('it lists neither transparency logs nor certificate authorities')
  }
  return root
}

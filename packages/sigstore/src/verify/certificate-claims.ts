import { SigstoreError } from '../errors.ts'

/**
 * The Fulcio certificate extensions (fulcio docs/oid-info.md) under their sigstore-go JSON
 * names, v2 encoding (a DER string): 1.3.6.1.4.1.57264.1.8 and .1.9–.1.22.
 */
export const FULCIO_EXTENSION_OIDS = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationURI: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22'
} as const

/** A v2 Fulcio extension, by its sigstore-go name (`issuer`, `sourceRepositoryURI`, …). */
export type FulcioExtensionName = keyof typeof FULCIO_EXTENSION_OIDS

/** The deprecated GitHub extensions (raw UTF-8 values) cosign's `--certificate-github-workflow-*` flags check. */
export const GITHUB_WORKFLOW_OIDS = {
  trigger: '1.3.6.1.4.1.57264.1.2',
  sha: '1.3.6.1.4.1.57264.1.3',
  name: '1.3.6.1.4.1.57264.1.4',
  repository: '1.3.6.1.4.1.57264.1.5',
  ref: '1.3.6.1.4.1.57264.1.6'
} as const

/** A GitHub workflow claim of cosign's flags `--certificate-github-workflow-<claim>`. */
export type GithubWorkflowClaim = keyof typeof GITHUB_WORKFLOW_OIDS

/** The GitHub workflow claims of a certificate (absent when it has neither encoding). */
export type GithubWorkflowClaims = Partial<Record<GithubWorkflowClaim, string>>

/** What a Fulcio certificate claims about its signer, both encodings read and reconciled. */
export interface CertificateClaims {
  /** v2 names; a value only in a deprecated extension (issuer .1.1, trigger, sha, ref) folded in. */
  extensions: Partial<Record<FulcioExtensionName, string>>
  /** cosign's GitHub workflow claims: the deprecated extension, else its v2 equivalent. */
  githubWorkflow: GithubWorkflowClaims
}

/** One certificate extension: its OID as numbers and its raw extnValue contents. */
export interface ExtensionValue {
  oid: { id: number[] } | undefined
  value: Uint8Array
}

/** Options of {@link readCertificateClaims}. */
export interface ReadCertificateClaimsOptions {
  /** The leaf certificate's extensions (as @sigstore/verify reports them in `identity.oids`). */
  extensions: ExtensionValue[]
}

const LEGACY_ISSUER_OID = '1.3.6.1.4.1.57264.1.1'
const GITHUB_URL = 'https://github.com/'

/**
 * The v2 extension each deprecated GitHub extension was replaced by. The workflow name (.1.4)
 * has none: fulcio deprecates it for buildConfigURI/-Digest, which hold the workflow's path and
 * commit, not its `name:`. The repository (.1.5, `owner/repo`) corresponds to
 * sourceRepositoryURI (.1.12, `https://<host>/owner/repo`), compared by path; the others hold
 * the same value.
 */
export const GITHUB_WORKFLOW_V2 = {
  trigger: 'buildTrigger',
  sha: 'sourceRepositoryDigest',
  repository: 'sourceRepositoryURI',
  ref: 'sourceRepositoryRef'
} as const satisfies Partial<Record<GithubWorkflowClaim, FulcioExtensionName>>

/**
 * Reads a Fulcio certificate's claims from both encodings: the deprecated extensions (.1.1–.1.6,
 * raw UTF-8) and the v2 ones (.1.8–.1.22, DER strings). A claim made in both encodings must agree
 * (a certificate saying two things is malformed: VERIFICATION_FAILED), and a v2 value must be one
 * well-formed DER string.
 */
export function readCertificateClaims(options: ReadCertificateClaimsOptions): CertificateClaims {
  const raw = new Map<string, Uint8Array>()
  for (const { oid, value } of options.extensions) {
    if (oid !== undefined) raw.set(oid.id.join('.'), value)
  }
  const utf8 = (oid: string): string | undefined => {
    const value = raw.get(oid)
    return value === undefined ? undefined : decodeUtf8(value, oid)
  }
  const extensions: CertificateClaims['extensions'] = {}
  for (const [name, oid] of Object.entries(FULCIO_EXTENSION_OIDS)) {
    const value = raw.get(oid)
    if (value !== undefined) extensions[name as FulcioExtensionName] = readDerString(value, oid)
  }
  const githubWorkflow: GithubWorkflowClaims = {}
  for (const [claim, oid] of Object.entries(GITHUB_WORKFLOW_OIDS)) {
    const value = utf8(oid)
    if (value !== undefined) githubWorkflow[claim as GithubWorkflowClaim] = value
  }

  const legacyIssuer = utf8(LEGACY_ISSUER_OID)
  agree('issuer', legacyIssuer, LEGACY_ISSUER_OID, extensions.issuer)
  if (legacyIssuer !== undefined) extensions.issuer ??= legacyIssuer
  for (const claim of ['trigger', 'sha', 'ref'] as const) {
    const name = GITHUB_WORKFLOW_V2[claim]
    const legacy = githubWorkflow[claim]
    const v2 = extensions[name]
    agree(name, legacy, GITHUB_WORKFLOW_OIDS[claim], v2)
    if (legacy !== undefined) extensions[name] = legacy
    else if (v2 !== undefined) githubWorkflow[claim] = v2
  }
  const uri = extensions.sourceRepositoryURI
  const repository = githubWorkflow.repository
  if (repository !== undefined && uri !== undefined && repositoryPath(uri) !== repository) {
    throw malformed(
      `its GitHub workflow repository (${GITHUB_WORKFLOW_OIDS.repository}) is ${JSON.stringify(repository)} but its sourceRepositoryURI (${FULCIO_EXTENSION_OIDS.sourceRepositoryURI}) is ${JSON.stringify(uri)}`
    )
  }
  if (repository === undefined && uri?.startsWith(GITHUB_URL) === true) {
    githubWorkflow.repository = repositoryPath(uri)
  }
  return { extensions, githubWorkflow }
}

/** Throws when a claim's deprecated and v2 values are both present and differ. */
function agree(
  name: FulcioExtensionName,
  legacy: string | undefined,
  legacyOid: string,
  v2: string | undefined
): void {
  if (legacy === undefined || v2 === undefined || legacy === v2) return
  throw malformed(
    `its deprecated extension ${legacyOid} says ${JSON.stringify(legacy)} but its ${name} (${FULCIO_EXTENSION_OIDS[name]}) says ${JSON.stringify(v2)}`
  )
}

/** `owner/repo` of `https://<host>/owner/repo`, or undefined when the URI is not like that. */
function repositoryPath(uri: string): string | undefined {
  let url: URL
  try {
    url = new URL(uri)
  } catch {
    return undefined
  }
  return url.protocol === 'https:' ? url.pathname.replace(/^\//u, '') : undefined
}

// DER tags of the string types Go's encoding/asn1 decodes into a string (what sigstore-go's
// ParseDERString accepts); Fulcio writes UTF8String.
const STRING_TAGS = new Set([0x0c, 0x12, 0x13, 0x16])

/** Decodes one DER string (tag, definite length, contents) with nothing after it. */
function readDerString(value: Uint8Array, oid: string): string {
  const bytes = Buffer.from(value)
  const tag = bytes[0]
  const first = bytes[1]
  if (tag === undefined || first === undefined || !STRING_TAGS.has(tag)) {
    throw malformed(`extension ${oid} is not a DER string (tag ${tag ?? 'missing'})`)
  }
  let length = first
  let offset = 2
  if (first & 0x80) {
    const count = first & 0x7f
    if (count === 0 || count > 3 || bytes.length < 2 + count) {
      throw malformed(`extension ${oid} has an invalid DER length`)
    }
    length = 0
    for (const byte of bytes.subarray(2, 2 + count)) length = length * 256 + byte
    offset = 2 + count
  }
  if (offset + length !== bytes.length) {
    throw malformed(
      `extension ${oid} is not one DER string: its length says ${length} bytes, ${bytes.length - offset} follow`
    )
  }
  return decodeUtf8(bytes.subarray(offset), oid)
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

function decodeUtf8(value: Uint8Array, oid: string): string {
  try {
    return UTF8.decode(value)
  } catch (cause) {
    throw malformed(`extension ${oid} is not UTF-8`, cause)
  }
}

function malformed(reason: string, cause?: unknown): SigstoreError {
  return new SigstoreError({
    code: 'VERIFICATION_FAILED',
    cause,
    message: `the signing certificate is malformed: ${reason}`
  })
}

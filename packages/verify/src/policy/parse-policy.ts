import { isAbsolute, resolve } from 'node:path'
import { policyFlagKey } from './flag-key.ts'
import { fieldError, readMapping, type MappingReader } from './fields.ts'
import { PREDICATE_SHORT_NAMES, predicateTypeURI } from './predicate-types.ts'
import { PROVENANCE_FIELDS, readProvenanceRequirement } from './provenance-requirement.ts'
import { SBOM_FORMATS, isSbomFormat } from './sbom-formats.ts'
import { signerWorkflowIdentityRegexp } from './signer-workflow.ts'
import type {
  NotationTrust,
  Requirement,
  SigstoreTrust,
  Signer,
  VerificationPolicy
} from './types.ts'

/** The claims a keyless signer may constrain, as cosign names its flags. */
export const KEYLESS_FIELDS = [
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'certificate-github-workflow-repository',
  'certificate-github-workflow-ref',
  'certificate-github-workflow-sha',
  'certificate-github-workflow-trigger',
  'certificate-github-workflow-name',
  'signer-workflow'
] as const

const SIGNER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/u

/** Options of {@link parsePolicy}. */
export interface ParsePolicyOptions {
  /** The document, parsed from YAML or JSON. */
  document: unknown
  /** Where it came from, for messages. */
  source: string
  /** Relative paths in the document are taken from here (the policy file's directory). */
  baseDir: string
}

/**
 * Validates a policy document (schema: docs in packages/verify/README.md) and normalises it:
 * signer names resolved, requirements defaulted, paths made absolute. Every error names the
 * field's path and what to write instead (VerifyError INVALID_POLICY). Keys are not read here.
 */
export function parsePolicy(options: ParsePolicyOptions): Omit<VerificationPolicy, 'signers'> & {
  signers: ParsedSigner[]
} {
  const { source, baseDir } = options
  const root: MappingReader = readMapping({
    source,
    path: '',
    value: options.document,
    keys: ['version', 'trust', 'signers', 'require', 'allow-unsigned']
  })
  const version = root.value('version')
  if (version !== 1 && version !== '1') {
    root.fail('version', `must be 1 (the only policy version), not ${JSON.stringify(version)}`)
  }
  const path = (value: string): string => (isAbsolute(value) ? value : resolve(baseDir, value))
  const { sigstore, notation } = readTrust({ source, value: root.value('trust'), path })
  const signers = readSigners({ source, value: root.value('signers'), path })
  if (signers.length === 0) {
    root.fail('signers', 'at least one signer is required (keyless, key or notation)')
  }
  if (signers.some(s => s.kind === 'notation') && notation === undefined) {
    root.fail(
      'trust',
      'a notation signer needs trust.notation.trust-policy (a notation trust policy document) and trust.notation.trust-store'
    )
  }
  const requirements = readRequirements({ source, value: root.value('require'), signers })
  return {
    source,
    signers,
    requirements,
    sigstore,
    ...(notation === undefined ? {} : { notation }),
    allowUnsigned: root.boolean('allow-unsigned') ?? false
  }
}

/** A signer as the document gives it; a key signer's PEM is read later. */
export type ParsedSigner =
  Exclude<Signer, { kind: 'key' }> | { kind: 'key'; name: string; keyPath: string }

interface SectionOptions {
  source: string
  value: unknown
  path: (value: string) => string
}

function readTrust(options: SectionOptions): {
  sigstore: SigstoreTrust
  notation: NotationTrust | undefined
} {
  const { source, path } = options
  if (options.value === undefined || options.value === null) {
    return { sigstore: { source: 'public-good' }, notation: undefined }
  }
  const trust: MappingReader = readMapping({
    source,
    path: 'trust',
    value: options.value,
    keys: ['trusted-root', 'tuf-mirror', 'tuf-root', 'notation']
  })
  const trustedRoot = trust.string('trusted-root')
  const mirror = trust.string('tuf-mirror')
  const tufRoot = trust.string('tuf-root')
  let sigstore: SigstoreTrust = { source: 'public-good' }
  if (trustedRoot !== undefined) {
    if (mirror !== undefined || tufRoot !== undefined) {
      trust.fail('trusted-root', 'give either trusted-root or tuf-mirror + tuf-root, not both')
    }
    sigstore = { source: 'file', path: path(trustedRoot) }
  } else if (mirror !== undefined || tufRoot !== undefined) {
    if (mirror === undefined || tufRoot === undefined) {
      trust.fail(
        mirror === undefined ? 'tuf-mirror' : 'tuf-root',
        'tuf-mirror (the TUF repository URL) and tuf-root (its initial root.json) go together'
      )
    }
    if (!/^https?:\/\//u.test(mirror)) {
      trust.fail('tuf-mirror', `must be an http(s) URL, not ${JSON.stringify(mirror)}`)
    }
    sigstore = { source: 'tuf', mirror, root: path(tufRoot) }
  }
  const notationValue = trust.value('notation')
  if (notationValue === undefined) return { sigstore, notation: undefined }
  const notation: MappingReader = readMapping({
    source,
    path: trust.path('notation'),
    value: notationValue,
    keys: ['trust-policy', 'trust-store']
  })
  const trustPolicies = notation.strings('trust-policy')
  if (trustPolicies === undefined) {
    notation.fail(
      'trust-policy',
      'is required: the path of a notation trust policy document (trustpolicy.oci.json and/or trustpolicy.blob.json)'
    )
  }
  const trustStore = notation.string('trust-store')
  return {
    sigstore,
    notation: {
      trustPolicies: trustPolicies.map(path),
      ...(trustStore === undefined ? {} : { trustStore: path(trustStore) })
    }
  }
}

function readSigners(options: SectionOptions): ParsedSigner[] {
  const { source, path } = options
  if (options.value === undefined) return []
  const value = options.value
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fieldError({
      source,
      path: 'signers',
      message:
        'must be a mapping of signer names to signers, e.g. "release: {certificate-identity: …}"'
    })
  }
  return Object.entries(value as Record<string, unknown>).map(([name, body]) => {
    const at = `signers.${name}`
    if (!SIGNER_NAME.test(name)) {
      throw fieldError({ source, path: at, message: 'a signer name is letters, digits, _ . -' })
    }
    const signer: MappingReader = readMapping({
      source,
      path: at,
      value: body,
      keys: [...KEYLESS_FIELDS, 'key', 'notation']
    })
    const key = signer.string('key')
    const notation = signer.value('notation')
    const keyless = KEYLESS_FIELDS.filter(field => signer.value(field) !== undefined)
    const kinds = [key !== undefined, notation !== undefined, keyless.length > 0].filter(Boolean)
    if (kinds.length !== 1) {
      throw fieldError({
        source,
        path: at,
        message:
          kinds.length === 0
            ? 'say how this signer is recognised: certificate-identity/-oidc-issuer (keyless), key (a public key file) or notation'
            : 'a signer is one of keyless (certificate-*), key or notation; split it into several signers'
      })
    }
    if (key !== undefined) return { kind: 'key', name, keyPath: path(key) }
    if (notation !== undefined) return readNotationSigner({ source, at, name, value: notation })
    return readKeylessSigner({ source, name, signer })
  })
}

function readKeylessSigner(options: {
  source: string
  name: string
  signer: MappingReader
}): ParsedSigner {
  const { name, signer } = options
  const result: Record<string, string> = {}
  for (const field of KEYLESS_FIELDS) {
    const value = signer.string(field)
    if (value !== undefined) result[policyFlagKey(field)] = value
  }
  for (const [exact, regexp] of [
    ['certificate-identity', 'certificate-identity-regexp'],
    ['certificate-oidc-issuer', 'certificate-oidc-issuer-regexp']
  ] as const) {
    if (signer.value(exact) !== undefined && signer.value(regexp) !== undefined) {
      signer.fail(regexp, `give either ${exact} or ${regexp}, not both`)
    }
    const pattern = signer.string(regexp)
    if (pattern !== undefined) {
      try {
        new RegExp(pattern, 'u')
      } catch (cause) {
        signer.fail(regexp, `is not a valid regular expression (${(cause as Error).message})`)
      }
    }
  }
  const workflow = signer.string('signer-workflow')
  if (workflow !== undefined) {
    const clash = ['certificate-identity', 'certificate-identity-regexp'].find(
      field => signer.value(field) !== undefined
    )
    if (clash !== undefined) {
      signer.fail('signer-workflow', `give either signer-workflow or ${clash}, not both`)
    }
    if (signerWorkflowIdentityRegexp({ value: workflow }) === undefined) {
      signer.fail(
        'signer-workflow',
        `is [host/]owner/repo/.github/workflows/<file>.yml (as gh attestation verify --signer-workflow takes it), not ${JSON.stringify(workflow)}`
      )
    }
  }
  if (
    workflow === undefined &&
    signer.value('certificate-identity') === undefined &&
    signer.value('certificate-identity-regexp') === undefined
  ) {
    signer.fail(
      'certificate-identity',
      'is required for a keyless signer (or certificate-identity-regexp, or signer-workflow): without it any identity of the issuer would pass'
    )
  }
  if (
    signer.value('certificate-oidc-issuer') === undefined &&
    signer.value('certificate-oidc-issuer-regexp') === undefined
  ) {
    signer.fail(
      'certificate-oidc-issuer',
      'is required for a keyless signer (or certificate-oidc-issuer-regexp), e.g. https://token.actions.githubusercontent.com'
    )
  }
  return { kind: 'keyless', name, ...result }
}

function readNotationSigner(options: {
  source: string
  at: string
  name: string
  value: unknown
}): ParsedSigner {
  const { source, at, name, value } = options
  if (value === true) return { kind: 'notation', name }
  const notation: MappingReader = readMapping({
    source,
    path: `${at}.notation`,
    value,
    keys: ['scope', 'blob-policy-name']
  })
  const scope = notation.string('scope')
  const blobPolicyName = notation.string('blob-policy-name')
  return {
    kind: 'notation',
    name,
    ...(scope === undefined ? {} : { scope }),
    ...(blobPolicyName === undefined ? {} : { blobPolicyName })
  }
}

function readRequirements(options: {
  source: string
  value: unknown
  signers: ParsedSigner[]
}): Requirement[] {
  const { source, value, signers } = options
  const names = signers.map(signer => signer.name)
  if (value === undefined || value === null) {
    return [{ category: 'signature', signers: names }]
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw fieldError({
      source,
      path: 'require',
      message: 'must be a non-empty list, e.g. "- signature: release" or "- attestation: release"'
    })
  }
  return (value as unknown[]).map((item, index) => {
    const entry: MappingReader = readMapping({
      source,
      path: `require[${index}]`,
      value: item,
      keys: [
        'signature',
        'attestation',
        'sbom',
        'provenance',
        'predicate-type',
        'format',
        ...PROVENANCE_FIELDS
      ]
    })
    const given = (['signature', 'attestation', 'sbom', 'provenance'] as const).flatMap(key => {
      const list = entry.strings(key)
      return list === undefined ? [] : [{ category: key, list }]
    })
    const [chosen] = given
    if (chosen === undefined || given.length > 1) {
      return entry.fail(
        given[1]?.category ?? 'signature',
        'each requirement is one of "signature: <signer>", "attestation: <signer>", "sbom: <signer>" or "provenance: <signer>"'
      )
    }
    const { category, list: wanted } = chosen
    for (const name of wanted) {
      if (!names.includes(name)) {
        entry.fail(
          category,
          `no signer is named ${JSON.stringify(name)}; the signers are ${names.join(', ')}`
        )
      }
    }
    if (category !== 'provenance') {
      const stray = PROVENANCE_FIELDS.find(field => entry.value(field) !== undefined)
      if (stray !== undefined) {
        entry.fail(stray, 'belongs to a provenance requirement ("provenance: <signer>")')
      }
    }
    const format = entry.string('format')
    if (category !== 'sbom' && format !== undefined) {
      entry.fail('format', 'belongs to an SBOM requirement ("sbom: <signer>")')
    }
    if (category === 'sbom') return readSbomRequirement({ entry, wanted, format })
    if (category === 'provenance') {
      const notation = wanted.find(name => signers.find(s => s.name === name)?.kind === 'notation')
      if (notation !== undefined) {
        entry.fail(
          'provenance',
          `${JSON.stringify(notation)} is a notation signer; provenance is an in-toto attestation, made by a keyless or key signer`
        )
      }
      return readProvenanceRequirement({ entry, wanted })
    }
    const type = entry.string('predicate-type')
    if (category === 'signature') {
      if (type !== undefined) entry.fail('predicate-type', 'belongs to an attestation requirement')
      return { category, signers: wanted }
    }
    if (type === undefined) {
      entry.fail(
        'predicate-type',
        'is required for an attestation, e.g. https://slsa.dev/provenance/v1 or slsaprovenance1'
      )
    }
    const predicateType = predicateTypeURI({ type })
    if (predicateType === undefined) {
      entry.fail(
        'predicate-type',
        `must be a URI or one of cosign's names (${PREDICATE_SHORT_NAMES.join(', ')}), not ${JSON.stringify(type)}`
      )
    }
    const notationOnly = wanted.every(
      name => signers.find(s => s.name === name)?.kind === 'notation'
    )
    if (notationOnly) {
      entry.fail(
        'attestation',
        'notation signers sign artifacts, not in-toto attestations; name a keyless or key signer'
      )
    }
    return { category, signers: wanted, predicateType }
  })
}

/**
 * An SBOM requirement: its format and signers. A keyless or key signer can meet it with an SBOM
 * attestation or a signed SBOM document; a notation signer with a signed SBOM document (an SBOM
 * referrer with a Notary Project signature, as Ratify verifies it, or a `.jws.sig` beside an
 * SBOM file).
 */
function readSbomRequirement(options: {
  entry: MappingReader
  wanted: string[]
  format: string | undefined
}): Requirement {
  const { entry, wanted, format } = options
  if (entry.value('predicate-type') !== undefined) {
    entry.fail(
      'predicate-type',
      'belongs to an attestation requirement; an SBOM requirement takes format'
    )
  }
  if (format === undefined) {
    return entry.fail('format', `is required for an SBOM requirement: ${SBOM_FORMATS.join(' or ')}`)
  }
  if (!isSbomFormat(format)) {
    return entry.fail(
      'format',
      `must be ${SBOM_FORMATS.join(' or ')}, not ${JSON.stringify(format)}`
    )
  }
  return { category: 'sbom', signers: wanted, format }
}

// The cells of the verify summary's tables: short values in code spans, the full value as the
// hover title, so every table fits the summary's width whatever the registry or the identity.
import { basename } from 'node:path'
import { imageName, shortDigest, type Inline } from '@sign/action-kit'
import type { SignatureReport, SubjectReport } from '@sign/verify'
import { shownPath } from './shown-path.ts'

/** Options of the subject cells. */
export interface SubjectCellOptions {
  subject: SubjectReport
}

/** Options of the signature cells. */
export interface SignatureCellOptions {
  signature: SignatureReport
}

/** A subject whole: an image by its reference, a file by its path in the workspace. */
export function subjectName(options: SubjectCellOptions): Inline {
  const { subject } = options
  if (subject.kind === 'image') return imageName({ reference: subject.subject })
  return { code: shownPath({ path: subject.subject }), title: subject.subject }
}

/** A subject short, for a column beside others: `octo-repo:v1.2.3`, `app-linux-amd64`. */
export function shortSubjectName(options: SubjectCellOptions): Inline {
  const { subject } = options
  const name = subject.subject.replace(/\/+$/u, '')
  const last = subject.kind === 'image' ? name.slice(name.lastIndexOf('/') + 1) : basename(name)
  const shown = /^[^@]+@[a-z0-9]+:[0-9a-f]{24,}$/u.test(last)
    ? `${last.slice(0, last.indexOf('@'))}@…`
    : last
  return { code: shown === '' ? name : shown, title: subject.subject }
}

/** The verified digest, short, or a dash when the subject could not be read. */
export function digestCell(options: SubjectCellOptions): Inline {
  return options.subject.digest === '' ? '—' : shortDigest(options.subject.digest)
}

const KINDS: Record<string, string> = {
  notation: 'Notary Project signature',
  'sigstore-bundle': 'Sigstore bundle',
  'cosign-signature': 'cosign signature',
  'cosign-attestation': 'cosign attestation',
  'dsse-envelope': 'DSSE envelope',
  unreadable: 'unreadable',
  sbom: 'SBOM',
  other: 'other artifact'
}

/**
 * What a signature is: `Sigstore bundle`, for an attestation its predicate type, short, and for
 * an SBOM (attestation, referrer or file) what it holds: `SBOM spdx-json SPDX-2.3, 12 packages`.
 */
export function signatureKind(options: SignatureCellOptions): Inline {
  const { signature } = options
  const kind = KINDS[signature.kind] ?? signature.kind
  const sbom = sbomNote(options)
  const type = signature.predicateType
  if (type === undefined || signature.category === 'signature') {
    return sbom === undefined ? kind : [kind, sbom]
  }
  const short = type.replace(/^https?:\/\//u, '')
  return [
    kind,
    signature.category === 'attestation' && signature.kind === 'sigstore-bundle'
      ? ' attestation '
      : ' ',
    { code: short, title: type },
    ...(sbom === undefined ? [] : [sbom])
  ]
}

/** `(spdx-json SPDX-2.3, 12 packages)` after the kind, or why the SBOM is unreadable. */
function sbomNote(options: SignatureCellOptions): string | undefined {
  const { sbom } = options.signature
  if (sbom === undefined) return undefined
  if (sbom.problem !== undefined) return ` (${sbom.format}, unreadable)`
  const packages = sbom.packages === 1 ? '1 package' : `${sbom.packages ?? 0} packages`
  return ` (${sbom.format} ${sbom.specVersion ?? ''}, ${packages})`
}

const FOUND_VIA: Record<string, string> = {
  'referrers-api': 'referrer',
  'tag-schema': 'referrers tag',
  'oci-layout': 'layout',
  'cosign-sig-tag': '.sig tag',
  'cosign-att-tag': '.att tag'
}

/** Where it was found: `referrer sha256:…`, `.sig tag layer sha256:…`, `app.sigstore.json`. */
export function foundAt(options: SignatureCellOptions): Inline {
  const { signature } = options
  if (signature.via === 'file') {
    const [, path = signature.location, line] = /^(.*) line (\d+)$/u.exec(signature.location) ?? []
    return [
      { code: basename(path), title: signature.location },
      line === undefined ? '' : ` line ${line}`
    ]
  }
  const via = FOUND_VIA[signature.via] ?? signature.via
  const [manifest = '', layer] = signature.location.split(' layer ')
  return layer === undefined
    ? [via, ' ', shortDigest(manifest)]
    : [via, ' layer ', shortDigest(layer)]
}

/**
 * Who signed, in pieces a narrow column can wrap between: a GitHub workflow identity as its
 * repository and `release.yml@ref` on two lines, a certificate subject with a space after each
 * comma, anything else whole; the whole identity and its issuer as the title. A dash when the
 * signature names no one it proved.
 */
export function signedBy(options: SignatureCellOptions): Inline {
  const { identity, issuer } = options.signature
  if (identity === undefined) return '—'
  const title = issuer === undefined ? identity : `${identity} (issuer ${issuer})`
  const workflow = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/\.github\/workflows\/(.+)$/u.exec(
    identity
  )
  if (workflow !== null) {
    return [{ code: `${workflow[1]}/`, title }, { br: true }, { code: workflow[2] ?? '', title }]
  }
  const subject = /^[A-Za-z.0-9]+=/u.test(identity) && options.signature.kind === 'notation'
  return { code: subject ? identity.replace(/,(?=[A-Za-z.0-9]+=)/gu, ', ') : identity, title }
}

/** The verdict: ✅ and the policy's signers it verified for, ❌ failed, ➖ not checked. */
export function verdictCell(options: SignatureCellOptions): Inline {
  const { signature } = options
  const warned = signature.warnings.length > 0 ? ' ⚠️' : ''
  switch (signature.verdict) {
    case 'verified':
      return `✅ ${signature.signers.join(', ')}${warned}`
    case 'failed':
      return `❌ failed${warned}`
    case 'unverified':
      return `➖ not checked${warned}`
    case 'ignored':
      return '➖ not a signature'
    case 'unsigned':
      return '➖ not signed'
  }
}

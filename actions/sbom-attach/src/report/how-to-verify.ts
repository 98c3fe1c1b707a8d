import { JobSummary, shellCommand } from '@sign/action-kit'
import type { SigstoreInstance } from '@sign/sigstore'
import { isPublicGood, type SignerClaims } from '@sign/subjects/keyless'
import { SBOM_MEDIA_TYPES } from '@sign/sbom'
import { COSIGN_TYPES } from '../sbom-kinds.ts'
import type { SbomRecord } from './sbom-record.ts'

/** What a verifier of a self-hosted instance passes: its trusted root. */
const TRUSTED_ROOT = 'trusted_root.json'
/** Commands of each kind shown; the rest are the same with another subject. */
const SHOWN = 3

/**
 * How to check these SBOMs, filled in: `oras discover` lists an image's SBOM referrers, and
 * cosign checks the attestations (`verify-attestation` on images, `verify-blob-attestation` on
 * files), naming the certificate's exact identity and issuer — and the trusted root, for an
 * instance other than public-good.
 */
export function howToVerify(options: {
  records: SbomRecord[]
  claims: SignerClaims | undefined
  instance: SigstoreInstance | undefined
}): JobSummary {
  const { records, claims } = options
  const images = records.filter(record => record.kind === 'image')
  const summary = new JobSummary()
  if (images.length > 0) {
    summary.line('The SBOM referrers of an image, with oras:').code({
      language: 'sh',
      text: images
        .slice(0, SHOWN)
        .map(record =>
          shellCommand({
            lines: [
              ['oras', 'discover'],
              ['--artifact-type', SBOM_MEDIA_TYPES[record.format]],
              [record.subject]
            ]
          })
        )
        .join('\n\n')
    })
  }
  const attested = records.filter(record => record.attestation !== undefined)
  if (claims === undefined || claims.identity === '' || attested.length === 0) return summary
  const ownRoot = options.instance !== undefined && !isPublicGood({ instance: options.instance })
  const signer = [
    ['--certificate-identity', claims.identity],
    ...(claims.issuer === undefined ? [] : [['--certificate-oidc-issuer', claims.issuer]]),
    ...(ownRoot ? [['--trusted-root', TRUSTED_ROOT]] : [])
  ]
  const commands = attested.slice(0, SHOWN).map(record =>
    record.kind === 'image'
      ? shellCommand({
          lines: [
            ['cosign', 'verify-attestation'],
            ['--type', COSIGN_TYPES[record.format]],
            ...signer,
            [record.subject]
          ]
        })
      : shellCommand({
          lines: [
            ['cosign', 'verify-blob-attestation'],
            ['--bundle', record.attestation ?? ''],
            ['--type', COSIGN_TYPES[record.format]],
            ...signer,
            [record.subject]
          ]
        })
  )
  summary.line('The signed SBOM attestations, with cosign:').code({
    language: 'sh',
    text: [
      ...commands,
      ...(attested.length > SHOWN ? ['# … and the same for the other SBOMs'] : [])
    ].join('\n\n')
  })
  if (ownRoot) {
    summary.line([
      { code: TRUSTED_ROOT },
      ' is the trusted root of the Sigstore instance these were signed with; public-good ' +
        'attestations need none.'
    ])
  }
  return summary
}

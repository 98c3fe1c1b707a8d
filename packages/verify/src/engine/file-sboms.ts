import { createHash } from 'node:crypto'
import { readSbom } from '@sign/sbom'
import { discoverFileSignatures } from '../discover/discover-file-signatures.ts'
import { discoverFileSboms, type FoundFileSbom } from '../discover/discover-file-sboms.ts'
import type { SbomFormat } from '../policy/types.ts'
import type { SignatureReport } from '../report/types.ts'
import type { NotationTarget } from './check-notation.ts'
import { attestedSbom, summarizeSbom } from './sbom-summary.ts'
import { sbomVerdict } from './sbom-verdict.ts'
import { notationReport, sigstoreReport, unreadableReport } from './signature-report.ts'
import type { SignersByKind } from './signers.ts'
import type { TrustMaterial } from './trust.ts'

/** Options of {@link fileSbomReports}. */
export interface FileSbomReportsOptions {
  /** The release file. */
  path: string
  /** Its digest, `sha256:<hex>`. */
  sha256: string
  signers: SignersByKind
  trust: TrustMaterial
}

/**
 * The SBOM files beside a release file (`.spdx.json`, `.cdx.json`, `.sbom.json`), each summarised
 * and checked through its own signatures beside it (`<sbom>.sigstore.json`, `.sigstore`,
 * `.intoto.jsonl`, `.jws.sig`, `.cose.sig`): a signature of the SBOM file's bytes makes it a
 * signed SBOM. A DSSE SBOM attestation found there is about the release file (its subject): it
 * is reported as an attestation of the release file, checked against the file's digest.
 */
export async function fileSbomReports(options: FileSbomReportsOptions): Promise<SignatureReport[]> {
  const reports: SignatureReport[] = []
  for (const item of await discoverFileSboms({ path: options.path })) {
    reports.push(...(await fileSbomReport({ ...options, item })))
  }
  return reports
}

async function fileSbomReport(
  options: FileSbomReportsOptions & { item: FoundFileSbom }
): Promise<SignatureReport[]> {
  const { item, signers, trust } = options
  const found = { kind: 'sbom', location: item.path, via: 'file' }
  const format = item.format ?? formatOf(item.document)
  if (item.document === undefined) {
    return [
      unreadableReport({ found, claimed: 'sbom', reason: item.problem ?? '', sbomFormat: format })
    ]
  }
  const document = item.document
  const sbom = summarizeSbom({ bytes: document, format })
  const digests = new Map<string, string>()
  const digestOf = (algorithm: 'sha256' | 'sha384' | 'sha512'): string => {
    let digest = digests.get(algorithm)
    if (digest === undefined) {
      digest = `${algorithm}:${createHash(algorithm).update(document).digest('hex')}`
      digests.set(algorithm, digest)
    }
    return digest
  }
  const target: NotationTarget = {
    kind: 'blob',
    size: document.byteLength,
    digest: algorithm => Promise.resolve(digestOf(algorithm))
  }
  const own: SignatureReport[] = []
  const attestations: SignatureReport[] = []
  for (const signature of await discoverFileSignatures({ path: item.path })) {
    const location =
      signature.line === undefined ? signature.path : `${signature.path} line ${signature.line}`
    const at = { kind: signature.kind, location, via: 'file' }
    if (signature.kind === 'sigstore-bundle') {
      const attested = attestedSbom({ bundle: signature.bundle })
      if (attested !== undefined) {
        attestations.push(
          sigstoreReport({
            found: at,
            bundle: signature.bundle,
            artifact: { digest: options.sha256 },
            signers,
            trust
          })
        )
      } else {
        own.push(
          sigstoreReport({
            found: at,
            bundle: signature.bundle,
            artifact: { digest: digestOf('sha256') },
            signers,
            trust
          })
        )
      }
    } else if (signature.kind === 'notation') {
      own.push(
        await notationReport({
          found: at,
          envelope: signature.envelope,
          envelopeMediaType: signature.envelopeMediaType,
          target,
          signers,
          trust
        })
      )
    } else {
      own.push(
        unreadableReport({
          found: at,
          claimed: signature.kind === 'unreadable' ? signature.claimed : signature.kind,
          reason:
            signature.kind === 'unreadable'
              ? signature.reason
              : 'a bare DSSE envelope cannot be verified offline'
        })
      )
    }
  }
  const lookedIn = 'its .sigstore.json, .sigstore, .intoto.jsonl, .jws.sig and .cose.sig'
  return [sbomVerdict({ found: { ...found, sbom }, signatures: own, lookedIn }), ...attestations]
}

/** A `.sbom.json` file's format, as its content says (SPDX JSON when it cannot be read). */
function formatOf(document: Buffer | undefined): SbomFormat {
  if (document === undefined) return 'spdx-json'
  try {
    return readSbom({ bytes: document }).format
  } catch {
    return 'spdx-json'
  }
}

import type { Logger } from '@sign/action-kit'
import { registryStore, writeBytesAtomic, type RegistryClient } from '@sign/oci'
import { plainOrQuoted } from '@sign/safe-text'
import { attachBundleToImage, type SignedBundle } from '@sign/sigstore'
import { mapBounded } from '@sign/subjects'
import type { AttestedSboms } from '../attest/sign-sboms.ts'
import type { Naming } from '../inputs.ts'
import type { SbomRecord } from '../report/sbom-record.ts'
import { attachSbom, SBOM_PREDICATE_TYPES } from '@sign/sbom'
import { attestationSuffix, sbomSuffix } from '../sbom-kinds.ts'

/** Where SBOMs go. */
export interface StoreOptions {
  client: RegistryClient
  naming: Naming
  /** The referrers' `org.opencontainers.image.created`. */
  created: Date
}

/**
 * Stores every SBOM — beside its file (and its attestation bundle), or attached to its platform
 * manifest as a referrer (and its attestation as a cosign v3 bundle referrer) — and logs each as
 * it is stored, so a failure part-way leaves the list of what was.
 */
export async function storeSboms(
  options: StoreOptions & { attested: AttestedSboms[]; logger: Logger }
): Promise<SbomRecord[]> {
  // Subjects in parallel, but one referrer at a time per subject: a registry that updates a
  // subject's referrers list by read-modify-write (olareg v0.1.2's referrerAdd) loses entries
  // pushed concurrently for the same subject.
  const stored = await mapBounded({
    items: options.attested,
    work: async subject => {
      const records: SbomRecord[] = []
      for (const item of subject.attested) {
        const record =
          subject.kind === 'file'
            ? await storeFile({ ...options, ...item, subject })
            : await storeImage({ ...options, ...item, subject })
        options.logger.info(storedLine(record))
        records.push(record)
      }
      return records
    }
  })
  return stored.flat()
}

type Item<K extends AttestedSboms['kind']> = {
  subject: Extract<AttestedSboms, { kind: K }>
  document: AttestedSboms['attested'][number]['document']
  signed: SignedBundle | undefined
}

async function storeFile(options: StoreOptions & Item<'file'>): Promise<SbomRecord> {
  const { subject, document, signed } = options
  const base = subject.target.signatureBase
  const suffixes = { format: document.format, naming: options.naming }
  await writeBytesAtomic({ path: `${base.path}${sbomSuffix(suffixes)}`, bytes: document.json })
  if (signed !== undefined) {
    await writeBytesAtomic({
      path: `${base.path}${attestationSuffix(suffixes)}`,
      bytes: JSON.stringify(signed.bundle)
    })
  }
  return {
    subject: subject.target.name,
    digest: `sha256:${subject.sha256}`,
    kind: 'file',
    format: document.format,
    path: `${base.name}${sbomSuffix(suffixes)}`,
    packages: document.packages,
    ...(signed && { attestation: `${base.name}${attestationSuffix(suffixes)}` }),
    ...rekorField(signed)
  }
}

async function storeImage(options: StoreOptions & Item<'image'>): Promise<SbomRecord> {
  const { subject, document, signed } = options
  const store = registryStore({ client: options.client, repo: subject.image.repo })
  const referrer = await attachSbom({
    store,
    subject: subject.image.descriptor,
    format: document.format,
    document: Buffer.from(document.json),
    created: options.created
  })
  const attestation =
    signed === undefined
      ? undefined
      : await attachBundleToImage({
          store,
          subject: subject.image.descriptor,
          signed,
          predicateType: SBOM_PREDICATE_TYPES[document.format],
          created: options.created
        })
  return {
    subject: subject.image.name,
    digest: subject.image.descriptor.digest,
    kind: 'image',
    ...(subject.platform !== undefined && { platform: subject.platform }),
    format: document.format,
    referrer: referrer.descriptor.digest,
    packages: document.packages,
    ...(attestation && { attestation: attestation.digest }),
    ...rekorField(signed)
  }
}

function rekorField(signed: SignedBundle | undefined): Pick<SbomRecord, 'rekorLogIndex'> {
  const entry = signed?.tlogEntry
  return entry ? { rekorLogIndex: Number(entry.logIndex) } : {}
}

/** `Stored the spdx-json SBOM of <subject>: <where>` (names quoted unless plain). */
function storedLine(record: SbomRecord): string {
  const where =
    record.kind === 'image'
      ? [
          `referrer ${record.referrer ?? '?'}`,
          ...(record.attestation ? [`attestation ${record.attestation}`] : [])
        ]
      : [record.path ?? '?', ...(record.attestation ? [record.attestation] : [])].map(plainOrQuoted)
  return `Stored the ${record.format} SBOM of ${plainOrQuoted(record.subject)}: ${where.join(', ')}`
}

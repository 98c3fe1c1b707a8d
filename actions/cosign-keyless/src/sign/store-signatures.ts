import { dirname } from 'node:path'
import type { Logger } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import { registryStore, repositoryName, type RegistryClient } from '@sign/oci'
import {
  attachBundleToImage,
  writeFileSignatures,
  writeLegacySignature,
  type BundleSigner,
  type SignedBundle
} from '@sign/sigstore'
import { mapBounded } from '@sign/subjects'
import type { SignatureRecord } from '../report/signature-record.ts'
import type { FileSubject, ImageSubject } from '../subjects/subjects.ts'
import type { SignedSubject } from './sign-subjects.ts'

/** How signatures are stored besides the v3 defaults. */
export interface StoreOptions {
  client: RegistryClient
  /** Signs the legacy `.sig` payloads (legacy-tag-format). */
  signer: BundleSigner
  legacyTagFormat: boolean
  legacyOutputs: boolean
}

/**
 * Stores every signature as cosign v3 does — an image's bundle as a referrer (by digest), a
 * file's as `<file>.sigstore.json` (beside it, or in output-directory) — plus the legacy forms
 * asked for; logs each as it is stored (so a failure part-way leaves the list of what was) and
 * returns what went where.
 */
export async function storeSignatures(
  options: StoreOptions & { signed: SignedSubject[]; logger: Logger }
): Promise<SignatureRecord[]> {
  return mapBounded({
    items: options.signed,
    work: async item => {
      const record =
        'predicateType' in item
          ? await storeImage({ ...options, ...item })
          : await storeFile({ ...options, ...item })
      options.logger.info(storedLine(record))
      return record
    }
  })
}

/** `Stored the signature of <subject>: referrer sha256:…` or `: <bundle>` (names quoted unless plain). */
function storedLine(record: SignatureRecord): string {
  const where =
    record.kind === 'image'
      ? [`referrer ${record.referrer ?? '?'}`, ...(record.legacy ?? []).map(tag => `tag ${tag}`)]
      : [record.bundle ?? '?', ...(record.legacy ?? [])].map(plainOrQuoted)
  return `Stored the signature of ${plainOrQuoted(record.subject)}: ${where.join(', ')}`
}

async function storeImage(
  options: StoreOptions & { subject: ImageSubject; signed: SignedBundle; predicateType: string }
): Promise<SignatureRecord> {
  const { client, subject, signed } = options
  const referrer = await attachBundleToImage({
    store: registryStore({ client, repo: subject.repo }),
    subject: subject.descriptor,
    signed,
    predicateType: options.predicateType
  })
  const legacy = options.legacyTagFormat
    ? await writeLegacySignature({
        client,
        repo: subject.repo,
        subject: subject.descriptor,
        signer: options.signer,
        dockerReference: repositoryName(subject.repo)
      })
    : undefined
  return {
    ...subjectFields(subject),
    referrer: referrer.digest,
    ...(legacy && { legacy: [`${repositoryName(subject.repo)}:${legacy.tag}`] }),
    ...rekorFields(signed)
  }
}

async function storeFile(
  options: StoreOptions & { subject: FileSubject; signed: SignedBundle }
): Promise<SignatureRecord> {
  const { subject, signed } = options
  const base = subject.signatureBase
  const paths = await writeFileSignatures({
    file: subject.path,
    // Beside the file, or in output-directory: wherever validation placed the signatures.
    ...(base.path !== subject.path && { directory: dirname(base.path) }),
    signed,
    legacyOutputs: options.legacyOutputs
  })
  // Reported like the subject: relative to the workspace when inside it.
  const named = (path: string) => `${base.name}${path.slice(base.path.length)}`
  const legacy = [paths.signature, paths.certificate].filter(path => path !== undefined)
  return {
    ...subjectFields(subject),
    bundle: named(paths.bundle),
    ...(legacy.length > 0 && { legacy: legacy.map(named) }),
    ...rekorFields(signed)
  }
}

function subjectFields(
  subject: ImageSubject | FileSubject
): Pick<SignatureRecord, 'subject' | 'digest' | 'kind'> {
  const digest =
    subject.kind === 'image'
      ? subject.descriptor.digest
      : `sha256:${subject.sha256.toString('hex')}`
  return { subject: subject.name, digest, kind: subject.kind }
}

function rekorFields(
  signed: SignedBundle
): Pick<SignatureRecord, 'rekorLogIndex' | 'rekorEntryUrl'> {
  const entry = signed.tlogEntry
  return {
    ...(entry && { rekorLogIndex: Number(entry.logIndex) }),
    ...(entry?.entryUrl !== undefined && { rekorEntryUrl: entry.entryUrl })
  }
}

import type { Logger } from '@sign/action-kit'
import { repositoryName } from '@sign/oci'
import type { BundleSigner, SignedBundle } from '@sign/sigstore'
import { mapBounded } from '@sign/subjects'
import type { FileSboms } from '../generate/file-sboms.ts'
import type { ImageSboms } from '../generate/image-sboms.ts'
import type { SbomDocument } from '../generate/sbom-document.ts'
import { checkAttestedSize } from './limits.ts'
import { sbomStatement } from './statement.ts'
import { quote } from '@sign/safe-text'
import { basename } from 'node:path'

/** A subject's SBOMs, each with its attestation when the step attests. */
export type AttestedSboms = (FileSboms | ImageSboms) & {
  attested: { document: SbomDocument; signed: SignedBundle | undefined }[]
}

/**
 * Signs every SBOM as an in-toto attestation about its subject, in memory, with the step's one
 * certificate — none before every SBOM is known to fit an attestation (16 MiB) — — or passes them on unsigned without a signer — so a Sigstore failure leaves
 * nothing written or pushed.
 */
export async function signSboms(options: {
  signer: BundleSigner | undefined
  described: (FileSboms | ImageSboms)[]
  logger: Logger
}): Promise<AttestedSboms[]> {
  const { signer } = options
  const pairs = options.described.flatMap(described =>
    described.documents.map(document => ({ described, document }))
  )
  if (signer !== undefined) {
    for (const { described, document } of pairs) {
      checkAttestedSize({
        what: `The ${document.format} SBOM of ${quote(subjectName(described))}`,
        bytes: Buffer.byteLength(document.json),
        unsigned: 'attest: false'
      })
    }
  }
  const signed = await mapBounded({
    items: pairs,
    work: async ({ described, document }) =>
      signer === undefined
        ? undefined
        : signer.signStatement(sbomStatement({ subject: statementSubject(described), document }))
  })
  if (signer !== undefined) {
    const certificates = new Set(signed.map(item => item?.certificatePem)).size
    const { rekor, tsa } = signer.stats()
    options.logger.info(
      `${signed.length} SBOM attestation(s) signed with ${certificates} certificate(s); ` +
        `${rekor} Rekor and ${tsa} TSA requests`
    )
  }
  return options.described.map(described => ({
    ...described,
    attested: pairs.flatMap((pair, index) =>
      pair.described === described ? [{ document: pair.document, signed: signed[index] }] : []
    )
  }))
}

/** How the log names a subject. */
function subjectName(described: FileSboms | ImageSboms): string {
  return described.kind === 'file' ? described.target.name : described.image.name
}

/** The statement's subject: the file's name and digest, or the image's repository and digest. */
function statementSubject(described: FileSboms | ImageSboms): { name: string; sha256: string } {
  if (described.kind === 'file') {
    return { name: basename(described.target.path), sha256: described.sha256 }
  }
  return {
    name: repositoryName(described.image.repo),
    sha256: described.image.descriptor.digest.replace(/^sha256:/, '')
  }
}

import type { Logger } from '@sign/action-kit'
import { repositoryName } from '@sign/oci'
import type { BundleSigner, SignedBundle } from '@sign/sigstore'
import { mapBounded } from '@sign/subjects'
import type { FileSboms } from '../generate/file-sboms.ts'
import type { ImageSboms } from '../generate/image-sboms.ts'
import type { SbomDocument } from '../generate/sbom-document.ts'
import { sbomStatement } from './statement.ts'
import { basename } from 'node:path'

/** A subject's SBOMs, each with its attestation when the step attests. */
export type AttestedSboms = (FileSboms | ImageSboms) & {
  attested: { document: SbomDocument; signed: SignedBundle | undefined }[]
}

/**
 * Signs every SBOM as an in-toto attestation about its subject, in memory, with the step's one
 * certificate — or passes them on unsigned without a signer — so a Sigstore failure leaves
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

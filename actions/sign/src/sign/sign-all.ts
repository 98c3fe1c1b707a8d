// Everything the pipeline signs, in memory, with the one signer: keyless signatures of the
// subjects, SBOM attestations, and provenance — nothing is written or pushed here.
import type { Logger } from '@sign/action-kit'
import type { RegistryClient } from '@sign/oci'
import type { WorkflowClaims } from '@sign/provenance'
import type { BundleSigner } from '@sign/sigstore'
import type { ImageSubject } from '@sign/subjects'
import { signSubjects, type SignedSubject } from '../../../cosign-keyless/src/sign/sign-subjects.ts'
import type { FileSubject } from '../../../cosign-keyless/src/subjects/subjects.ts'
import { signSboms, type AttestedSboms } from '../../../sbom-attach/src/attest/sign-sboms.ts'
import { fileSboms } from '../../../sbom-attach/src/generate/file-sboms.ts'
import { imageSboms, platformImages } from '../../../sbom-attach/src/generate/image-sboms.ts'
import type { SbomFormatName } from '../../../sbom-attach/src/inputs.ts'
import { buildStatements } from '../../../slsa-provenance/src/build/statements.ts'
import type { ProvenanceFormat } from '../../../slsa-provenance/src/inputs.ts'
import {
  signStatements,
  type SignedStatement
} from '../../../slsa-provenance/src/sign/sign-statements.ts'
import { imageSubjectOf } from '../../../slsa-provenance/src/subjects/collect.ts'
import { basename } from 'node:path'

/** Everything signed, by part. */
export interface SignedAll {
  signatures: SignedSubject[]
  sboms: AttestedSboms[]
  /** The files' provenance statements (one per format). */
  fileProvenance: SignedStatement[]
  /** Each image's provenance statements. */
  imageProvenance: { image: ImageSubject; statements: SignedStatement[] }[]
}

/**
 * Signs each part that is on, with `signer`'s one certificate: keyless signatures of the images
 * and files, the SBOMs of the files and of each platform manifest (generated, then attested),
 * and the provenance of the files (one statement) and of each image.
 */
export async function signAll(options: {
  signer: BundleSigner
  client: RegistryClient
  /** The images as given (resolved), and every platform manifest of theirs. */
  images: ImageSubject[]
  resolved: ImageSubject[]
  files: FileSubject[]
  parts: {
    signatures: boolean
    sbomFormats: SbomFormatName[]
    provenanceFormats: ProvenanceFormat[]
  }
  claims: WorkflowClaims | undefined
  logger: Logger
}): Promise<SignedAll> {
  const { signer, parts, logger } = options
  const signatures = parts.signatures
    ? await signSubjects({ signer, subjects: [...options.images, ...options.files], logger })
    : []
  let sboms: AttestedSboms[] = []
  if (parts.sbomFormats.length > 0) {
    const described = [
      ...(await fileSboms({
        targets: options.files,
        formats: parts.sbomFormats,
        // Hashed once already (and checked against a checksums file then).
        sha256: new Map(options.files.map(file => [file.path, file.sha256.toString('hex')])),
        logger
      })),
      ...(await imageSboms({
        client: options.client,
        images: platformImages(options.resolved),
        formats: parts.sbomFormats,
        logger
      }))
    ]
    sboms = await signSboms({ signer, described, logger })
  }
  const claims = options.claims
  if (parts.provenanceFormats.length === 0 || claims === undefined) {
    return { signatures, sboms, fileProvenance: [], imageProvenance: [] }
  }
  const fileStatements =
    options.files.length === 0
      ? []
      : await buildStatements({
          claims,
          subjects: options.files.map(file => ({
            name: basename(file.path),
            digest: { sha256: file.sha256.toString('hex') }
          })),
          formats: parts.provenanceFormats
        })
  const imageStatements = await Promise.all(
    options.images.map(async image => ({
      image,
      statements: await buildStatements({
        claims,
        subjects: [imageSubjectOf(image)],
        formats: parts.provenanceFormats
      })
    }))
  )
  const signed = await signStatements({
    signer,
    statements: [...fileStatements, ...imageStatements.flatMap(item => item.statements)],
    logger
  })
  let next = fileStatements.length
  return {
    signatures,
    sboms,
    fileProvenance: signed.slice(0, fileStatements.length),
    imageProvenance: imageStatements.map(item => {
      const statements = signed.slice(next, next + item.statements.length)
      next += item.statements.length
      return { image: item.image, statements }
    })
  }
}

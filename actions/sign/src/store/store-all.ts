// Everything signed, stored: signatures, then SBOMs, then provenance — one part after another,
// so one image's referrers are pushed one at a time (a registry that updates a subject's
// referrers list by read-modify-write loses concurrent pushes).
import { join, resolve } from 'node:path'
import type { Logger } from '@sign/action-kit'
import type { RegistryClient } from '@sign/oci'
import type { BundleSigner } from '@sign/sigstore'
import { storeSignatures } from '../../../cosign-keyless/src/sign/store-signatures.ts'
import type { SignatureRecord } from '../../../cosign-keyless/src/report/signature-record.ts'
import type { SbomRecord } from '../../../sbom-attach/src/report/sbom-record.ts'
import { storeSboms } from '../../../sbom-attach/src/store/store-sboms.ts'
import type { ProvenanceRecord } from '../../../slsa-provenance/src/report/provenance-record.ts'
import { provenanceRecords } from '../../../slsa-provenance/src/report/provenance-records.ts'
import { pushImageProvenance } from '../../../slsa-provenance/src/store/push-images.ts'
import { writeProvenanceFiles } from '../../../slsa-provenance/src/store/write-files.ts'
import { defaultProvenanceFile } from '../../../slsa-provenance/src/validate/provenance-file.ts'
import type { FileSubject } from '../../../cosign-keyless/src/subjects/subjects.ts'
import type { SignedAll } from '../sign/sign-all.ts'

/** What was stored, by part, as the separate actions' outputs list it. */
export interface StoredAll {
  signatures: SignatureRecord[]
  sboms: SbomRecord[]
  provenance: ProvenanceRecord[]
  /** The files' provenance file (absolute), when one was written. */
  provenanceFile: string | undefined
}

/**
 * Stores each part: keyless signatures (`<file>.sigstore.json`, cosign v3 bundle referrers),
 * SBOMs (`<file>.spdx.json` and its attestation, SBOM referrers), provenance (the files'
 * `<name>.intoto.jsonl` in their directory, each image's bundle referrer).
 */
export async function storeAll(options: {
  client: RegistryClient
  signer: BundleSigner
  files: FileSubject[]
  signed: SignedAll
  logger: Logger
}): Promise<StoredAll> {
  const { client, signed, logger } = options
  const signatures = await storeSignatures({
    client,
    signer: options.signer,
    legacyTagFormat: false,
    legacyOutputs: false,
    signed: signed.signatures,
    logger
  })
  const sboms = await storeSboms({
    client,
    naming: 'sign',
    created: new Date(),
    attested: signed.sboms,
    logger
  })
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd())
  const provenanceFile =
    signed.fileProvenance.length === 0
      ? undefined
      : provenancePath({ files: options.files, workspace })
  const written =
    provenanceFile === undefined
      ? undefined
      : await writeProvenanceFiles({
          output: { jsonl: provenanceFile, bundle: undefined },
          signed: signed.fileProvenance,
          logger
        })
  const pushed = await pushImageProvenance({
    client,
    images: signed.imageProvenance,
    push: true,
    logger
  })
  const provenance = provenanceRecords({ files: signed.fileProvenance, written, pushed })
  return { signatures, sboms, provenance, provenanceFile }
}

/** Where the files' provenance goes: slsa-provenance's default name and directory. */
function provenancePath(options: { files: FileSubject[]; workspace: string }): string {
  const paths = options.files.map(file => file.path)
  const { name, directory } = defaultProvenanceFile({
    subjectNames: paths,
    filePaths: paths,
    workspace: options.workspace
  })
  return join(directory, name)
}

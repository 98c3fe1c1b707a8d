import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import {
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness
} from '@sigstore/sign'
import { VerificationError, Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { actionsIdToken } from '../environment.ts'
import type { DemoStep } from '../step.ts'

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

export const keylessBlob: DemoStep = {
  title: 'sign a release file keyless with the workflow identity, and verify it',
  async run({ oidc, sigstore, workspace }) {
    const file = join(workspace, 'hello.txt')
    const data = Buffer.from('hello from the sign demo\n')
    await writeFile(file, data)
    const identityProvider = { getToken: () => actionsIdToken(oidc, 'sigstore') }
    const builder = new MessageSignatureBundleBuilder({
      signer: new FulcioSigner({ fulcioBaseURL: sigstore.fulcioUrl, identityProvider }),
      witnesses: [
        new RekorWitness({ rekorBaseURL: sigstore.rekorUrl, fetchOnConflict: true }),
        new TSAWitness({ tsaBaseURL: sigstore.tsaUrl })
      ]
    })
    const bundle = await builder.create({ data })
    await writeFile(`${file}.sigstore.json`, JSON.stringify(bundleToJSON(bundle)))

    const { repository, workflowPath, ref } = oidc.workflow
    const identity = `https://github.com/${repository}/${workflowPath}@${ref}`
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot)))
    const policy = {
      subjectAlternativeName: new RegExp(`^${escape(identity)}$`),
      extensions: { issuer: oidc.issuer }
    }
    const signer = verifier.verify(
      toSignedEntity(bundleFromJSON(bundleToJSON(bundle)), data),
      policy
    )
    let tamperedRejected = false
    try {
      verifier.verify(toSignedEntity(bundle, Buffer.from('tampered\n')), policy)
    } catch (error) {
      tamperedRejected = error instanceof VerificationError
    }
    if (!tamperedRejected) throw new Error('a tampered file was not rejected')
    return [
      `signed ${file} → hello.txt.sigstore.json (Fulcio certificate, Rekor entry, RFC 3161 timestamp)`,
      `verified: identity ${signer.identity?.subjectAlternativeName ?? '?'}, issuer ${oidc.issuer}`,
      'a tampered copy of the file is rejected'
    ]
  }
}

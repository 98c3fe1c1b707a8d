import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import {
  createRegistryClient,
  fetchBlob,
  fetchManifest,
  parseReference,
  staticCredentials,
  type ImageManifest
} from '@sign/oci'
import { parseEnvelope, verifyEnvelopeIntegrity } from '@sign/notation'
import { bundleEntry, executeAction, selfSignedCodeSigningChain } from '@sign/testenv'
import { DEMO_CLIENT_ID } from '../environment.ts'
import type { DemoStep } from '../step.ts'

const root = resolve(import.meta.dirname, '../..')

interface SignatureRecord {
  subject: string
  digest: string
  kind: 'image' | 'file'
  format: string
  referrer?: string
  signature?: string
}

export const notationSignAkv: DemoStep = {
  title: 'notation-sign-akv: Notary Project signatures with a key in Azure Key Vault',
  async run({ oidc, entra, vault, registry, workspace }, state) {
    if (!state.image) throw new Error('the sample image step did not run')
    const chain = await selfSignedCodeSigningChain({ spec: { kind: 'rsa', bits: 3072 } })
    const key = await vault.addKey({ name: 'release-signer', certificateChain: chain })
    state.notationCertificate = chain.map(certificate => certificate.pem).join('')
    state.notationKeyId = key.keyId
    await writeFile(join(workspace, 'app-darwin-arm64'), 'another release binary\n')

    const result = await executeAction({
      entry: bundleEntry('notation-sign-akv'),
      actionYml: join(root, 'actions/notation-sign-akv/action.yml'),
      workspace,
      idToken: oidc.actionsEnv(),
      inputs: {
        'key-id': key.keyId,
        'client-id': DEMO_CLIENT_ID,
        'tenant-id': entra.tenantId,
        'authority-host': entra.url,
        'signature-format': 'cose',
        images: state.image,
        files: 'app-darwin-arm64',
        'registry-username': registry.credentials.username,
        'registry-password': registry.credentials.password,
        'github-token': ''
      }
    })
    if (result.exitCode !== 0) {
      throw new Error(
        `notation-sign-akv failed: ${result.annotations.map(a => a.message).join('; ')}`
      )
    }
    const records = JSON.parse(result.outputs['signatures'] ?? '[]') as SignatureRecord[]

    const file = records.find(r => r.kind === 'file')
    const fileEnvelope = parseEnvelope(
      await readFile(join(workspace, 'app-darwin-arm64.cose.sig')),
      'application/cose'
    )
    verifyEnvelopeIntegrity(fileEnvelope)

    const image = parseReference(state.image)
    const repo = { registry: image.registry, repository: image.repository }
    const client = createRegistryClient({
      credentials: staticCredentials({
        [registry.host]: { kind: 'basic', ...registry.credentials }
      })
    })
    const signed = records.find(r => r.kind === 'image')
    const manifest = await fetchManifest({ client, repo, reference: signed?.referrer ?? '' })
    const layer = (JSON.parse(manifest?.bytes.toString() ?? '{}') as ImageManifest).layers[0]
    const envelope = parseEnvelope(
      await fetchBlob({ client, repo, digest: layer?.digest ?? '' }),
      layer?.mediaType ?? ''
    )
    verifyEnvelopeIntegrity(envelope)
    if (!signed || envelope.payload.digest !== signed.digest) {
      throw new Error('the envelope does not name the signed image')
    }
    return [
      `signed with ${key.keyId} (RSA 3072 → ${envelope.algorithm}) through workload identity federation`,
      `${state.image} → COSE signature manifest ${signed.referrer ?? '?'} (referrer of ${signed.digest})`,
      `app-darwin-arm64 → app-darwin-arm64.cose.sig, payload ${file?.digest ?? '?'}`,
      'both envelopes parse and their signatures verify against the certificate in them'
    ]
  }
}

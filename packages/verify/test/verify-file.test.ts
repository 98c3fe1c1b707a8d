// verifyFile with Notary Project blob signatures beside a release file: a P-384 key signs the
// file's sha384 (not the sha256 every file gets), both envelope formats verify against the blob
// trust policy, and the same signatures beside altered content fail with notation's reason.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  blobDescriptor,
  createEnvelope,
  createRevocationChecker,
  memoryTrustStore,
  parseTrustPolicyDocument,
  pemSigner,
  targetArtifactPayload,
  writeBlobSignature
} from '@sign/notation'
import { generateKeyPair, selfSignedCodeSigningChain } from '@sign/testenv'
import { verifyFile } from '../src/engine/verify-file.ts'
import type { TrustMaterial } from '../src/engine/trust.ts'
import { policyFromText } from '../src/policy/load-policy.ts'

test('notation blob signatures in both formats verify with the hash the key implies', async t => {
  const directory = await mkdtemp(join(tmpdir(), 'sign-verify-file-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const file = join(directory, 'app.tgz')
  await writeFile(file, 'the release file\n')
  const [leaf] = await selfSignedCodeSigningChain({
    key: await generateKeyPair({ kind: 'ec', curve: 'P-384' })
  })
  if (leaf === undefined) throw new Error('no certificate')
  const signer = pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: leaf.pem })
  const descriptor = await blobDescriptor({
    path: file,
    mediaType: 'application/octet-stream',
    algorithm: 'sha384'
  })
  for (const format of ['jws', 'cose'] as const) {
    const payload = targetArtifactPayload({ descriptor })
    const envelope = await createEnvelope({ format, payload, signer })
    await writeBlobSignature({ file, envelope, format })
  }

  const policy = await policyFromText({
    source: 'p',
    baseDir: '/',
    text: 'version: 1\ntrust:\n  notation:\n    trust-policy: unused.json\nsigners:\n  release:\n    notation: true\n'
  })
  const trust: TrustMaterial = {
    notation: {
      blob: parseTrustPolicyDocument({
        kind: 'blob',
        source: 'trustpolicy.blob.json',
        json: {
          version: '1.0',
          trustPolicies: [
            {
              name: 'release-files',
              signatureVerification: { level: 'strict' },
              trustStores: ['ca:release'],
              trustedIdentities: ['*'],
              globalPolicy: true
            }
          ]
        }
      }),
      stores: memoryTrustStore({
        stores: [{ type: 'ca', name: 'release', certificates: [new X509Certificate(leaf.pem)] }]
      }),
      revocation: createRevocationChecker()
    }
  }

  const report = await verifyFile({ path: file, policy, trust })
  assert.equal(report.verified, true, report.reason)
  assert.match(report.digest, /^sha256:[0-9a-f]{64}$/u)
  assert.deepEqual(
    report.signatures.map(s => [s.location.slice(directory.length + 1), s.verdict, s.signers]),
    [
      ['app.tgz.jws.sig', 'verified', ['release']],
      ['app.tgz.cose.sig', 'verified', ['release']]
    ]
  )

  const altered = join(directory, 'altered.tgz')
  await writeFile(altered, 'the release file, altered\n')
  for (const format of ['jws', 'cose']) {
    await copyFile(`${file}.${format}.sig`, `${altered}.${format}.sig`)
  }
  const failed = await verifyFile({ path: altered, policy, trust })
  assert.equal(failed.verified, false)
  assert.deepEqual(
    failed.signatures.map(s => [s.verdict, s.reason]),
    [
      [
        'failed',
        'release: payload validation failed: integrity check failed. signature does not match the given blob'
      ],
      [
        'failed',
        'release: payload validation failed: integrity check failed. signature does not match the given blob'
      ]
    ]
  )
})

// The legacy cosign (v2) image signature: the `sha256-<hex>.sig` tag holding simple-signing
// layers with cosign's annotations, read-modify-written on real registries: distribution 2.8.2 and
// olareg (the legacy tag is a plain tag on both; the referrers API plays no part).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, createPublicKey, verify, X509Certificate } from 'node:crypto'
import {
  OCI_INDEX,
  OCI_MANIFEST,
  fetchBlob,
  fetchManifest,
  putManifest,
  type ImageManifest
} from '@sign/oci'
import { RFC3161Timestamp } from '@sigstore/core'
import { registryKinds } from '@sign/testenv'
import { SigstoreError } from '../src/errors.ts'
import { SIMPLE_SIGNING_MEDIA_TYPE, writeLegacySignature } from '../src/cosign/index.ts'
import { startCosignEnv, startRegistryEnv } from './cosign-env.ts'

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`

interface RekorSetBundle {
  SignedEntryTimestamp: string
  Payload: { body: string; integratedTime: number; logIndex: number; logID: string }
}

for (const kind of registryKinds())
  test(`cosign legacy: the .sig tag holds simple-signing layers that verify, and a second signature appends on ${kind.name}`, async t => {
    // One after the other: a failed start must not leave the other starting unobserved.
    const env = await startCosignEnv(t)
    const registry = await startRegistryEnv(t, kind)
    const { client, repo } = registry
    const image = await registry.pushImage('v1')
    const dockerReference = `${repo.registry}/${repo.repository}`
    const first = await writeLegacySignature({
      client,
      repo,
      subject: image,
      signer: env.signer,
      dockerReference
    })
    const tag = `sha256-${image.digest.slice('sha256:'.length)}.sig`
    assert.equal(first.tag, tag)
    assert.equal(first.layers, 1)

    const stored = await fetchManifest({ client, repo, reference: tag })
    assert.ok(stored, 'the .sig tag exists')
    assert.equal(stored.mediaType, OCI_MANIFEST)
    assert.equal(stored.digest, first.descriptor.digest)
    const manifest = JSON.parse(stored.bytes.toString()) as ImageManifest
    const [layer] = manifest.layers
    assert.ok(layer)
    assert.equal(layer.mediaType, SIMPLE_SIGNING_MEDIA_TYPE)
    assert.deepEqual(Object.keys(layer.annotations ?? {}), [
      'dev.cosignproject.cosign/signature',
      'dev.sigstore.cosign/bundle',
      'dev.sigstore.cosign/certificate',
      'dev.sigstore.cosign/chain'
    ])

    // The payload: sigstore/sigstore's SimpleContainerImage, byte for byte as Go marshals it.
    const payload = await fetchBlob({ client, repo, digest: layer.digest })
    assert.equal(
      payload.toString(),
      `{"critical":{"identity":{"docker-reference":"${dockerReference}"},"image":{"docker-manifest-digest":"${image.digest}"},"type":"cosign container image signature"},"optional":null}`
    )

    // The signature annotation verifies over the payload with the certificate's key.
    const annotations = layer.annotations ?? {}
    assert.match(
      annotations['dev.sigstore.cosign/certificate'] ?? '',
      /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/
    )
    const certificate = new X509Certificate(annotations['dev.sigstore.cosign/certificate'] ?? '')
    assert.equal(certificate.subjectAltName, `URI:${env.san}`)
    const signature = Buffer.from(annotations['dev.cosignproject.cosign/signature'] ?? '', 'base64')
    assert.ok(verify('sha256', payload, certificate.publicKey, signature))
    assert.ok(
      !verify(
        'sha256',
        Buffer.concat([payload, Buffer.from(' ')]),
        certificate.publicKey,
        signature
      )
    )
    assert.equal(annotations['dev.sigstore.cosign/chain'], '')

    // The Rekor bundle: the SET verifies with the log's key over what cosign checks offline.
    const rekor = JSON.parse(annotations['dev.sigstore.cosign/bundle'] ?? '') as RekorSetBundle
    assert.deepEqual(Object.keys(rekor), ['SignedEntryTimestamp', 'Payload'])
    assert.deepEqual(Object.keys(rekor.Payload), ['body', 'integratedTime', 'logIndex', 'logID'])
    const log = env.stack.trustedRoot.tlogs.find(
      tlog => Buffer.from(tlog.logId.keyId, 'base64').toString('hex') === rekor.Payload.logID
    )
    assert.ok(log, 'logID is the hex id of the stack’s Rekor')
    const { body, integratedTime, logID, logIndex } = rekor.Payload
    const canonical = JSON.stringify({ body, integratedTime, logID, logIndex })
    const rekorKey = createPublicKey({
      key: Buffer.from(log.publicKey.rawBytes, 'base64'),
      format: 'der',
      type: 'spki'
    })
    assert.ok(
      verify(
        'sha256',
        Buffer.from(canonical),
        rekorKey,
        Buffer.from(rekor.SignedEntryTimestamp, 'base64')
      )
    )
    const entry = JSON.parse(Buffer.from(body, 'base64').toString()) as {
      kind: string
      spec: { data: { hash: { value: string } }; signature: { content: string } }
    }
    assert.equal(entry.kind, 'hashedrekord')
    assert.equal(`sha256:${entry.spec.data.hash.value}`, sha256(payload))
    assert.equal(entry.spec.signature.content, annotations['dev.cosignproject.cosign/signature'])
    assert.equal(env.verify(first.signed.bundle, payload).identity?.subjectAlternativeName, env.san)

    // The config: go-containerregistry's empty image with the layer's diff_id and a history entry.
    const config = await fetchBlob({ client, repo, digest: manifest.config.digest })
    assert.equal(manifest.config.mediaType, 'application/vnd.oci.image.config.v1+json')
    assert.equal(
      config.toString(),
      `{"architecture":"","created":"0001-01-01T00:00:00Z","history":[{"created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"layers","diff_ids":["${layer.digest}"]},"config":{}}`
    )

    const second = await writeLegacySignature({
      client,
      repo,
      subject: image,
      signer: env.signer,
      dockerReference,
      annotations: { 'tag-of': 'v1', env: '<prod&>' }
    })
    assert.equal(second.layers, 2)
    const again = JSON.parse(
      (await fetchManifest({ client, repo, reference: tag }))?.bytes.toString() ?? ''
    ) as ImageManifest
    assert.deepEqual(again.layers[0], layer, 'the first signature is kept as it was')
    const added = again.layers[1]
    assert.ok(added)
    const secondPayload = await fetchBlob({ client, repo, digest: added.digest })
    assert.match(
      secondPayload.toString(),
      /,"optional":\{"env":"\\u003cprod\\u0026\\u003e","tag-of":"v1"\}\}$/
    )
    const diffIds = JSON.parse(
      (await fetchBlob({ client, repo, digest: again.config.digest })).toString()
    ) as {
      rootfs: { diff_ids: string[] }
      history: unknown[]
    }
    assert.deepEqual(diffIds.rootfs.diff_ids, [layer.digest, added.digest])
    assert.equal(diffIds.history.length, 2)
  })

for (const kind of registryKinds())
  test(`cosign legacy: a tag holding something else is refused before anything is signed on ${kind.name}`, async t => {
    // One after the other: a failed start must not leave the other starting unobserved.
    const env = await startCosignEnv(t)
    const registry = await startRegistryEnv(t, kind)
    const { client, repo } = registry
    const image = await registry.pushImage('v1')
    const tag = `sha256-${image.digest.slice('sha256:'.length)}.sig`
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] })
    )
    await putManifest({ client, repo, reference: tag, bytes: index, mediaType: OCI_INDEX })
    env.stack.requests.reset()

    await assert.rejects(
      writeLegacySignature({
        client,
        repo,
        subject: image,
        signer: env.signer,
        dockerReference: 'x/y'
      }),
      (error: unknown) =>
        error instanceof SigstoreError &&
        error.code === 'STORAGE_FAILED' &&
        error.message.includes(`the tag ${tag} holds a ${OCI_INDEX}, not a cosign signature image`)
    )
    assert.equal(
      env.stack.requests.fulcio + env.stack.requests.rekor,
      0,
      'nothing was signed or logged'
    )
    await assert.rejects(
      writeLegacySignature({
        client,
        repo,
        subject: { ...image, digest: 'sha512:00' },
        signer: env.signer,
        dockerReference: 'x/y'
      }),
      (error: unknown) =>
        error instanceof SigstoreError &&
        error.code === 'INVALID_INPUT' &&
        /sha512:00/.test(error.message)
    )
  })

for (const kind of registryKinds())
  test(`cosign legacy: with a TSA, the layer carries cosign’s RFC 3161 timestamp over the raw signature on ${kind.name}`, async t => {
    // One after the other: a failed start must not leave the other starting unobserved.
    const env = await startCosignEnv(t, { tsa: true })
    const registry = await startRegistryEnv(t, kind)
    const { client, repo } = registry
    const image = await registry.pushImage('v1')
    const written = await writeLegacySignature({
      client,
      repo,
      subject: image,
      signer: env.signer,
      dockerReference: 'r/app'
    })
    const manifest = JSON.parse(
      (await fetchManifest({ client, repo, reference: written.tag }))?.bytes.toString() ?? ''
    ) as ImageManifest
    const annotations = manifest.layers[0]?.annotations ?? {}
    const timestamp = JSON.parse(
      annotations['dev.sigstore.cosign/rfc3161timestamp'] ?? ''
    ) as Record<string, string>
    assert.deepEqual(Object.keys(timestamp), ['SignedRFC3161Timestamp'])
    const der = Buffer.from(timestamp['SignedRFC3161Timestamp'] ?? '', 'base64')
    const [authority] = env.stack.trustedRoot.timestampAuthorities
    const tsaKey = new X509Certificate(
      Buffer.from(authority?.certChain.certificates[0]?.rawBytes ?? '', 'base64')
    ).publicKey
    const signature = Buffer.from(annotations['dev.cosignproject.cosign/signature'] ?? '', 'base64')
    RFC3161Timestamp.parse(der).verify(signature, tsaKey)
    assert.throws(
      () => RFC3161Timestamp.parse(der).verify(Buffer.from('other'), tsaKey),
      /message imprint/i
    )
  })

// Signature storage against real registries — distribution 2.8.2 with Basic auth (no referrers
// API: the tag schema) and olareg (the OCI 1.1 referrers API, no auth) — and the file system: the
// signature manifest's exact shape, where it is indexed, blob signature files and the blob
// descriptor's digest algorithm.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, createHash, randomBytes } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  EMPTY_CONFIG,
  createRegistryClient,
  fetchBlob,
  fetchManifest,
  listReferrers,
  referrersTag,
  registryStore,
  staticCredentials,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type RegistryClient,
  type Repository,
  pushImage as pushImageTo
} from '@sign/oci'
import {
  caIssuedCodeSigningChain,
  sampleImage,
  startReferrersRegistry,
  startRegistry,
  type BasicRegistry,
  type ReferrersRegistry
} from '@sign/testenv'
import { NotationError } from '../src/errors.ts'
import {
  attachSignatureToImage,
  blobDescriptor,
  blobSignaturePath,
  certificateChainPem,
  writeBlobSignature
} from '../src/storage/index.ts'

interface Server {
  name: string
  referrersApi: boolean
  start(): Promise<{ registry: BasicRegistry | ReferrersRegistry; client: RegistryClient }>
}

const SERVERS: Server[] = [
  {
    name: 'distribution 2.8.2 (Basic auth, tag schema)',
    referrersApi: false,
    async start() {
      const registry = await startRegistry({ mode: 'basic' })
      const credentials = staticCredentials({
        [registry.host]: { kind: 'basic', ...registry.credentials }
      })
      return { registry, client: createRegistryClient({ credentials }) }
    }
  },
  {
    name: 'olareg (referrers API)',
    referrersApi: true,
    async start() {
      return { registry: await startReferrersRegistry(), client: createRegistryClient() }
    }
  }
]

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'notation-storage-'))
  after(() => rm(dir, { recursive: true, force: true }))
  return dir
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

for (const server of SERVERS) {
  describe(server.name, () => {
    let registry: BasicRegistry | ReferrersRegistry
    let client: RegistryClient
    before(async () => {
      ;({ registry, client } = await server.start())
    })
    after(() => registry.stop())

    async function pushImage(repo: Repository): Promise<Descriptor> {
      return pushImageTo({ client, repo, reference: 'v1', ...sampleImage() })
    }

    test('a signature manifest has exactly notation’s structure and is listed as a referrer', async () => {
      const repo = { registry: registry.host, repository: 'octo-org/storage' }
      const subject = await pushImage(repo)
      const chain = (await caIssuedCodeSigningChain()).map(cert => cert.der)
      const envelope = {
        bytes: Buffer.from('{"payload":"e30","protected":"e30"}'),
        mediaType: 'application/jose+json'
      }
      const signingTime = new Date('2025-01-21T09:17:46.789Z')
      const referrer = await attachSignatureToImage({
        store: registryStore({ client, repo }),
        subject: { ...subject, annotations: { dropped: 'yes' } },
        envelope,
        certificateChain: chain,
        signingTime
      })

      const fetched = await fetchManifest({ client, repo, reference: referrer.digest })
      assert.ok(fetched)
      assert.equal(`sha256:${sha256(fetched.bytes)}`, referrer.digest)
      const manifest = JSON.parse(fetched.bytes.toString()) as ImageManifest
      assert.deepEqual(manifest, {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: 'application/vnd.cncf.notary.signature',
        config: { ...EMPTY_CONFIG },
        layers: [
          {
            mediaType: 'application/jose+json',
            digest: `sha256:${sha256(envelope.bytes)}`,
            size: envelope.bytes.length
          }
        ],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: {
          'io.cncf.notary.x509chain.thumbprint#S256': `[${chain.map(der => `"${sha256(der)}"`).join(',')}]`,
          'org.opencontainers.image.created': '2025-01-21T09:17:46Z'
        }
      })
      // The empty config and the envelope were pushed as blobs.
      assert.equal(
        (await fetchBlob({ client, repo, digest: EMPTY_CONFIG.digest })).toString(),
        '{}'
      )
      assert.deepEqual(
        await fetchBlob({ client, repo, digest: manifest.layers[0]!.digest }),
        envelope.bytes
      )

      const { referrers, source } = await listReferrers({
        client,
        repo,
        subjectDigest: subject.digest,
        artifactType: 'application/vnd.cncf.notary.signature'
      })
      // Listed by the registry where it has the referrers API, else from the tag schema.
      assert.equal(source, server.referrersApi ? 'api' : 'tag-schema')
      const tagIndex = await fetchManifest({
        client,
        repo,
        reference: referrersTag(subject.digest)
      })
      assert.equal(tagIndex === undefined, server.referrersApi, 'a tag index only without the API')
      assert.deepEqual(
        referrers.map(r => [r.digest, r.artifactType]),
        [[referrer.digest, 'application/vnd.cncf.notary.signature']]
      )
    })

    test('a second signature (COSE, forced tag schema) joins the first in the referrers index', async () => {
      const repo = { registry: registry.host, repository: 'octo-org/storage-two' }
      const subject = await pushImage(repo)
      const chain = (await caIssuedCodeSigningChain()).map(cert => cert.der)
      const store = registryStore({ client, repo })
      const first = await attachSignatureToImage({
        store,
        subject,
        envelope: { bytes: randomBytes(40), mediaType: 'application/jose+json' },
        certificateChain: chain,
        signingTime: new Date()
      })
      const second = await attachSignatureToImage({
        store,
        subject,
        envelope: { bytes: Buffer.from([0xd2, 0x84, 1, 2]), mediaType: 'application/cose' },
        certificateChain: chain,
        signingTime: new Date(),
        forceReferrersTag: true
      })
      const { referrers, source } = await listReferrers({
        client,
        repo,
        subjectDigest: subject.digest
      })
      assert.equal(source, server.referrersApi ? 'api' : 'tag-schema')
      assert.deepEqual(referrers.map(r => r.digest).sort(), [first.digest, second.digest].sort())
      // The forced one is in the tag-schema index in any case; the first only where the
      // registry did not index it itself.
      const tagIndex = await fetchManifest({
        client,
        repo,
        reference: referrersTag(subject.digest)
      })
      assert.deepEqual(
        (JSON.parse(tagIndex!.bytes.toString()) as ImageIndex).manifests.map(d => d.digest).sort(),
        (server.referrersApi ? [second.digest] : [first.digest, second.digest]).sort()
      )
      const cose = JSON.parse(
        (await fetchManifest({ client, repo, reference: second.digest }))!.bytes.toString()
      ) as ImageManifest
      assert.equal(cose.layers[0]?.mediaType, 'application/cose')
    })

    test('attachSignatureToImage refuses a foreign media type or an empty chain before pushing', async () => {
      const repo = { registry: registry.host, repository: 'octo-org/storage-refused' }
      const subject = await pushImage(repo)
      const store = registryStore({ client, repo })
      const base = { store, subject, signingTime: new Date(), certificateChain: [Buffer.from('x')] }
      await assert.rejects(
        attachSignatureToImage({
          ...base,
          envelope: { bytes: Buffer.from('{}'), mediaType: 'application/json' }
        }),
        (error: unknown) =>
          error instanceof NotationError &&
          error.code === 'INVALID_INPUT' &&
          /application\/json" is not a Notary Project envelope/.test(error.message)
      )
      await assert.rejects(
        attachSignatureToImage({
          ...base,
          certificateChain: [],
          envelope: { bytes: Buffer.from('{}'), mediaType: 'application/cose' }
        }),
        (error: unknown) =>
          error instanceof NotationError && /certificate chain is empty/.test(error.message)
      )
      const { referrers } = await listReferrers({ client, repo, subjectDigest: subject.digest })
      assert.deepEqual(referrers, [])
    })

    // A push the registry refuses: distribution refuses a client without credentials; olareg, which
    // has no authentication, refuses a repository name with a `blobs` component (it keeps each
    // repository as an OCI Layout directory).
    test('a push failure is STORAGE_FAILED naming the repository', async () => {
      const subject = await pushImage({ registry: registry.host, repository: 'octo-org/subject' })
      const repository = server.referrersApi ? 'octo-org/blobs' : 'octo-org/storage-denied'
      const repo = { registry: registry.host, repository }
      const refusing = server.referrersApi
        ? client
        : createRegistryClient({ credentials: staticCredentials({}) })
      await assert.rejects(
        attachSignatureToImage({
          store: registryStore({ client: refusing, repo }),
          subject,
          envelope: { bytes: Buffer.from('{}'), mediaType: 'application/jose+json' },
          certificateChain: [Buffer.from('x')],
          signingTime: new Date()
        }),
        (error: unknown) =>
          error instanceof NotationError &&
          error.code === 'STORAGE_FAILED' &&
          error.message.includes(`${repository}@${subject.digest}`) &&
          (server.referrersApi ? /HTTP 400/ : /username and password/).test(error.message)
      )
    })
  })
}

test('blob signatures go to <file>.jws.sig / <file>.cose.sig, atomically, format checked', async () => {
  const dir = await tempDir()
  const file = join(dir, 'app.tar.gz')
  await writeFile(file, 'app')
  assert.equal(blobSignaturePath(file, 'jws'), `${file}.jws.sig`)
  assert.equal(blobSignaturePath(file, 'cose'), `${file}.cose.sig`)
  const jws = Buffer.from('{"payload":"x"}')
  assert.equal(
    await writeBlobSignature({
      file,
      envelope: { bytes: jws, mediaType: 'application/jose+json' },
      format: 'jws'
    }),
    `${file}.jws.sig`
  )
  assert.deepEqual(await readFile(`${file}.jws.sig`), jws)
  // Overwrites in place, leaving no temporary file behind.
  const cose = Buffer.from([0xd2, 0x84])
  await writeBlobSignature({
    file,
    envelope: { bytes: cose, mediaType: 'application/cose' },
    format: 'cose'
  })
  await writeBlobSignature({
    file,
    envelope: { bytes: jws, mediaType: 'application/jose+json' },
    format: 'jws'
  })
  assert.deepEqual((await readdir(dir)).sort(), [
    'app.tar.gz',
    'app.tar.gz.cose.sig',
    'app.tar.gz.jws.sig'
  ])

  await assert.rejects(
    writeBlobSignature({
      file,
      envelope: { bytes: cose, mediaType: 'application/cose' },
      format: 'jws'
    }),
    (error: unknown) =>
      error instanceof NotationError &&
      error.code === 'INVALID_INPUT' &&
      /format is jws/.test(error.message)
  )
  await assert.rejects(
    writeBlobSignature({
      file: join(dir, 'missing', 'x'),
      envelope: { bytes: jws, mediaType: 'application/jose+json' },
      format: 'jws'
    }),
    (error: unknown) =>
      error instanceof NotationError &&
      error.code === 'WRITE_FAILED' &&
      error.kind === 'configuration' &&
      /ENOENT/.test(error.message)
  )
})

test('blobDescriptor digests with the signing key’s hash, streaming a large file', async () => {
  const dir = await tempDir()
  const file = join(dir, 'big.bin')
  const content = randomBytes(3 * 1024 * 1024 + 17)
  await writeFile(file, content)
  for (const algorithm of ['sha256', 'sha384', 'sha512'] as const) {
    assert.deepEqual(await blobDescriptor({ path: file, mediaType: 'video/mp4', algorithm }), {
      mediaType: 'video/mp4',
      digest: `${algorithm}:${createHash(algorithm).update(content).digest('hex')}`,
      size: content.length
    })
  }
  await assert.rejects(
    blobDescriptor({ path: join(dir, 'nope'), mediaType: 'x', algorithm: 'sha256' }),
    (error: unknown) =>
      error instanceof NotationError &&
      /cannot read ".*nope" to hash it \(ENOENT\)/.test(error.message)
  )
  const zero = join(dir, 'zero')
  await symlink('/dev/zero', zero)
  await assert.rejects(
    blobDescriptor({ path: zero, mediaType: 'x', algorithm: 'sha256' }),
    (error: unknown) =>
      error instanceof NotationError &&
      error.code === 'INVALID_INPUT' &&
      error.message ===
        `${JSON.stringify(zero)} is a character device, not a regular file; refusing to read it; only regular files are signed`
  )
})

test('certificateChainPem writes every certificate, leaf first, as PEM that parses back', async () => {
  const chain = await caIssuedCodeSigningChain()
  const pem = certificateChainPem(chain.map(cert => cert.der))
  const blocks =
    pem.match(/-----BEGIN CERTIFICATE-----\n[\s\S]*?-----END CERTIFICATE-----\n/g) ?? []
  assert.equal(blocks.join(''), pem)
  assert.deepEqual(
    blocks.map(block => new X509Certificate(block).raw),
    chain.map(cert => Buffer.from(cert.der))
  )
  assert.ok(pem.split('\n').every(line => line.length <= 64))
})

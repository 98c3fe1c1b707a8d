// oras and this suite share an image's referrers, on a registry without the referrers API
// (distribution 2.8, the tag schema) and on one with it (olareg): `oras discover` lists every
// signature we attached, with its artifact type, and nothing for an image we did not sign; an
// SBOM `oras attach` adds beside our signature keeps our signature listed for both tools, and
// sign verify reports the SBOM as an ignored referrer of its artifact type while our signature
// still verifies the image.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { attachArtifact, createRegistryClient, pushImage } from '@sign/oci'
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  attachBundleToImage,
  cosignSignStatement
} from '@sign/sigstore'
import { referenceTool, registryKinds, sampleImage, type ReferenceTool } from '@sign/testenv'
import {
  SAN,
  cosignEnvironment,
  keylessSigner,
  pushSampleImage
} from './fixtures/cosign-environment.ts'
import { BUNDLE_V03 } from './fixtures/cosign-referrers.ts'
import { signVerify } from './fixtures/cosign-sign-verify.ts'
import { runCommand } from './fixtures/run-command.ts'

const SBOM_TYPE = 'application/vnd.example.sbom+json'

interface Discovered {
  referrers?: { digest: string; artifactType: string }[]
}

/** `oras discover --format json` of `reference` (plain HTTP: the registries are on loopback). */
async function discover(oras: ReferenceTool, reference: string): Promise<Discovered> {
  const run = await runCommand({
    command: oras.path,
    args: ['discover', '--plain-http', '--format', 'json', reference]
  })
  assert.equal(run.code, 0, run.output)
  return JSON.parse(run.stdout) as Discovered
}

for (const kind of registryKinds()) {
  test(`oras discover lists the referrers we attached, by artifact type, on ${kind.name}`, async t => {
    const oras = referenceTool({ name: 'oras' })
    t.diagnostic(`oras ${oras.version}`)
    const registry = await kind.start()
    t.after(() => registry.stop())
    const client = createRegistryClient()
    const repo = { registry: registry.host, repository: 'octo-org/app' }
    const signedImage = sampleImage({ layerText: 'signed\n' })
    const signed = await pushImage({ client, repo, reference: 'v1', ...signedImage })
    const unsigned = await pushImage({
      client,
      repo,
      reference: 'v2',
      ...sampleImage({ layerText: 'unsigned\n' })
    })
    const attached = []
    for (const n of [1, 2]) {
      const { descriptor } = await attachArtifact({
        client,
        repo,
        subject: signed,
        artifactType: BUNDLE_V03,
        layers: [{ mediaType: BUNDLE_V03, data: Buffer.from(`{"bundle": ${n}}`) }]
      })
      attached.push(descriptor.digest)
    }
    const at = (digest: string) => `${registry.host}/${repo.repository}@${digest}`
    const found = await discover(oras, at(signed.digest))
    assert.deepEqual(
      (found.referrers ?? []).map(referrer => referrer.digest).sort(),
      [...attached].sort()
    )
    assert.ok((found.referrers ?? []).every(referrer => referrer.artifactType === BUNDLE_V03))
    assert.deepEqual((await discover(oras, at(unsigned.digest))).referrers ?? [], [])
  })

  test(`an SBOM oras attaches beside our signature is reported as ignored, and the image still verifies, on ${kind.name}`, async t => {
    const oras = referenceTool({ name: 'oras' })
    t.diagnostic(`oras ${oras.version}`)
    const env = await cosignEnvironment({ t, kind })
    const { image, reference, store } = await pushSampleImage({ env, tag: 'v1' })
    const signed = await keylessSigner(env).signStatement(
      cosignSignStatement({ digest: image.digest })
    )
    const signature = await attachBundleToImage({
      store,
      subject: image,
      signed,
      predicateType: COSIGN_SIGN_PREDICATE_TYPE
    })
    const sbom = join(env.work, 'app.spdx.json')
    await writeFile(sbom, '{"spdxVersion": "SPDX-2.3", "name": "app"}\n')
    const attach = await runCommand({
      command: oras.path,
      args: [
        'attach',
        '--plain-http',
        '--artifact-type',
        SBOM_TYPE,
        '--format',
        'json',
        reference,
        // oras stores a file by its base name, relative to the working directory.
        `${sbom}:application/spdx+json`,
        '--disable-path-validation'
      ]
    })
    assert.equal(attach.code, 0, attach.output)
    const { digest: sbomDigest } = JSON.parse(attach.stdout) as { digest: string }

    // Both tools list both referrers: oras kept our signature when it added its own.
    const found = await discover(oras, reference)
    assert.deepEqual(
      (found.referrers ?? []).map(referrer => `${referrer.artifactType} ${referrer.digest}`).sort(),
      [`${BUNDLE_V03} ${signature.digest}`, `${SBOM_TYPE} ${sbomDigest}`].sort()
    )

    const verdict = await signVerify({ env, identity: SAN, targets: [reference] })
    assert.equal(verdict.code, 0, verdict.reason)
    const [subject] = verdict.report.subjects
    assert.equal(subject?.verified, true)
    const via = kind.referrersApi ? 'referrers-api' : 'tag-schema'
    assert.deepEqual(
      [...(subject?.signatures ?? [])]
        .sort((a, b) => a.location.localeCompare(b.location))
        .map(({ kind: found, category, location, via: how, predicateType, verdict: v }) => ({
          kind: found,
          category,
          location,
          via: how,
          predicateType,
          verdict: v
        })),
      [
        {
          kind: 'sigstore-bundle',
          category: 'signature',
          location: signature.digest,
          via,
          predicateType: COSIGN_SIGN_PREDICATE_TYPE,
          verdict: 'verified'
        },
        {
          kind: 'other',
          category: 'other',
          location: sbomDigest,
          via,
          predicateType: SBOM_TYPE,
          verdict: 'ignored'
        }
      ].sort((a, b) => a.location.localeCompare(b.location))
    )
    assert.equal(
      subject?.signatures.find(found => found.location === signature.digest)?.identity,
      SAN
    )
  })
}

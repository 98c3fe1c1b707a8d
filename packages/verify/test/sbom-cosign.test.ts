// SBOM attestations between the real cosign and this verifier, on both registries:
// `cosign attest --type spdxjson` / `--type cyclonedx` (cosign v3 bundle referrers) meet our
// "sbom <format> by <signer>" requirement, each listed with its package count; and an SBOM
// attestation we make with actions/attest's versioned predicate type `https://spdx.dev/Document/v2.3`
// meets our SPDX requirement while `cosign verify-attestation --type spdxjson` does not match it
// (cosign's spdxjson means exactly `https://spdx.dev/Document`), so it is matched by its URI.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { attest } from '@sign/sigstore'
import type { TrustedRootJSON } from '@sign/sigstore'
import { registryKinds } from '@sign/testenv'
import { cosignSign, cosignVerify } from '../../../test/interop/fixtures/cosign-commands.ts'
import {
  ISSUER,
  SAN,
  cosignEnvironment,
  keylessSigner,
  pushSampleImage
} from '../../../test/interop/fixtures/cosign-environment.ts'
import { verifyImage } from '../src/engine/verify-image.ts'
import { policyFromText } from '../src/policy/load-policy.ts'
import { sampleSbom, sbomDocument, sbomStatement } from './sbom-fixtures.ts'

for (const kind of registryKinds()) {
  test(`cosign attest --type spdxjson / cyclonedx meets our SBOM requirements; our v2.3 SBOM attestation is cosign's only by URI, on ${kind.name}`, async t => {
    const env = await cosignEnvironment({ t, kind })
    const { image, reference, store } = await pushSampleImage({ env, tag: 'v1' })
    const hex = image.digest.slice(7)
    const trust = {
      trustedRoot: JSON.parse(await readFile(env.stack.trustedRootPath, 'utf8')) as TrustedRootJSON
    }
    const verify = async (format: string) =>
      verifyImage({
        store,
        reference: image.digest,
        subject: reference,
        policy: await policyFromText({
          source: 'p',
          baseDir: '/',
          text: `version: 1\nsigners:\n  release:\n    certificate-identity: ${SAN}\n    certificate-oidc-issuer: ${ISSUER}\nrequire:\n  - sbom: release\n    format: ${format}\n`
        }),
        trust
      })

    // Nothing yet: missing.
    assert.match((await verify('spdx-json')).reason ?? '', /no signature or attestation was found/u)

    const spdxPath = join(env.work, 'sbom.spdx.json')
    await writeFile(
      spdxPath,
      JSON.stringify(
        sbomDocument({ sbom: sampleSbom({ name: 'app', hex, packages: 4 }), format: 'spdx-json' })
      )
    )
    const cdxPath = join(env.work, 'sbom.cdx.json')
    await writeFile(
      cdxPath,
      JSON.stringify(
        sbomDocument({
          sbom: sampleSbom({ name: 'app', hex, packages: 7 }),
          format: 'cyclonedx-json'
        })
      )
    )
    for (const [type, path] of [
      ['spdxjson', spdxPath],
      ['cyclonedx', cdxPath]
    ] as const) {
      const attested = await cosignSign({
        env,
        command: 'attest',
        args: ['--type', type, '--predicate', path, reference],
        rekorVersion: 1
      })
      assert.equal(attested.code, 0, attested.output)
    }
    const spdx = await verify('spdx-json')
    assert.equal(spdx.verified, true, spdx.reason)
    const cdx = await verify('cyclonedx-json')
    assert.equal(cdx.verified, true, cdx.reason)
    assert.deepEqual(cdx.signatures.map(s => [s.predicateType, s.verdict, s.sbom]).sort(), [
      [
        'https://cyclonedx.org/bom',
        'verified',
        { format: 'cyclonedx-json', specVersion: '1.6', packages: 7 }
      ],
      [
        'https://spdx.dev/Document',
        'verified',
        { format: 'spdx-json', specVersion: 'SPDX-2.3', packages: 4 }
      ]
    ])

    // Ours, with actions/attest's versioned SPDX type, on a second image.
    const second = await pushSampleImage({ env, tag: 'v2' })
    const secondHex = second.image.digest.slice(7)
    await attest({
      signer: keylessSigner(env),
      statement: sbomStatement({
        hex: secondHex,
        predicateType: 'https://spdx.dev/Document/v2.3',
        document: sbomDocument({
          sbom: sampleSbom({ name: 'app', hex: secondHex, packages: 2 }),
          format: 'spdx-json'
        })
      }),
      image: { store: second.store, subject: second.image }
    })
    const ours = await verifyImage({
      store: second.store,
      reference: second.image.digest,
      subject: second.reference,
      policy: await policyFromText({
        source: 'p',
        baseDir: '/',
        text: `version: 1\nsigners:\n  release:\n    certificate-identity: ${SAN}\n    certificate-oidc-issuer: ${ISSUER}\nrequire:\n  - sbom: release\n    format: spdx-json\n`
      }),
      trust
    })
    assert.equal(ours.verified, true, ours.reason)
    assert.equal(ours.signatures[0]?.predicateType, 'https://spdx.dev/Document/v2.3')
    const byShortName = await cosignVerify({
      env,
      command: 'verify-attestation',
      identity: SAN,
      args: ['--type', 'spdxjson', second.reference]
    })
    assert.notEqual(byShortName.code, 0)
    assert.match(
      byShortName.output,
      /none of the attestations matched the predicate type: spdxjson/u
    )
    const byUri = await cosignVerify({
      env,
      command: 'verify-attestation',
      identity: SAN,
      args: ['--type', 'https://spdx.dev/Document/v2.3', second.reference]
    })
    assert.equal(byUri.code, 0, byUri.output)
  })
}

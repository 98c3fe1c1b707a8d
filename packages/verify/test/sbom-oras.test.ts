// An SBOM referrer written by the real `oras attach` (the way Ratify's plan attaches SBOMs), on
// both registries (distribution: oras writes the tag schema; olareg: the referrers API): our
// verifier finds it, reads its document (format, spec version, package count) and reports it as
// not signed until its manifest carries a signature of its own — then it meets the requirement.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { attest, cosignSignStatement } from '@sign/sigstore'
import { referenceTool, registryKinds } from '@sign/testenv'
import { verifyImage } from '../src/engine/verify-image.ts'
import { policyFromText } from '../src/policy/load-policy.ts'
import { startRegistryEnv, startSigningEnv } from './discover-env.ts'
import { sampleSbom, sbomDocument } from './sbom-fixtures.ts'

const execute = promisify(execFile)

for (const kind of registryKinds()) {
  test(`an SBOM oras attached is read and listed, and counts once its manifest is signed, on ${kind.name}`, async t => {
    const oras = referenceTool({ name: 'oras' })
    t.diagnostic(`oras ${oras.version}`)
    const signing = await startSigningEnv(t)
    const { store, repo, image } = await startRegistryEnv(t, { kind })
    const dir = await mkdtemp(join(tmpdir(), 'sign-verify-oras-sbom-'))
    t.after(() => rm(dir, { recursive: true, force: true }))
    const document = sbomDocument({
      sbom: sampleSbom({ name: 'app', hex: image.digest.slice(7), packages: 6 }),
      format: 'spdx-json'
    })
    await writeFile(join(dir, 'sbom.spdx.json'), JSON.stringify(document))
    const { stdout } = await execute(
      oras.path,
      [
        'attach',
        '--plain-http',
        '--format',
        'json',
        '--artifact-type',
        'application/spdx+json',
        `${repo.registry}/${repo.repository}@${image.digest}`,
        'sbom.spdx.json:application/spdx+json'
      ],
      { cwd: dir }
    )
    const attached = JSON.parse(stdout) as { digest: string }

    const policy = await policyFromText({
      source: 'p',
      baseDir: '/',
      text: `version: 1\nsigners:\n  release:\n    certificate-identity: ${signing.policy.certificateIdentity}\n    certificate-oidc-issuer: ${signing.policy.certificateOidcIssuer}\nrequire:\n  - sbom: release\n    format: spdx-json\n`
    })
    const trust = { trustedRoot: signing.trustedRoot }
    const verify = () =>
      verifyImage({ store, reference: image.digest, subject: image.digest, policy, trust })

    const unsigned = await verify()
    assert.equal(unsigned.verified, false)
    assert.deepEqual(
      unsigned.signatures.map(s => [s.kind, s.location, s.verdict, s.sbom]),
      [
        [
          'sbom',
          attached.digest,
          'unsigned',
          { format: 'spdx-json', specVersion: 'SPDX-2.3', packages: 6 }
        ]
      ]
    )
    assert.equal(unsigned.signatures[0]?.via, kind.referrersApi ? 'referrers-api' : 'tag-schema')

    const sbomManifest = await store.resolve(attached.digest)
    await attest({
      signer: signing.signer,
      statement: cosignSignStatement({ digest: sbomManifest.digest }),
      image: { store, subject: sbomManifest }
    })
    const signed = await verify()
    assert.equal(signed.verified, true, signed.reason)
    assert.equal(signed.requirements[0]?.by, attached.digest)
  })
}

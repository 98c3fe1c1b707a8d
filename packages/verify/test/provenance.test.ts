// Provenance requirements: SLSA provenance attested beside a release file (`<file>.intoto.jsonl`)
// must come from the builder and the source the policy names, as slsa-verifier and
// `gh attestation verify` check them. GitHub-buildType statements built with @sign/provenance
// from the claims of tokens minted on the loopback issuer (GitHub's issuer URL), signed on the
// loopback Sigstore stack — including one made inside a reusable workflow of another repository,
// checked with signer-workflow as gh does, and one from an enterprise issuer — the real
// slsa-github-generator v2.1.0 provenance against the public-good root, and the real
// push-to-registry statement. Every refusal names its reason.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  githubProvenance,
  genericProvenanceV02,
  genericEnvironment,
  workflowClaims
} from '@sign/provenance'
import { createBundleSigner, type InTotoStatement, type TrustedRootJSON } from '@sign/sigstore'
import { startOidcIssuer, startSigstoreStack, type OidcIssuer } from '@sign/testenv'
import { provenanceMismatches } from '../src/engine/provenance-match.ts'
import { attestedProvenance } from '../src/engine/provenance-summary.ts'
import { verifyFile } from '../src/engine/verify-file.ts'
import { loadTrust } from '../src/engine/trust.ts'
import { policyFromText } from '../src/policy/load-policy.ts'

const ISSUER = 'https://token.actions.githubusercontent.com'
const SLSA = join(import.meta.dirname, '../../../test/vectors/slsa/gha_generic-v2.1.0')
const hex = (data: string) => createHash('sha256').update(data).digest('hex')
const decode = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >

interface Env {
  oidc: OidcIssuer
  trustedRoot: TrustedRootJSON
  dir: string
  /** Signs `build(claims)` with a certificate for a token carrying `claims` overrides. */
  sign(options: {
    claims?: Record<string, string>
    build: (claims: ReturnType<typeof workflowClaims>) => unknown
  }): Promise<string>
}

async function start(t: TestContext, options: { issuer?: string } = {}): Promise<Env> {
  const oidc = await startOidcIssuer(options.issuer === undefined ? {} : { issuer: options.issuer })
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  t.after(() => stack.stop())
  const dir = await mkdtemp(join(tmpdir(), 'sign-verify-provenance-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  return {
    oidc,
    trustedRoot: stack.trustedRoot as unknown as TrustedRootJSON,
    dir,
    async sign({ claims, build }) {
      const token = oidc.mint({ audience: 'sigstore', ...(claims && { claims }) })
      const signer = createBundleSigner({
        instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
        identityProvider: { getToken: () => Promise.resolve(token) }
      })
      const statement = build(workflowClaims({ claims: decode(token) }))
      const signed = await signer.signStatement(statement as InTotoStatement)
      return JSON.stringify(signed.bundle)
    }
  }
}

/** A release file and its `.intoto.jsonl` holding `lines`. */
async function release(env: Env, name: string, lines: string[]): Promise<string> {
  const path = join(env.dir, name)
  await writeFile(path, `release ${name}\n`)
  await writeFile(`${path}.intoto.jsonl`, `${lines.join('\n')}\n`)
  return path
}

const github =
  (subjects: { name: string; sha256: string }[]) => (claims: ReturnType<typeof workflowClaims>) =>
    githubProvenance({
      claims,
      serverUrl: 'https://github.com',
      subjects: subjects.map(s => ({ name: s.name, digest: { sha256: s.sha256 } }))
    })

async function verifyWith(env: Env, path: string, body: string, signer?: string) {
  const policy = await policyFromText({
    source: 'p',
    baseDir: '/',
    text: `version: 1
signers:
  release:
${signer ?? `    certificate-identity-regexp: ^https://github\\.com/octo-org/octo-repo/.*$\n    certificate-oidc-issuer: ${ISSUER}`}
require:
${body}`
  })
  return verifyFile({ path, policy, trust: { trustedRoot: env.trustedRoot } })
}

test('GitHub provenance: the right builder, source and tag pass; each wrong one fails for its reason', async t => {
  const env = await start(t)
  const { repository, workflowPath, ref } = env.oidc.workflow
  const builder = `https://github.com/${repository}/${workflowPath}@${ref}`
  const name = 'app.bin'
  const path = await release(env, name, [
    await env.sign({ build: github([{ name, sha256: hex(`release ${name}\n`) }]) })
  ])
  const tag = ref.replace('refs/tags/', '')
  const pass = await verifyWith(
    env,
    path,
    `  - provenance: release\n    builder-id: ${builder}\n    source-repository: ${repository}\n    source-tag: ${tag}\n`
  )
  assert.equal(pass.verified, true, pass.reason)
  const [met] = pass.requirements
  assert.equal(met?.satisfied, true)
  assert.equal(met?.by, `${path}.intoto.jsonl line 1`)
  const found = pass.signatures.find(s => s.provenance !== undefined)
  assert.deepEqual(found?.provenance, {
    predicateType: 'https://slsa.dev/provenance/v1',
    buildType: 'https://actions.github.io/buildtypes/workflow/v1',
    builderId: builder,
    sourceRepository: `https://github.com/${repository}`,
    sourceRef: ref,
    sourceDigest: env.oidc.workflow.sha
  })

  const major = tag.replace(/^v?(\d+).*$/u, 'v$1')
  const versioned = await verifyWith(
    env,
    path,
    `  - provenance: release\n    source-versioned-tag: ${major}\n`
  )
  assert.equal(versioned.verified, true, versioned.reason)

  for (const [body, reason] of [
    [
      `    builder-id: https://github.com/${repository}/.github/workflows/other.yml@${ref}`,
      `builder is ${builder}, not https://github.com/${repository}/.github/workflows/other.yml@${ref}`
    ],
    [
      '    builder-id-regexp: ^https://github\\.com/octo-org/octo-repo/\\.github/workflows/release\\.yml@refs/heads/.*$',
      `builder ${builder} does not match`
    ],
    [
      '    source-repository: octo-org/another-repo',
      `source is https://github.com/${repository}, not https://github.com/octo-org/another-repo`
    ],
    ['    source-tag: v0.0.1', `source ref is ${ref}, not refs/tags/v0.0.1`],
    ['    source-branch: main', `source ref is ${ref}, not refs/heads/main`],
    ['    source-versioned-tag: v99', `source ref ${ref} is not a v99.x semver tag`]
  ] as const) {
    const failed = await verifyWith(env, path, `  - provenance: release\n${body}\n`)
    assert.equal(failed.verified, false, body)
    assert.ok(failed.reason?.includes(reason), `${body}\n${failed.reason ?? ''}`)
  }

  // SLSA v0.2 asked for, v1 attested: not found, and the report says what was.
  const v02 = await verifyWith(
    env,
    path,
    '  - provenance: release\n    predicate-type: slsaprovenance02\n'
  )
  assert.equal(v02.verified, false)
  assert.match(
    v02.reason ?? '',
    /: not met \(1 found, 0 failed verification; verified attestations have https:\/\/slsa\.dev\/provenance\/v1; no https:\/\/slsa\.dev\/provenance\/v0\.2 provenance by its signers was found\)$/u
  )
})

test('provenance of another file, a tampered subject, and none at all do not count', async t => {
  const env = await start(t)
  const other = await env.sign({
    build: github([{ name: 'other.bin', sha256: hex('something else\n') }])
  })
  const path = await release(env, 'app.bin', [other])
  const report = await verifyWith(env, path, '  - provenance: release\n')
  assert.equal(report.verified, false)
  const [line] = report.signatures
  assert.equal(line?.verdict, 'failed')
  assert.equal(
    line?.reason,
    `release: the artifact sha256:${hex('release app.bin\n')} is not a subject of the in-toto statement`
  )

  // The statement's subject changed after signing: the signature no longer verifies.
  const good = JSON.parse(
    await env.sign({ build: github([{ name: 'app2.bin', sha256: hex('release app2.bin\n') }]) })
  ) as { dsseEnvelope: { payload: string } }
  const statement = JSON.parse(Buffer.from(good.dsseEnvelope.payload, 'base64').toString()) as {
    subject: { name: string }[]
  }
  statement.subject[0] = { ...statement.subject[0], name: 'evil.bin' }
  good.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
  const tampered = await release(env, 'app2.bin', [JSON.stringify(good)])
  const refused = await verifyWith(env, tampered, '  - provenance: release\n')
  assert.equal(refused.verified, false)
  assert.equal(refused.signatures[0]?.verdict, 'failed')
  assert.match(refused.signatures[0]?.reason ?? '', /DSSE payload hash mismatch/u)

  const missing = join(env.dir, 'plain.bin')
  await writeFile(missing, 'plain\n')
  const none = await verifyWith(env, missing, '  - provenance: release\n')
  assert.equal(none.verified, false)
  assert.match(none.reason ?? '', /no signature or attestation was found/u)
})

test('made in a reusable workflow of another repository: signer-workflow as gh, builder = that workflow, source = the caller', async t => {
  const env = await start(t)
  const { repository, ref, sha } = env.oidc.workflow
  const reusable = 'octo-org/sign-workflows/.github/workflows/provenance.yml'
  const name = 'app.bin'
  const path = await release(env, name, [
    await env.sign({
      claims: { job_workflow_ref: `${reusable}@refs/tags/v2.0.0`, job_workflow_sha: sha },
      build: github([{ name, sha256: hex(`release ${name}\n`) }])
    })
  ])
  const signer = (workflow: string) =>
    `    signer-workflow: ${workflow}\n    certificate-oidc-issuer: ${ISSUER}`
  const pass = await verifyWith(
    env,
    path,
    `  - provenance: release\n    builder-id: https://github.com/${reusable}@refs/tags/v2.0.0\n    source-repository: github.com/${repository}\n    source-ref: ${ref}\n`,
    signer(reusable)
  )
  assert.equal(pass.verified, true, pass.reason)
  // gh's --repo default (the caller's own workflows) does not match a reusable workflow's SAN.
  const caller = await verifyWith(
    env,
    path,
    '  - provenance: release\n',
    signer(`${repository}/.github/workflows/release.yml`)
  )
  assert.equal(caller.verified, false)
  assert.match(caller.signatures[0]?.reason ?? '', /octo-org\/sign-workflows/u)
  // A workflow whose name only starts the same does not pass: the identity regexp is anchored.
  const prefix = await verifyWith(
    env,
    path,
    '  - provenance: release\n',
    signer('octo-org/sign-workflows/.github/workflows/provenance.yml.evil.yml')
  )
  assert.equal(prefix.verified, false)
})

test('a builder id that is not the workflow that signed it is refused (GitHub buildType)', async t => {
  const env = await start(t)
  const name = 'app.bin'
  const forged = await env.sign({
    build: claims => {
      const statement = github([{ name, sha256: hex(`release ${name}\n`) }])(claims) as {
        predicate: { runDetails: { builder: { id: string } } }
      }
      statement.predicate.runDetails.builder.id =
        'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0'
      return statement
    }
  })
  const path = await release(env, name, [forged])
  const report = await verifyWith(env, path, '  - provenance: release\n')
  assert.equal(report.verified, false)
  assert.match(
    report.reason ?? '',
    /its builder https:\/\/github\.com\/slsa-framework\/.* is not the workflow that signed it/u
  )
})

test('the generic v0.2 form we write reads back as provenance with its builder and source', async t => {
  const env = await start(t)
  const { repository, ref } = env.oidc.workflow
  const name = 'app.bin'
  const path = await release(env, name, [
    await env.sign({
      build: claims =>
        genericProvenanceV02({
          claims,
          serverUrl: 'https://github.com',
          environment: genericEnvironment({ variables: {} }),
          subjects: [{ name, digest: { sha256: hex(`release ${name}\n`) } }]
        })
    })
  ])
  const report = await verifyWith(
    env,
    path,
    `  - provenance: release\n    predicate-type: slsaprovenance02\n    source-repository: ${repository}\n    source-ref: ${ref}\n`
  )
  assert.equal(report.verified, true, report.reason)
})

test('the real slsa-github-generator v2.1.0 provenance, public-good root: the generator and its source pass; another tag fails', async () => {
  const trust = await loadTrust({
    tufCachePath: tmpdir(),
    policy: await policyFromText({
      source: 'p',
      baseDir: '/',
      text: `version: 1\nsigners:\n  generator:\n    signer-workflow: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml\n    certificate-oidc-issuer: ${ISSUER}\n`
    })
  })
  const path = join(SLSA, 'binary-linux-amd64-push-v13.0.30')
  const check = async (tag: string) => {
    const policy = await policyFromText({
      source: 'p',
      baseDir: '/',
      text: `version: 1
signers:
  generator:
    signer-workflow: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml
    certificate-oidc-issuer: ${ISSUER}
require:
  - provenance: generator
    predicate-type: slsaprovenance02
    builder-id: https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0
    source-repository: github.com/slsa-framework/example-package
    source-tag: ${tag}
`
    })
    return verifyFile({ path, policy, trust })
  }
  const pass = await check('v13.0.30')
  assert.equal(pass.verified, true, pass.reason)
  const fail = await check('v13.0.29')
  assert.equal(fail.verified, false)
  assert.ok(
    fail.reason?.includes('source ref is refs/tags/v13.0.30, not refs/tags/v13.0.29'),
    fail.reason
  )
})

test('an enterprise issuer (token.actions.githubusercontent.com/<slug>): its exact issuer passes, the public one fails', async t => {
  const enterprise = `${ISSUER}/octo-enterprise`
  const env = await start(t, { issuer: enterprise })
  const name = 'app.bin'
  const path = await release(env, name, [
    await env.sign({ build: github([{ name, sha256: hex(`release ${name}\n`) }]) })
  ])
  const { repository } = env.oidc.workflow
  const signer = (issuer: string) =>
    `    certificate-identity-regexp: ^https://github\\.com/${repository}/.*$\n    certificate-oidc-issuer: ${issuer}`
  const body = `  - provenance: release\n    source-repository: ${repository}\n`
  const pass = await verifyWith(env, path, body, signer(enterprise))
  assert.equal(pass.verified, true, pass.reason)
  const publicIssuer = await verifyWith(env, path, body, signer(ISSUER))
  assert.equal(publicIssuer.verified, false)
  assert.ok(
    publicIssuer.signatures[0]?.reason?.includes(enterprise),
    publicIssuer.signatures[0]?.reason
  )
})

test("the real push-to-registry statement (GitHub's attest action, 2025): its builder and source are read and checked", async () => {
  const statement = JSON.parse(
    await readFile(
      join(
        import.meta.dirname,
        '../../../test/vectors/slsa/attest-push-to-registry-gpoulios-testpkg/statement.json'
      ),
      'utf8'
    )
  ) as { predicate: { runDetails: { builder: { id: string } } } }
  const bundle = {
    dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64') }
  }
  const summary = attestedProvenance({ bundle })
  assert.ok(summary)
  const builder = statement.predicate.runDetails.builder.id
  assert.equal(summary.builderId, builder)
  assert.equal(summary.sourceRepository, 'https://github.com/gpoulios/testpkg')
  const meets = (constraints: Parameters<typeof provenanceMismatches>[0]['constraints']) =>
    provenanceMismatches({ constraints, summary, identity: builder })
  assert.deepEqual(
    meets({
      builderId: builder,
      sourceRepository: 'https://github.com/gpoulios/testpkg',
      sourceRef: summary.sourceRef ?? ''
    }),
    []
  )
  assert.deepEqual(meets({ sourceRepository: 'https://github.com/gpoulios/other' }), [
    'source is https://github.com/gpoulios/testpkg, not https://github.com/gpoulios/other'
  ])
  assert.deepEqual(
    provenanceMismatches({
      constraints: {},
      summary,
      identity: 'https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/main'
    }),
    [
      `its builder ${builder} is not the workflow that signed it (https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/main)`
    ]
  )
})

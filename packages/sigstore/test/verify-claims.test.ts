// Certificate claims: cosign's GitHub workflow flags and Fulcio's v2 extensions, read from both
// encodings of real GitHub-signed certificates and of certificates the loopback Fulcio issues,
// reconciled, matched exactly and reported.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SigstoreError } from '../src/errors.ts'
import { readCertificateClaims } from '../src/verify/certificate-claims.ts'
import type { ExtensionValue } from '../src/verify/certificate-claims.ts'
import { verifyBundle } from '../src/verify/index.ts'
import type { VerifyBundleOptions } from '../src/verify/index.ts'
import { GITHUB_ACTIONS_ISSUER, startSigningEnv } from './verify-stack.ts'
import { sigstoreVectors } from './verify-vectors.ts'
import { assertRejected } from './verify-rejection.ts'

const real = join(sigstoreVectors, 'real')
const slsa = join(sigstoreVectors, '..', 'slsa', 'gha_generic-v2.1.0')
const WHL_IDENTITY =
  'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2'
const WHL_SHA = 'd8b4a6445f38c48b9137a8099706d9b8073146e4'
const GENERATOR =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0'

function whl(): Pick<VerifyBundleOptions, 'bundle' | 'artifact'> {
  return {
    bundle: JSON.parse(readFileSync(join(real, 'bundle_v3_github.whl.sigstore'), 'utf8')),
    artifact: { data: readFileSync(join(real, 'bundle_v3_github.whl')) }
  }
}

test('real: the GitHub-signed wheel reports every claim, both encodings reconciled', () => {
  const result = verifyBundle({
    ...whl(),
    policy: {
      certificateIdentity: WHL_IDENTITY,
      certificateOidcIssuer: GITHUB_ACTIONS_ISSUER,
      certificateGithubWorkflowTrigger: 'release',
      certificateGithubWorkflowSha: WHL_SHA,
      certificateGithubWorkflowName: 'release',
      certificateGithubWorkflowRepository: 'trailofbits/rfc8785.py',
      certificateGithubWorkflowRef: 'refs/tags/v0.1.2',
      certificateExtensions: {
        runnerEnvironment: 'github-hosted',
        sourceRepositoryVisibilityAtSigning: 'public',
        sourceRepositoryIdentifier: '768213997',
        buildSignerURI: WHL_IDENTITY
      }
    }
  })
  assert.deepEqual(result.githubWorkflow, {
    trigger: 'release',
    sha: WHL_SHA,
    name: 'release',
    repository: 'trailofbits/rfc8785.py',
    ref: 'refs/tags/v0.1.2'
  })
  assert.deepEqual(result.extensions, {
    issuer: GITHUB_ACTIONS_ISSUER,
    buildSignerURI: WHL_IDENTITY,
    buildSignerDigest: WHL_SHA,
    runnerEnvironment: 'github-hosted',
    sourceRepositoryURI: 'https://github.com/trailofbits/rfc8785.py',
    sourceRepositoryDigest: WHL_SHA,
    sourceRepositoryRef: 'refs/tags/v0.1.2',
    sourceRepositoryIdentifier: '768213997',
    sourceRepositoryOwnerURI: 'https://github.com/trailofbits',
    sourceRepositoryOwnerIdentifier: '2314423',
    buildConfigURI: WHL_IDENTITY,
    buildConfigDigest: WHL_SHA,
    buildTrigger: 'release',
    runInvocationURI:
      'https://github.com/trailofbits/rfc8785.py/actions/runs/8351058501/attempts/1',
    sourceRepositoryVisibilityAtSigning: 'public'
  })
})

test('real: a wrong GitHub claim or extension of the wheel is refused, naming claim, expected and actual', () => {
  const base = { certificateIdentity: WHL_IDENTITY, certificateOidcIssuer: GITHUB_ACTIONS_ISSUER }
  const cases: [Record<string, unknown>, RegExp][] = [
    [
      { certificateGithubWorkflowRepository: 'trailofbits/rfc8785' },
      /certificate GitHub workflow repository \(1\.3\.6\.1\.4\.1\.57264\.1\.5 or sourceRepositoryURI 1\.3\.6\.1\.4\.1\.57264\.1\.12\) is "trailofbits\/rfc8785\.py", expected "trailofbits\/rfc8785"/
    ],
    [
      { certificateGithubWorkflowTrigger: 'push' },
      /certificate GitHub workflow trigger \(1\.3\.6\.1\.4\.1\.57264\.1\.2 or buildTrigger .*\) is "release", expected "push"/
    ],
    [
      { certificateGithubWorkflowSha: WHL_SHA.toUpperCase() },
      /certificate GitHub workflow sha .* is "d8b4a644[0-9a-f]+", expected "D8B4A644/
    ],
    [
      { certificateGithubWorkflowName: 'Release' },
      /certificate GitHub workflow name \(1\.3\.6\.1\.4\.1\.57264\.1\.4\) is "release", expected "Release"/
    ],
    [
      { certificateGithubWorkflowRef: 'refs/tags/v0.1' },
      /certificate GitHub workflow ref .* is "refs\/tags\/v0\.1\.2", expected "refs\/tags\/v0\.1"/
    ],
    [
      { certificateExtensions: { runnerEnvironment: 'self-hosted' } },
      /certificate extension runnerEnvironment \(1\.3\.6\.1\.4\.1\.57264\.1\.11\) is "github-hosted", expected "self-hosted"/
    ]
  ]
  for (const [claims, reason] of cases) {
    assertRejected({ ...whl(), policy: { ...base, ...claims } }, 'POLICY_FAILED', reason)
  }
  assertRejected(
    {
      ...whl(),
      policy: { ...base, certificateExtensions: { githubWorkflowSha: WHL_SHA } as never }
    },
    'INVALID_INPUT',
    /"githubWorkflowSha" is not a Fulcio extension name; use one of issuer, buildSignerURI/
  )
})

test('real: a claim the certificate does not make is missing, not matched', () => {
  // An e-mail identity signed through GitHub's OAuth login: no workflow claims at all.
  const bundle = JSON.parse(
    readFileSync(join(real, 'sigstore-js-bundles', 'bundleV03-dsse.sigstore'), 'utf8')
  ) as unknown
  const policy = {
    certificateIdentity: 'brian@dehamer.com',
    certificateOidcIssuer: 'https://github.com/login/oauth'
  }
  const result = verifyBundle({ bundle, policy })
  assert.deepEqual(result.githubWorkflow, {})
  assert.deepEqual(result.extensions, { issuer: 'https://github.com/login/oauth' })
  assertRejected(
    { bundle, policy: { ...policy, certificateGithubWorkflowRepository: 'npm/cli' } },
    'POLICY_FAILED',
    /certificate GitHub workflow repository \(1\.3\.6\.1\.4\.1\.57264\.1\.5 or sourceRepositoryURI 1\.3\.6\.1\.4\.1\.57264\.1\.12\) is missing, expected "npm\/cli"/
  )
  assertRejected(
    { bundle, policy: { ...policy, certificateExtensions: { toString: 'x' } as never } },
    'INVALID_INPUT',
    /"toString" is not a Fulcio extension name/
  )
})

test('real: SLSA generator provenance — the caller repository, not the reusable workflow’s, is the claim', () => {
  const file = join(slsa, 'binary-linux-amd64-push-v13.0.30')
  const result = verifyBundle({
    bundle: JSON.parse(readFileSync(`${file}.intoto.jsonl`, 'utf8')),
    artifact: { data: readFileSync(file) },
    policy: {
      certificateIdentity: GENERATOR,
      certificateOidcIssuer: GITHUB_ACTIONS_ISSUER,
      certificateGithubWorkflowRepository: 'slsa-framework/example-package',
      certificateGithubWorkflowRef: 'refs/tags/v13.0.30',
      certificateGithubWorkflowTrigger: 'push',
      predicateType: 'https://slsa.dev/provenance/v0.2',
      certificateExtensions: {
        // 153 bytes: a DER string with a long-form length.
        buildConfigURI:
          'https://github.com/slsa-framework/example-package/.github/workflows/verifier-e2e.all.workflow_dispatch.main.all.slsa3.yml@refs/tags/v13.0.30',
        buildSignerDigest: 'f7dd8c54c2067bafc12ca7a55595d5ee9b75204a'
      }
    }
  })
  assert.equal(result.kind, 'dsse')
  assert.equal(result.identity, GENERATOR)
  assert.equal(
    result.githubWorkflow.name,
    '.github/workflows/verifier-e2e.all.workflow_dispatch.main.all.slsa3.yml'
  )
  assert.equal(
    result.extensions.sourceRepositoryURI,
    'https://github.com/slsa-framework/example-package'
  )
})

test('stack: the loopback Fulcio’s certificate carries the run’s claims in both encodings', async t => {
  const env = await startSigningEnv(t, {
    workflow: {
      repository: 'acme/widgets',
      ref: 'refs/heads/main',
      sha: '0123456789abcdef0123456789abcdef01234567',
      eventName: 'workflow_dispatch',
      runId: '777',
      runAttempt: '2'
    }
  })
  const claims = {
    certificateGithubWorkflowTrigger: 'workflow_dispatch',
    certificateGithubWorkflowSha: '0123456789abcdef0123456789abcdef01234567',
    certificateGithubWorkflowName: 'Release',
    certificateGithubWorkflowRepository: 'acme/widgets',
    certificateGithubWorkflowRef: 'refs/heads/main'
  }
  for (const signed of [await env.signFile(), await env.signStatement()]) {
    const result = verifyBundle({
      bundle: signed.bundle,
      artifact: { data: signed.data },
      policy: {
        ...env.policy,
        ...claims,
        certificateExtensions: {
          runInvocationURI: 'https://github.com/acme/widgets/actions/runs/777/attempts/2'
        }
      },
      trustedRoot: env.trustedRoot
    })
    assert.deepEqual(result.githubWorkflow, {
      trigger: 'workflow_dispatch',
      sha: '0123456789abcdef0123456789abcdef01234567',
      name: 'Release',
      repository: 'acme/widgets',
      ref: 'refs/heads/main'
    })
    assert.equal(result.extensions.sourceRepositoryURI, 'https://github.com/acme/widgets')
    assert.equal(result.extensions.buildTrigger, 'workflow_dispatch')
    assert.equal(result.extensions.issuer, GITHUB_ACTIONS_ISSUER)
    assert.equal(result.extensions.sourceRepositoryOwnerURI, 'https://github.com/acme')
    // Another run's claim is refused, whatever the kind of bundle.
    assertRejected(
      {
        bundle: signed.bundle,
        artifact: { data: signed.data },
        policy: { ...env.policy, ...claims, certificateGithubWorkflowRef: 'refs/heads/release' },
        trustedRoot: env.trustedRoot
      },
      'POLICY_FAILED',
      /certificate GitHub workflow ref .* is "refs\/heads\/main", expected "refs\/heads\/release"/
    )
  }
})

// readCertificateClaims on hand-made extension lists: the encodings real Fulcio never mixes up,
// so no issued certificate can show what happens when they disagree.
const oid = (last: number): { id: number[] } => ({ id: [1, 3, 6, 1, 4, 1, 57264, 1, last] })
const legacy = (last: number, value: string): ExtensionValue => ({
  oid: oid(last),
  value: Buffer.from(value)
})
const der = (last: number, value: string, tag = 0x0c): ExtensionValue => {
  const bytes = Buffer.from(value)
  const length =
    bytes.length < 0x80 ? Buffer.from([bytes.length]) : Buffer.from([0x81, bytes.length])
  return { oid: oid(last), value: Buffer.concat([Buffer.from([tag]), length, bytes]) }
}

function assertMalformed(extensions: ExtensionValue[], reason: RegExp): void {
  assert.throws(
    () => readCertificateClaims({ extensions }),
    (error: unknown) => {
      assert.ok(error instanceof SigstoreError)
      assert.equal(error.code, 'VERIFICATION_FAILED')
      assert.match(error.message, /^the signing certificate is malformed: /)
      assert.match(error.message, reason)
      return true
    }
  )
}

test('claims: a certificate claiming two different values is malformed', () => {
  assertMalformed(
    [legacy(2, 'push'), der(20, 'release')],
    /deprecated extension 1\.3\.6\.1\.4\.1\.57264\.1\.2 says "push" but its buildTrigger \(1\.3\.6\.1\.4\.1\.57264\.1\.20\) says "release"/
  )
  assertMalformed(
    [legacy(3, 'a'.repeat(40)), der(13, 'b'.repeat(40))],
    /1\.3\.6\.1\.4\.1\.57264\.1\.3 says "a+" but its sourceRepositoryDigest/
  )
  assertMalformed(
    [legacy(6, 'refs/heads/main'), der(14, 'refs/tags/v1')],
    /says "refs\/heads\/main" but its sourceRepositoryRef .* says "refs\/tags\/v1"/
  )
  assertMalformed(
    [legacy(5, 'octo-org/octo-repo'), der(12, 'https://github.com/evil/octo-repo')],
    /GitHub workflow repository \(1\.3\.6\.1\.4\.1\.57264\.1\.5\) is "octo-org\/octo-repo" but its sourceRepositoryURI .* is "https:\/\/github\.com\/evil\/octo-repo"/
  )
  assertMalformed(
    [
      legacy(1, 'https://token.actions.githubusercontent.com'),
      der(8, 'https://accounts.google.com')
    ],
    /1\.3\.6\.1\.4\.1\.57264\.1\.1 says .* but its issuer \(1\.3\.6\.1\.4\.1\.57264\.1\.8\) says "https:\/\/accounts\.google\.com"/
  )
})

test('claims: v2 values are single DER strings, UTF-8', () => {
  const trailing = der(20, 'push')
  trailing.value = Buffer.concat([Buffer.from(trailing.value), Buffer.from([0])])
  assertMalformed(
    [trailing],
    /extension 1\.3\.6\.1\.4\.1\.57264\.1\.20 is not one DER string: its length says 4 bytes, 5 follow/
  )
  // A raw (deprecated-style) value where a DER string belongs.
  assertMalformed(
    [legacy(20, 'push')],
    /extension 1\.3\.6\.1\.4\.1\.57264\.1\.20 is not a DER string \(tag 112\)/
  )
  assertMalformed([der(20, 'push', 0x04)], /is not a DER string \(tag 4\)/)
  assertMalformed(
    [{ oid: oid(20), value: Buffer.from([0x0c, 0x02, 0xc3, 0x28]) }],
    /extension 1\.3\.6\.1\.4\.1\.57264\.1\.20 is not UTF-8/
  )
  // PrintableString and IA5String decode like UTF8String (as Go's encoding/asn1 does).
  assert.equal(
    readCertificateClaims({ extensions: [der(11, 'github-hosted', 0x13)] }).extensions
      .runnerEnvironment,
    'github-hosted'
  )
})

test('claims: one encoding alone is enough, folded both ways where the value is the same', () => {
  assert.deepEqual(
    readCertificateClaims({
      extensions: [
        der(20, 'push'),
        der(13, 'c'.repeat(40)),
        der(14, 'refs/tags/v1'),
        der(12, 'https://github.com/o/r')
      ]
    }),
    {
      extensions: {
        buildTrigger: 'push',
        sourceRepositoryDigest: 'c'.repeat(40),
        sourceRepositoryRef: 'refs/tags/v1',
        sourceRepositoryURI: 'https://github.com/o/r'
      },
      githubWorkflow: {
        trigger: 'push',
        sha: 'c'.repeat(40),
        ref: 'refs/tags/v1',
        repository: 'o/r'
      }
    }
  )
  assert.deepEqual(
    readCertificateClaims({
      extensions: [
        legacy(1, 'https://issuer'),
        legacy(2, 'push'),
        legacy(4, 'CI'),
        legacy(5, 'o/r')
      ]
    }),
    {
      extensions: { issuer: 'https://issuer', buildTrigger: 'push' },
      githubWorkflow: { trigger: 'push', name: 'CI', repository: 'o/r' }
    }
  )
  // A source repository elsewhere than github.com is no GitHub workflow repository.
  assert.deepEqual(
    readCertificateClaims({ extensions: [der(12, 'https://gitlab.com/o/r')] }).githubWorkflow,
    {}
  )
  // A GitHub Enterprise host agrees with the deprecated `owner/repo` by its path.
  assert.equal(
    readCertificateClaims({
      extensions: [legacy(5, 'o/r'), der(12, 'https://acme.ghe.com/o/r')]
    }).githubWorkflow.repository,
    'o/r'
  )
})

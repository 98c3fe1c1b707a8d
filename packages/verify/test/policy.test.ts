// The policy file and the flags that stand in for it: one validation, errors that name the field
// (or the flag) and say what to write.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VerifyError } from '../src/errors.ts'
import { loadPolicy, policyFromText } from '../src/policy/load-policy.ts'
import { policyFromFlags } from '../src/policy/policy-from-flags.ts'

const ISSUER = 'https://token.actions.githubusercontent.com'
const IDENTITY = 'https://github.com/org/app/.github/workflows/release.yml@refs/tags/v1.0.0'

const fromText = (text: string) =>
  policyFromText({ text, source: 'policy.yml', baseDir: '/policies' })

async function rejects(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof VerifyError, `expected a VerifyError, got ${String(error)}`)
    assert.equal(error.code, code)
    assert.match(error.message, message)
    return true
  })
}

test('a YAML policy with every kind of signer and requirement is normalised', async () => {
  const policy = await fromText(`
version: 1
trust:
  trusted-root: roots/trusted_root.json
  notation:
    trust-policy: [notation/trustpolicy.oci.json, /etc/notation/trustpolicy.blob.json]
    trust-store: notation/truststore
signers:
  release:
    certificate-identity-regexp: https://github\\.com/org/app/\\.github/workflows/release\\.yml@refs/tags/v.*
    certificate-oidc-issuer: ${ISSUER}
    certificate-github-workflow-repository: org/app
  akv:
    notation: { scope: local/app }
require:
  - signature: [release, akv]
  - attestation: release
    predicate-type: slsaprovenance1
allow-unsigned: false
`)
  assert.deepEqual(policy.sigstore, { source: 'file', path: '/policies/roots/trusted_root.json' })
  assert.deepEqual(policy.notation, {
    trustPolicies: [
      '/policies/notation/trustpolicy.oci.json',
      '/etc/notation/trustpolicy.blob.json'
    ],
    trustStore: '/policies/notation/truststore'
  })
  assert.deepEqual(policy.signers, [
    {
      kind: 'keyless',
      name: 'release',
      certificateIdentityRegexp:
        'https://github\\.com/org/app/\\.github/workflows/release\\.yml@refs/tags/v.*',
      certificateOidcIssuer: ISSUER,
      certificateGithubWorkflowRepository: 'org/app'
    },
    { kind: 'notation', name: 'akv', scope: 'local/app' }
  ])
  assert.deepEqual(policy.requirements, [
    { category: 'signature', signers: ['release', 'akv'] },
    {
      category: 'attestation',
      signers: ['release'],
      predicateType: 'https://slsa.dev/provenance/v1'
    }
  ])
  assert.equal(policy.allowUnsigned, false)
})

test('without require, a signature by any signer is required; JSON is read as well', async () => {
  const policy = await fromText(
    JSON.stringify({
      version: 1,
      signers: {
        a: { 'certificate-identity': IDENTITY, 'certificate-oidc-issuer': ISSUER },
        b: { 'certificate-identity': `${IDENTITY}-rc`, 'certificate-oidc-issuer': ISSUER }
      }
    })
  )
  assert.deepEqual(policy.requirements, [{ category: 'signature', signers: ['a', 'b'] }])
  assert.deepEqual(policy.sigstore, { source: 'public-good' })
})

test('schema errors name the path of the bad field and what to write', async () => {
  const signer = `signers:\n  r:\n    certificate-identity: ${IDENTITY}\n    certificate-oidc-issuer: ${ISSUER}\n`
  const cases: [string, RegExp][] = [
    [`version: 2\n${signer}`, /policy policy\.yml at version: must be 1/u],
    ['version: 1\nsigners: {}\n', /at signers: at least one signer is required/u],
    [
      `version: 1\nsigners:\n  r:\n    certificate-identity: ${IDENTITY}\n`,
      /at signers\.r\.certificate-oidc-issuer: is required for a keyless signer/u
    ],
    [
      `version: 1\nsigners:\n  r:\n    certificate-oidc-issuer: ${ISSUER}\n`,
      /at signers\.r\.certificate-identity: is required .*any identity of the issuer would pass/u
    ],
    [
      `version: 1\nsigners:\n  r:\n    certificate-identity: ${IDENTITY}\n    certificate-identity-regexp: x\n    certificate-oidc-issuer: ${ISSUER}\n`,
      /at signers\.r\.certificate-identity-regexp: give either certificate-identity or certificate-identity-regexp, not both/u
    ],
    [
      `version: 1\nsigners:\n  r:\n    certificate-identity-regexp: "(unclosed"\n    certificate-oidc-issuer: ${ISSUER}\n`,
      /at signers\.r\.certificate-identity-regexp: is not a valid regular expression/u
    ],
    [
      `version: 1\nsigners:\n  r:\n    certificate-identiti: ${IDENTITY}\n`,
      /at signers\.r\.certificate-identiti: unknown field; the fields here are certificate-identity, /u
    ],
    [
      `version: 1\n${signer}require:\n  - signature: other\n`,
      /at require\[0\]\.signature: no signer is named "other"; the signers are r/u
    ],
    [
      `version: 1\n${signer}require:\n  - attestation: r\n`,
      /at require\[0\]\.predicate-type: is required for an attestation/u
    ],
    [
      `version: 1\n${signer}require:\n  - attestation: r\n    predicate-type: sbom\n`,
      /at require\[0\]\.predicate-type: must be a URI or one of cosign's names \(slsaprovenance, /u
    ],
    [
      `version: 1\n${signer}allow-unsigned: "yes"\n`,
      /at allow-unsigned: must be true or false, not a string/u
    ],
    [
      `version: 1\n${signer}trust:\n  tuf-mirror: https://tuf.example\n`,
      /at trust\.tuf-root: tuf-mirror .* and tuf-root .* go together/u
    ],
    [
      'version: 1\nsigners:\n  n:\n    notation: true\n',
      /at trust: a notation signer needs trust\.notation\.trust-policy/u
    ],
    ['version: 1\nsigners: [a, b]\n', /at signers: must be a mapping of signer names/u]
  ]
  for (const [text, message] of cases) await rejects(fromText(text), 'INVALID_POLICY', message)
})

test('malformed YAML is refused with its line, duplicate keys included', async () => {
  await rejects(
    fromText('version: 1\nsigners:\n  r: [unclosed\n'),
    'INVALID_POLICY',
    /policy policy\.yml is not valid YAML or JSON \(line \d+, column \d+\)/u
  )
  await rejects(
    fromText(
      `version: 1\nsigners:\n  r:\n    certificate-identity: a\n    certificate-identity: b\n`
    ),
    'INVALID_POLICY',
    /not valid YAML or JSON .*[Mm]ap keys must be unique/u
  )
})

test('a key signer reads its PEM public key relative to the policy file; other files are refused', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sign-policy-'))
  try {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    await writeFile(join(dir, 'cosign.pub'), publicKey.export({ type: 'spki', format: 'pem' }))
    await writeFile(join(dir, 'cosign.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }))
    await writeFile(
      join(dir, 'policy.yml'),
      'version: 1\nsigners:\n  maintainers:\n    key: cosign.pub\n'
    )
    const policy = await loadPolicy({ path: join(dir, 'policy.yml') })
    const [signer] = policy.signers
    assert.equal(signer?.kind, 'key')
    assert.match(signer?.kind === 'key' ? signer.key : '', /^-----BEGIN PUBLIC KEY-----/u)
    await writeFile(join(dir, 'bad.yml'), 'version: 1\nsigners:\n  m:\n    key: cosign.key\n')
    await rejects(
      loadPolicy({ path: join(dir, 'bad.yml') }),
      'INVALID_INPUT',
      /cosign\.key \(signer m\) is a private key; give its public key/u
    )
    await writeFile(join(dir, 'notakey.pub'), 'hello')
    await writeFile(join(dir, 'bad.yml'), 'version: 1\nsigners:\n  m:\n    key: notakey.pub\n')
    await rejects(
      loadPolicy({ path: join(dir, 'bad.yml') }),
      'INVALID_INPUT',
      /notakey\.pub \(signer m\) is not a PEM public key/u
    )
    await rejects(
      loadPolicy({ path: join(dir, 'absent.yml') }),
      'INVALID_INPUT',
      /cannot read the policy file .*absent\.yml \(ENOENT\)/u
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

const flags = (values: Parameters<typeof policyFromFlags>[0]['flags']) =>
  policyFromFlags({ flags: values, source: 'flags', spell: name => `--${name}`, baseDir: '/work' })

test('flags: every kind of signer given is required, --type asks for attestations', async () => {
  const policy = await flags({
    certificateIdentity: IDENTITY,
    certificateOidcIssuer: ISSUER,
    certificateGithubWorkflowRef: 'refs/tags/v1.0.0',
    trustPolicy: ['trustpolicy.json'],
    trustStore: 'store',
    type: 'https://spdx.dev/Document'
  })
  assert.deepEqual(policy.requirements, [
    { category: 'attestation', signers: ['keyless'], predicateType: 'https://spdx.dev/Document' },
    { category: 'signature', signers: ['notation'] }
  ])
  assert.deepEqual(policy.notation, {
    trustPolicies: ['/work/trustpolicy.json'],
    trustStore: '/work/store'
  })
  assert.equal(
    policy.signers[0]?.kind === 'keyless' && policy.signers[0].certificateGithubWorkflowRef,
    'refs/tags/v1.0.0'
  )
})

test('flag mistakes are reported with the flag names', async () => {
  await rejects(
    flags({}),
    'INVALID_POLICY',
    /^say who must have signed: --certificate-identity \(or -regexp\) with --certificate-oidc-issuer/u
  )
  await rejects(
    flags({ certificateIdentity: IDENTITY }),
    'INVALID_POLICY',
    /^--certificate-oidc-issuer is required for a keyless signer/u
  )
  await rejects(
    flags({ certificateOidcIssuer: ISSUER, certificateGithubWorkflowRepository: 'org/app' }),
    'INVALID_POLICY',
    /^--certificate-identity is required/u
  )
  await rejects(
    flags({ trustStore: 'store' }),
    'INVALID_POLICY',
    /^--trust-store needs --trust-policy/u
  )
  await rejects(
    flags({
      certificateIdentity: IDENTITY,
      certificateOidcIssuer: ISSUER,
      tufMirror: 'ftp://x',
      tufRoot: 'root.json'
    }),
    'INVALID_POLICY',
    /^--tuf-mirror must be an http\(s\) URL/u
  )
})

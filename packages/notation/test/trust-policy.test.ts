// Trust policy documents: notation-go's validation rules one by one (messages from
// verifier/trustpolicy/*_test.go), JSON type errors, loading files and choosing a statement.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NotationError } from '../src/errors.ts'
import { loadTrustPolicyDocument } from '../src/trust-policy/load-document.ts'
import { parseTrustPolicyDocument } from '../src/trust-policy/parse-document.ts'
import { selectBlobStatement, selectOciStatement } from '../src/trust-policy/select-statement.ts'
import type { TrustPolicyDocument } from '../src/trust-policy/types.ts'

const SOURCE = 'policy.json'

/** notation-go's dummyOCIPolicyDocument statement, as JSON. */
const statement = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'test-statement-name',
  registryScopes: ['registry.acme-rockets.io/software/net-monitor'],
  signatureVerification: { level: 'audit' },
  trustStores: ['ca:valid-trust-store', 'signingAuthority:valid-trust-store'],
  trustedIdentities: ['x509.subject:CN=Notation Test Root,O=Notary,L=Seattle,ST=WA,C=US'],
  ...changes
})

/** The same statement without registryScopes, for blob documents. */
function withoutScopes(): Record<string, unknown> {
  const plain = statement()
  delete plain.registryScopes
  return plain
}

const oci = (...statements: Record<string, unknown>[]) => ({
  version: '1.0',
  trustPolicies: statements
})

const parse = (json: unknown, kind: 'oci' | 'blob' = 'oci'): TrustPolicyDocument =>
  parseTrustPolicyDocument({ json, kind, source: SOURCE })

/** Asserts that parsing fails with INVALID_TRUST_POLICY and exactly `message` after the source. */
function refuses(json: unknown, message: string, kind: 'oci' | 'blob' = 'oci'): void {
  assert.throws(
    () => parse(json, kind),
    (error: unknown) => {
      assert.ok(error instanceof NotationError)
      assert.equal(error.code, 'INVALID_TRUST_POLICY')
      assert.equal(error.message, `${SOURCE}: ${message}`)
      return true
    }
  )
}

/** Asserts that `run` throws a NotationError with `code` and a message matching every pattern. */
function throwsNotation(run: () => unknown, code: string, ...messages: RegExp[]): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof NotationError)
    assert.equal(error.code, code)
    for (const message of messages) assert.match(error.message, message)
    return true
  })
}

const core = (message: string) =>
  `oci trust policy: trust policy statement "test-statement-name" ${message}`

test("notation-go's dummy OCI document is valid and its audit level maps to actions", () => {
  const [parsed] = parse(oci(statement())).statements
  assert.deepEqual(parsed, {
    name: 'test-statement-name',
    level: 'audit',
    actions: {
      integrity: 'enforce',
      authenticity: 'log',
      authenticTimestamp: 'log',
      expiry: 'log',
      revocation: 'log'
    },
    verifyTimestamp: 'always',
    trustStores: [
      { type: 'ca', name: 'valid-trust-store' },
      { type: 'signingAuthority', name: 'valid-trust-store' }
    ],
    trustedIdentities: [
      {
        text: 'CN=Notation Test Root,O=Notary,L=Seattle,ST=WA,C=US',
        attributes: { CN: 'Notation Test Root', O: 'Notary', L: 'Seattle', ST: 'WA', C: 'US' }
      }
    ],
    registryScopes: ['registry.acme-rockets.io/software/net-monitor'],
    globalPolicy: false
  })
})

test('document-level rules give notation-go messages', () => {
  refuses(
    { trustPolicies: [statement()] },
    'oci trust policy document has empty version, version must be specified'
  )
  refuses(
    { version: 'invalid', trustPolicies: [statement()] },
    'oci trust policy document uses unsupported version "invalid"'
  )
  refuses({ version: '1.0' }, 'oci trust policy document can not have zero trust policy statements')
  refuses(
    { version: '1.0', trustPolicies: [] },
    'oci trust policy document can not have zero trust policy statements'
  )
  refuses(
    { trustPolicies: [statement()] },
    'blob trust policy has empty version, version must be specified',
    'blob'
  )
  refuses(
    { version: '2.0', trustPolicies: [statement()] },
    'blob trust policy document uses unsupported version "2.0"',
    'blob'
  )
  refuses(null, 'oci trust policy document has empty version, version must be specified')
})

test('statement rules give notation-go messages', () => {
  refuses(
    oci(statement({ name: '' })),
    'oci trust policy: a trust policy statement is missing a name, every statement requires a name'
  )
  refuses(
    oci(statement({ signatureVerification: {} })),
    core(
      'has invalid signatureVerification: signature verification level is empty or missing in the trust policy statement'
    )
  )
  refuses(
    oci(statement({ signatureVerification: { level: 'invalid' } })),
    core('has invalid signatureVerification: invalid signature verification level "invalid"')
  )
  refuses(
    oci(statement({ signatureVerification: { level: 'strict', verifyTimestamp: 'invalid' } })),
    core(
      'has invalid signatureVerification: verifyTimestamp must be "always" or "afterCertExpiry", but got "invalid"'
    )
  )
  refuses(
    oci(statement({ trustStores: [] })),
    core('is either missing trust stores or trusted identities, both must be specified')
  )
  refuses(
    oci(statement({ trustedIdentities: [] })),
    core('is either missing trust stores or trusted identities, both must be specified')
  )
  refuses(
    oci(statement({ signatureVerification: { level: 'skip' } })),
    core(
      'is set to skip signature verification but configured with trust stores and/or trusted identities, remove them if signature verification needs to be skipped'
    )
  )
  refuses(oci(statement({ trustedIdentities: [''] })), core('has an empty trusted identity'))
  refuses(
    oci(statement({ trustedIdentities: ['x509.subject'] })),
    core('has trusted identity "x509.subject" missing separator')
  )
  refuses(
    oci(statement({ trustedIdentities: ['x509.subject:'] })),
    core('has trusted identity "x509.subject:" without an identity value')
  )
  refuses(
    oci(statement({ trustStores: ['ca'] })),
    core(
      'has malformed trust store value "ca". The required format is <TrustStoreType>:<TrustStoreName>'
    )
  )
  refuses(
    oci(statement({ trustStores: ['invalid:test-trust-store'] })),
    core(
      'uses an unsupported trust store type "invalid" in trust store value "invalid:test-trust-store"'
    )
  )
  refuses(
    oci(statement({ trustStores: ['ca:my store'] })),
    core(
      'uses an unsupported trust store name "my store" in trust store value "ca:my store". Named store name needs to follow [a-zA-Z0-9_.-]+ format'
    )
  )
  refuses(
    oci(statement({ trustedIdentities: ['*', 'test-identity'] })),
    core(
      "uses a wildcard trusted identity '*', a wildcard identity cannot be used in conjunction with other values"
    )
  )
  refuses(
    oci(
      statement(),
      statement({ registryScopes: ['registry.acme-rockets.io/software/legacy/metrics'] })
    ),
    'multiple oci trust policy statements use the same name "test-statement-name", statement names must be unique'
  )
})

test('skip level needs no stores or identities; a level of skip cannot be customised', () => {
  const [skipped] = parse(
    oci(
      statement({
        signatureVerification: { level: 'skip' },
        trustStores: [],
        trustedIdentities: null
      })
    )
  ).statements
  assert.equal(skipped?.level, 'skip')
  assert.deepEqual(skipped?.trustStores, [])
  refuses(
    oci(
      statement({
        signatureVerification: { level: 'skip', override: { revocation: 'log' } },
        trustStores: [],
        trustedIdentities: []
      })
    ),
    core(
      `has invalid signatureVerification: signature verification level "skip" can't be used to customize signature verification`
    )
  )
})

test('overrides: any type but integrity, enforce or log, skip only for revocation', () => {
  const override = (entries: Record<string, string>) =>
    oci(statement({ signatureVerification: { level: 'strict', override: entries } }))
  const [custom] = parse(
    override({ revocation: 'skip', expiry: 'log', authenticTimestamp: 'log' })
  ).statements
  assert.equal(custom?.level, 'strict')
  assert.deepEqual(custom?.actions, {
    integrity: 'enforce',
    authenticity: 'enforce',
    authenticTimestamp: 'log',
    expiry: 'log',
    revocation: 'skip'
  })
  refuses(
    override({ integrity: 'log' }),
    core(
      'has invalid signatureVerification: "integrity" verification can not be overridden in custom signature verification'
    )
  )
  refuses(
    override({ expiry: 'skip' }),
    core(
      'has invalid signatureVerification: "expiry" verification can not be skipped in custom signature verification'
    )
  )
  refuses(
    override({ authenticity: 'skip' }),
    core(
      'has invalid signatureVerification: "authenticity" verification can not be skipped in custom signature verification'
    )
  )
  refuses(
    override({ Expiry: 'log' }),
    core(
      'has invalid signatureVerification: verification type "Expiry" in custom signature verification is not supported, supported values are ["integrity" "authenticity" "authenticTimestamp" "expiry" "revocation"]'
    )
  )
  refuses(
    override({ expiry: 'warn' }),
    core(
      'has invalid signatureVerification: verification action "warn" in custom signature verification is not supported, supported values are ["enforce" "log" "skip"]'
    )
  )
})

test('verifyTimestamp: absent or "" means always', () => {
  for (const verifyTimestamp of [undefined, '', 'always']) {
    const [parsed] = parse(
      oci(statement({ signatureVerification: { level: 'strict', verifyTimestamp } }))
    ).statements
    assert.equal(parsed?.verifyTimestamp, 'always')
  }
  const [after] = parse(
    oci(
      statement({ signatureVerification: { level: 'strict', verifyTimestamp: 'afterCertExpiry' } })
    )
  ).statements
  assert.equal(after?.verifyTimestamp, 'afterCertExpiry')
})

test('trusted identities: other prefixes are ignored, but some x509 identity must remain', () => {
  const [mixed] = parse(
    oci(
      statement({ trustedIdentities: ['x509.subject: C=US, ST=WA, O=Acme', 'plugin.id:anything'] })
    )
  ).statements
  assert.deepEqual(mixed?.trustedIdentities, [
    { text: ' C=US, ST=WA, O=Acme', attributes: { C: 'US', ST: 'WA', O: 'Acme' } }
  ])
  refuses(
    oci(statement({ trustedIdentities: ['plugin.id:anything'] })),
    'oci trust policy: no x509 trusted identities are configured in the trust policy "test-statement-name": identities other than "x509.subject:<DN>" need a verification plugin, which this verifier does not run; add an "x509.subject:" identity or "*"'
  )
  refuses(
    oci(
      statement({
        trustedIdentities: ['x509.subject:C=US,ST=WA,O=Acme', 'x509.subject:C=US,ST=WA,O=Acme']
      })
    ),
    core(
      'has overlapping x509 trustedIdentities, "x509.subject:C=US,ST=WA,O=Acme" overlaps with "x509.subject:C=US,ST=WA,O=Acme"'
    )
  )
  // not overlapping: neither is a subset of the other
  const [distinct] = parse(
    oci(
      statement({
        trustedIdentities: [
          'x509.subject:C=US,ST=WA,O=Acme,OU=A',
          'x509.subject:C=US,ST=WA,O=Acme,OU=B'
        ]
      })
    )
  ).statements
  assert.equal((distinct?.trustedIdentities as unknown[]).length, 2)
  refuses(
    oci(statement({ trustedIdentities: ['x509.subject:C=US,ST=WA,O=Acme+OU=Dev'] })),
    core(
      'has trusted identity "x509.subject:C=US,ST=WA,O=Acme+OU=Dev" with invalid identity value: distinguished name (DN) "C=US,ST=WA,O=Acme+OU=Dev" has multi-valued RDN attributes, remove multi-valued RDN attributes as they are not supported'
    )
  )
})

test('OCI registry scopes: the valid and invalid scopes of notation-go TestValidRegistryScopes / TestInvalidRegistryScopes', () => {
  for (const scope of [
    '*',
    'example.com/rep',
    'example.com:8080/rep/rep2',
    'example.com/rep/subrep/subsub',
    '10.10.10.10:8080/rep/rep2',
    'domain/rep',
    'domain:1234/rep'
  ]) {
    assert.deepEqual(
      parse(oci(statement({ registryScopes: [scope] }))).statements[0]?.registryScopes,
      [scope]
    )
  }
  const ensure =
    'make sure it is a fully qualified repository without the scheme, protocol or tag. For example domain.com/my/repository or a local scope like local/myOCILayout'
  for (const scope of [
    '',
    '1:1',
    'a,b',
    'abcd',
    '1111',
    '1,2',
    'example.com/rep:tag',
    'example.com/rep/subrep/sub:latest',
    'example.com',
    'rep/rep2:latest',
    'repository',
    '10.10.10.10',
    '10.10.10.10:8080/rep/rep2:latest'
  ]) {
    refuses(
      oci(statement({ registryScopes: [scope] })),
      `registry scope ${JSON.stringify(scope)} is not valid, ${ensure}`
    )
  }
  for (const scope of ['example.com/*', '*/', 'example*/', 'ex*test']) {
    refuses(
      oci(statement({ registryScopes: [scope] })),
      `registry scope ${JSON.stringify(scope)} with wild card(s) is not valid, ${ensure}`
    )
  }
})

test('a long near-miss repository is rejected quickly (no exponential backtracking)', () => {
  const started = performance.now()
  refuses(
    oci(statement({ registryScopes: [`example.com/${'a'.repeat(5000)}!`] })),
    `registry scope "example.com/${'a'.repeat(5000)}!" is not valid, make sure it is a fully qualified repository without the scheme, protocol or tag. For example domain.com/my/repository or a local scope like local/myOCILayout`
  )
  assert.ok(performance.now() - started < 1000)
})

test('blob documents: one global statement, not skip; no registry scopes', () => {
  const blob = (...statements: Record<string, unknown>[]) => ({
    version: '1.0',
    trustPolicies: statements
  })
  const plain = withoutScopes()
  const document = parse(
    blob({ ...plain, globalPolicy: true }, { ...plain, name: 'other' }),
    'blob'
  )
  assert.deepEqual(
    document.statements.map(s => [s.name, s.globalPolicy, s.registryScopes]),
    [
      ['test-statement-name', true, []],
      ['other', false, []]
    ]
  )
  refuses(
    blob({ ...plain, globalPolicy: true }, { ...plain, name: 'other', globalPolicy: true }),
    'multiple blob trust policy statements have globalPolicy set to true. Only one trust policy statement can be marked as global policy',
    'blob'
  )
  refuses(
    blob(plain, plain),
    'multiple blob trust policy statements use the same name "test-statement-name", statement names must be unique',
    'blob'
  )
  refuses(
    blob({ ...plain, name: '' }),
    'blob trust policy: a trust policy statement is missing a name, every statement requires a name',
    'blob'
  )
  refuses(
    blob({ name: 'everything', signatureVerification: { level: 'skip' }, globalPolicy: true }),
    'global blob trust policy statement cannot have verification level set to skip; set "level" of "everything" to strict, permissive or audit, or remove "globalPolicy"',
    'blob'
  )
  refuses(
    blob(statement()),
    'blob trust policy statement "test-statement-name" has registryScopes, which blob trust policies do not use: remove them, or give this document as an OCI trust policy (trustpolicy.oci.json)',
    'blob'
  )
})

test('a known field of the wrong JSON type is an error naming the field path', () => {
  const malformed = (path: string, expected: string, found: string) =>
    `malformed trust policy: ${path} must be ${expected}, not ${found}. To create a trust policy, see: https://notaryproject.dev/docs/quickstart/#create-a-trust-policy`
  refuses(
    oci(statement({ trustStores: 'ca:e2e' })),
    malformed('trustPolicies[0].trustStores', 'an array of strings', 'a string')
  )
  refuses(
    oci(statement(), statement({ name: 'two', trustedIdentities: [7] })),
    malformed('trustPolicies[1].trustedIdentities', 'an array of strings', 'an array')
  )
  refuses(
    oci(statement({ registryScopes: { a: 1 } })),
    malformed('trustPolicies[0].registryScopes', 'an array of strings', 'a object')
  )
  refuses(oci(statement({ name: 3 })), malformed('trustPolicies[0].name', 'a string', 'a number'))
  refuses(
    oci(statement({ signatureVerification: 'strict' })),
    malformed('trustPolicies[0].signatureVerification', 'an object', 'a string')
  )
  refuses(
    oci(statement({ signatureVerification: { level: 'strict', override: { expiry: false } } })),
    malformed('trustPolicies[0].signatureVerification.override.expiry', 'a string', 'a boolean')
  )
  refuses({ version: 1, trustPolicies: [] }, malformed('version', 'a string', 'a number'))
  refuses(
    { version: '1.0', trustPolicies: {} },
    malformed('trustPolicies', 'an array of objects', 'a object')
  )
  refuses(
    { version: '1.0', trustPolicies: ['x'] },
    malformed('trustPolicies[0]', 'an object', 'a string')
  )
  refuses([], malformed('the trust policy document', 'an object', 'an array'))
  refuses(
    { version: '1.0', trustPolicies: [{ ...statement(), globalPolicy: 'yes' }] },
    malformed('trustPolicies[0].globalPolicy', 'true or false', 'a string'),
    'blob'
  )
})

test("unknown fields are ignored and keys match case-insensitively, as Go's encoding/json does", () => {
  const document = parse({
    Version: '1.0',
    comment: 'ignored',
    TrustPolicies: [
      { ...statement(), TRUSTSTORES: ['ca:other'], trustStores: undefined, extra: { deep: true } }
    ]
  })
  assert.deepEqual(document.statements[0]?.trustStores, [{ type: 'ca', name: 'other' }])
  // null is Go's zero value
  refuses(
    oci(statement({ trustStores: null })),
    core('is either missing trust stores or trusted identities, both must be specified')
  )
})

test('loadTrustPolicyDocument reads a file and refuses missing files, directories, symlinks and bad JSON', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'trust-policy-'))
  try {
    const good = join(dir, 'trustpolicy.oci.json')
    await writeFile(good, JSON.stringify(oci(statement())))
    const document = await loadTrustPolicyDocument({ path: good, kind: 'oci' })
    assert.equal(document.source, good)
    assert.equal(document.statements[0]?.name, 'test-statement-name')

    const link = join(dir, 'link.json')
    await symlink(good, link)
    const folder = join(dir, 'folder.json')
    await mkdir(folder)
    const bad = join(dir, 'bad.json')
    await writeFile(bad, '{"version": "1.0",')
    const expectations: [string, RegExp][] = [
      [
        join(dir, 'absent.json'),
        /: trust policy is not present\. To create a trust policy, see: https:\/\/notaryproject\.dev/
      ],
      [link, /: trust policy is not a regular file \(symlinks are not supported\)\. To create/],
      [folder, /: trust policy is not a regular file \(symlinks are not supported\)\. To create/],
      [bad, /: malformed trust policy \(.+\)\. To create a trust policy, see:/]
    ]
    for (const [path, message] of expectations) {
      await assert.rejects(loadTrustPolicyDocument({ path, kind: 'oci' }), error => {
        assert.ok(error instanceof NotationError)
        assert.equal(error.code, 'INVALID_TRUST_POLICY')
        assert.ok(error.message.startsWith(`${path}: `), error.message)
        assert.match(error.message, message)
        return true
      })
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('selectOciStatement: an exact scope beats "*", tags and digests are dropped, ports kept', () => {
  const document = parse(
    oci(
      statement({
        name: 'exact',
        registryScopes: ['localhost:5000/net-monitor', 'registry.io/a/b']
      }),
      statement({ name: 'any', registryScopes: ['*'] })
    )
  )
  const digest = 'sha256:60043cf45eaebc4c0867fea485a039b598f52fd09fd5b07b0b2d2f88fad9d74e'
  for (const reference of [
    'localhost:5000/net-monitor',
    'localhost:5000/net-monitor:v1',
    `localhost:5000/net-monitor@${digest}`,
    `localhost:5000/net-monitor:v1@${digest}`,
    'registry.io/a/b:latest'
  ]) {
    assert.equal(selectOciStatement({ document, reference }).name, 'exact', reference)
  }
  for (const reference of [
    'localhost:5001/net-monitor',
    'localhost:5000/net-monitor/sub',
    `registry.io/a@${digest}`
  ]) {
    assert.equal(selectOciStatement({ document, reference }).name, 'any', reference)
  }
})

test('selectOciStatement: no exact scope and no "*" is NO_APPLICABLE_TRUST_POLICY naming the artifact', () => {
  const document = parse(oci(statement({ registryScopes: ['localhost:5000/test-repo'] })))
  throwsNotation(
    () => selectOciStatement({ document, reference: 'localhost:5000/other:v1' }),
    'NO_APPLICABLE_TRUST_POLICY',
    /^there is no applicable trust policy for the given artifact "localhost:5000\/other:v1": no statement of policy\.json has registry scope "localhost:5000\/other" or "\*"/,
    /determined by registryScopes/
  )
  throwsNotation(
    () => selectOciStatement({ document, reference: 'https://localhost:5000/other' }),
    'INVALID_INPUT',
    /^artifact reference "https:\/\/localhost:5000\/other" could not be parsed/
  )
})

test('selectBlobStatement: by name, else the global statement; clear errors when absent', () => {
  const plain = withoutScopes()
  const blob = parse(
    {
      version: '1.0',
      trustPolicies: [
        { ...plain, name: 'named' },
        { ...plain, name: 'global', globalPolicy: true }
      ]
    },
    'blob'
  )
  assert.equal(selectBlobStatement({ document: blob, policyName: 'named' }).name, 'named')
  assert.equal(selectBlobStatement({ document: blob }).name, 'global')
  throwsNotation(
    () => selectBlobStatement({ document: blob, policyName: 'nope' }),
    'NO_APPLICABLE_TRUST_POLICY',
    /no applicable blob trust policy with name "nope" in policy\.json; its statements are "named", "global"/
  )
  throwsNotation(
    () => selectBlobStatement({ document: blob, policyName: ' ' }),
    'INVALID_INPUT',
    /^policy name cannot be empty/
  )
  const noGlobal = parse({ version: '1.0', trustPolicies: [plain] }, 'blob')
  throwsNotation(
    () => selectBlobStatement({ document: noGlobal }),
    'NO_APPLICABLE_TRUST_POLICY',
    /no global blob trust policy in policy\.json; give a policy name \(one of "test-statement-name"\) or mark one statement with "globalPolicy": true/
  )
  throwsNotation(
    () => selectBlobStatement({ document: parse(oci(statement())) }),
    'INVALID_INPUT',
    /policy\.json is a oci trust policy document, but a file \(blob\) is being verified/
  )
  throwsNotation(
    () => selectOciStatement({ document: blob, reference: 'a.io/b' }),
    'INVALID_INPUT',
    /is a blob trust policy document, but an image is being verified/
  )
})

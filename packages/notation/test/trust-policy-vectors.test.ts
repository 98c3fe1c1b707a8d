// Every trust policy fixture of notation's e2e suite, vendored in test/vectors/notation (see
// SOURCES.md), against what notation says about it (notation
// test/e2e/suite/trustpolicy/*.go, notation-go verifier/trustpolicy).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { NotationError } from '../src/errors.ts'
import { loadTrustPolicyDocument } from '../src/trust-policy/load-document.ts'
import type { TrustPolicyDocument } from '../src/trust-policy/types.ts'

const VECTORS = join(import.meta.dirname, '../../../test/vectors/notation')
const CONFIG = join(VECTORS, 'e2e/config/trustpolicies')
const BLOB = join(VECTORS, 'e2e/blob/trustpolicies')

const ENFORCE_ALL = {
  integrity: 'enforce',
  authenticity: 'enforce',
  authenticTimestamp: 'enforce',
  expiry: 'enforce',
  revocation: 'enforce'
}
const ENSURE =
  'make sure it is a fully qualified repository without the scheme, protocol or tag. For example domain.com/my/repository or a local scope like local/myOCILayout'
const MANDATORY = "it must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum"

/** What a valid document must come out as (the parts each fixture is about). */
type Check = (document: TrustPolicyDocument) => void
type Expected = { kind: 'oci' | 'blob' } & ({ valid: Check } | { error: string | RegExp })

const strictStar: Check = document => {
  const [statement] = document.statements
  assert.equal(document.statements.length, 1)
  assert.deepEqual(statement?.registryScopes, ['*'])
  assert.equal(statement?.level, 'strict')
  assert.deepEqual(statement?.actions, ENFORCE_ALL)
  assert.deepEqual(statement?.trustStores, [{ type: 'ca', name: 'e2e' }])
  assert.equal(statement?.trustedIdentities, '*')
}

const oneScope =
  (scope: string): Check =>
  document =>
    assert.deepEqual(document.statements[0]?.registryScopes, [scope])

const levelActions =
  (level: string, actions: Record<string, string>): Check =>
  document => {
    assert.equal(document.statements[0]?.level, level)
    assert.deepEqual(document.statements[0]?.actions, actions)
  }

/** File name → expected result; a fixture without an entry fails the completeness test. */
const CONFIG_TABLE: Record<string, Expected> = {
  'any_registry_scope_trust_policy.json': { kind: 'oci', valid: strictStar },
  'audit_trustpolicy.json': {
    kind: 'oci',
    valid: levelActions('audit', {
      integrity: 'enforce',
      authenticity: 'log',
      authenticTimestamp: 'log',
      expiry: 'log',
      revocation: 'log'
    })
  },
  'blob_trust_policy.json': {
    kind: 'blob',
    valid: document => {
      assert.deepEqual(
        document.statements.map(s => [s.name, s.level, s.globalPolicy]),
        [
          ['wabbit-networks-policy', 'strict', false],
          ['skip-verification-policy', 'skip', false],
          ['global-verification-policy', 'audit', true]
        ]
      )
      assert.deepEqual(document.statements[0]?.trustedIdentities, [
        {
          text: ' C=US, ST=WA, L=Seattle, O=wabbit-networks.io, OU=Security Tools',
          attributes: {
            C: 'US',
            ST: 'WA',
            L: 'Seattle',
            O: 'wabbit-networks.io',
            OU: 'Security Tools'
          }
        }
      ])
      assert.deepEqual(document.statements[1]?.trustStores, [])
      assert.deepEqual(document.statements[2]?.trustStores, [{ type: 'ca', name: 'acme-rockets' }])
    }
  },
  'empty_registry_scope_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy statement "e2e" has zero registry scopes, it must specify registry scopes with at least one value'
  },
  'empty_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    error: 'oci trust policy: trust policy statement "e2e" has an empty trusted identity'
  },
  'generate_test_trustpolicy.json': {
    kind: 'oci',
    valid: document =>
      assert.deepEqual(document.statements[0]?.trustStores, [{ type: 'ca', name: 'sKey' }])
  },
  'invalid_format_trustpolicy.json': {
    kind: 'oci',
    // JSON.parse's own reason sits in the parentheses (its wording is V8's)
    error:
      /^malformed trust policy \(.*JSON at position 99.*\)\. To create a trust policy, see: https:\/\/notaryproject\.dev\/docs\/quickstart\/#create-a-trust-policy$/
  },
  // a valid document: verification fails later, no statement covers the artifact's repository
  'invalid_registry_scope_trustpolicy.json': {
    kind: 'oci',
    valid: oneScope('localhost:5000/invalid-test-repo')
  },
  // a valid document: the store does not exist when verifying
  'invalid_trust_store_trustpolicy.json': {
    kind: 'oci',
    valid: document =>
      assert.deepEqual(document.statements[0]?.trustStores, [{ type: 'ca', name: 'invalid_store' }])
  },
  // a valid document: C=USB does not match the signer when verifying
  'invalid_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    valid: document =>
      assert.deepEqual(document.statements[0]?.trustedIdentities, [
        {
          text: ' CN=e2e,O=Notary,L=Seattle,ST=WA,C=USB',
          attributes: { CN: 'e2e', O: 'Notary', L: 'Seattle', ST: 'WA', C: 'USB' }
        }
      ])
  },
  'malformed_registry_scope_trustpolicy.json': {
    kind: 'oci',
    error: `registry scope "localhost:5000\\\\test-repo" is not valid, ${ENSURE}`
  },
  'malformed_trust_store_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy: trust policy statement "e2e" uses an unsupported trust store name "" in trust store value "ca:". Named store name needs to follow [a-zA-Z0-9_.-]+ format'
  },
  'malformed_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy: trust policy statement "e2e" has trusted identity "x509.subject CN=e2e,O=Notary,L=Seattle,ST=WA,C=US" missing separator'
  },
  'missing_country_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    error: `oci trust policy: trust policy statement "e2e" has trusted identity "x509.subject: CN=e2e,O=Notary,L=Seattle,ST=WA" with invalid identity value: distinguished name (DN) " CN=e2e,O=Notary,L=Seattle,ST=WA" has no mandatory RDN attribute for "C", ${MANDATORY}`
  },
  'missing_organization_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    error: `oci trust policy: trust policy statement "e2e" has trusted identity "x509.subject: CN=e2e,L=Seattle,ST=WA,C=US" with invalid identity value: distinguished name (DN) " CN=e2e,L=Seattle,ST=WA,C=US" has no mandatory RDN attribute for "O", ${MANDATORY}`
  },
  'missing_state_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    error: `oci trust policy: trust policy statement "e2e" has trusted identity "x509.subject: CN=e2e,O=Notary,L=Seattle,C=US" with invalid identity value: distinguished name (DN) " CN=e2e,O=Notary,L=Seattle,C=US" has no mandatory RDN attribute for "ST", ${MANDATORY}`
  },
  'multi_statements_with_multi_wildcard_registry_scope_trustpolicy.json': {
    kind: 'oci',
    error:
      'registry scope "*" is present in multiple oci trust policy statements, one registry scope value can only be associated with one statement'
  },
  'multi_statements_with_the_same_name_trustpolicy.json': {
    kind: 'oci',
    error:
      'multiple oci trust policy statements use the same name "e2e", statement names must be unique'
  },
  'multi_statements_with_the_same_registry_scope_trustpolicy.json': {
    kind: 'oci',
    error:
      'registry scope "localhost:5000/test-repo8" is present in multiple oci trust policy statements, one registry scope value can only be associated with one statement'
  },
  'multi_statements_with_wildcard_registry_scope_trustpolicy.json': {
    kind: 'oci',
    valid: document =>
      assert.deepEqual(
        document.statements.map(s => [s.name, s.registryScopes]),
        [
          ['e2e', ['localhost:5000/test-repo9']],
          ['e2e2', ['*']]
        ]
      )
  },
  'multiple_registry_scope_trustpolicy.json': {
    kind: 'oci',
    valid: document =>
      assert.deepEqual(document.statements[0]?.registryScopes, [
        'localhost:5000/test-repo3',
        'localhost:5000/test-repo2'
      ])
  },
  'multiple_trust_store_trustpolicy.json': {
    kind: 'oci',
    valid: document =>
      assert.deepEqual(document.statements[0]?.trustStores, [
        { type: 'ca', name: 'e2e' },
        { type: 'ca', name: 'e2e-new' }
      ])
  },
  'multiple_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    valid: document => {
      const identities = document.statements[0]?.trustedIdentities
      assert.ok(Array.isArray(identities))
      assert.deepEqual(
        identities.map(identity => identity.attributes),
        [
          { CN: 'e2e', O: 'Notary', L: 'Seattle', ST: 'WA', C: 'US' },
          { O: 'Internet Widgits Pty Ltd', ST: 'Some-State', C: 'AU' }
        ]
      )
    }
  },
  'overlapped_registry_scope_trustpolicy.json': {
    kind: 'oci',
    error:
      'registry scope "localhost:5000/test-repo6" is present in multiple oci trust policy statements, one registry scope value can only be associated with one statement'
  },
  // notation does not check repeated trust stores (its e2e test for it is skipped)
  'overlapped_trust_store_trustpolicy.json': {
    kind: 'oci',
    valid: document =>
      assert.deepEqual(document.statements[0]?.trustStores, [
        { type: 'ca', name: 'e2e' },
        { type: 'ca', name: 'e2e' }
      ])
  },
  'overlapped_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy: trust policy statement "e2e" has overlapping x509 trustedIdentities, "x509.subject: CN=e2e,O=Notary,ST=WA,C=US" overlaps with "x509.subject: CN=e2e,O=Notary,L=Seattle,ST=WA,C=US"'
  },
  'override_audit_trustpolicy.json': { kind: 'oci', valid: levelActions('audit', ENFORCE_ALL) },
  'override_integrity_for_permissive_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy: trust policy statement "e2e" has invalid signatureVerification: "integrity" verification can not be overridden in custom signature verification'
  },
  'override_permissive_trustpolicy.json': {
    kind: 'oci',
    valid: levelActions('permissive', { ...ENFORCE_ALL, authenticity: 'log' })
  },
  'override_strict_trustpolicy.json': {
    kind: 'oci',
    valid: levelActions('strict', {
      integrity: 'enforce',
      authenticity: 'log',
      authenticTimestamp: 'log',
      expiry: 'log',
      revocation: 'log'
    })
  },
  'permissive_trustpolicy.json': {
    kind: 'oci',
    valid: levelActions('permissive', {
      integrity: 'enforce',
      authenticity: 'enforce',
      authenticTimestamp: 'log',
      expiry: 'log',
      revocation: 'log'
    })
  },
  'quickstart_trustpolicy.json': {
    kind: 'oci',
    valid: document =>
      assert.deepEqual(document.statements[0]?.trustStores, [
        { type: 'ca', name: 'wabbit-networks.io' }
      ])
  },
  'registry_scope_trustpolicy.json': { kind: 'oci', valid: oneScope('localhost:5000/test-repo') },
  'skip_trustpolicy.json': {
    kind: 'oci',
    valid: document => {
      const [statement] = document.statements
      assert.equal(statement?.level, 'skip')
      assert.deepEqual(Object.values(statement?.actions ?? {}), Array(5).fill('skip'))
      assert.deepEqual(statement?.trustStores, [])
      assert.deepEqual(statement?.trustedIdentities, [])
    }
  },
  'timestamp_after_cert_expiry_trustpolicy.json': {
    kind: 'oci',
    valid: document => {
      assert.equal(document.statements[0]?.verifyTimestamp, 'afterCertExpiry')
      assert.deepEqual(document.statements[0]?.trustStores, [
        { type: 'ca', name: 'e2e' },
        { type: 'tsa', name: 'e2e' }
      ])
    }
  },
  'timestamp_trustpolicy.json': {
    kind: 'oci',
    valid: document => assert.equal(document.statements[0]?.verifyTimestamp, 'always')
  },
  'trustpolicy.json': {
    kind: 'oci',
    valid: document => {
      strictStar(document)
      // verifyTimestamp absent means "always"
      assert.equal(document.statements[0]?.verifyTimestamp, 'always')
    }
  },
  'unset_trust_store_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy: trust policy statement "e2e" is either missing trust stores or trusted identities, both must be specified'
  },
  'unset_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy: trust policy statement "e2e" is either missing trust stores or trusted identities, both must be specified'
  },
  'valid_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    valid: document =>
      assert.deepEqual(document.statements[0]?.trustedIdentities, [
        {
          text: ' CN=e2e,O=Notary,L=Seattle,ST=WA,C=US',
          attributes: { CN: 'e2e', O: 'Notary', L: 'Seattle', ST: 'WA', C: 'US' }
        }
      ])
  },
  'wildcard_plus_other_registry_scope_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy statement "e2e" uses wildcard registry scope \'*\', a wildcard scope cannot be used in conjunction with other scope values'
  },
  'wildcard_plus_other_trusted_identity_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy: trust policy statement "e2e" uses a wildcard trusted identity \'*\', a wildcard identity cannot be used in conjunction with other values'
  },
  'wildcard_trust_store_trustpolicy.json': {
    kind: 'oci',
    error:
      'oci trust policy: trust policy statement "e2e" has malformed trust store value "*". The required format is <TrustStoreType>:<TrustStoreName>'
  }
}

const BLOB_TABLE: Record<string, Expected> = {
  'trustpolicy.blob.json': {
    kind: 'blob',
    valid: document => {
      assert.equal(document.kind, 'blob')
      assert.deepEqual(
        document.statements.map(s => [
          s.name,
          s.globalPolicy,
          s.verifyTimestamp,
          s.trustStores.length
        ]),
        [
          ['test-blob-statement', false, 'always', 1],
          ['test-blob-global-statement', true, 'always', 1],
          ['test-blob-with-timestamping', false, 'always', 2]
        ]
      )
      assert.ok(document.statements.every(s => s.registryScopes.length === 0))
    }
  }
}

async function expectOutcome(folder: string, file: string, expected: Expected): Promise<void> {
  const path = join(folder, file)
  if ('valid' in expected) {
    const document = await loadTrustPolicyDocument({ path, kind: expected.kind })
    assert.equal(document.kind, expected.kind)
    assert.equal(document.source, path)
    expected.valid(document)
    return
  }
  await assert.rejects(loadTrustPolicyDocument({ path, kind: expected.kind }), error => {
    assert.ok(error instanceof NotationError)
    assert.equal(error.code, 'INVALID_TRUST_POLICY')
    if (typeof expected.error === 'string') {
      assert.equal(error.message, `${path}: ${expected.error}`)
    } else {
      assert.ok(error.message.startsWith(`${path}: `), error.message)
      assert.match(error.message.slice(path.length + 2), expected.error)
    }
    return true
  })
}

for (const [folder, table] of [
  [CONFIG, CONFIG_TABLE],
  [BLOB, BLOB_TABLE]
] as const) {
  test(`every fixture in ${folder.slice(VECTORS.length + 1)} has an expected outcome`, () => {
    assert.deepEqual(readdirSync(folder).sort(), Object.keys(table).sort())
  })
  for (const [file, expected] of Object.entries(table)) {
    const outcome = 'valid' in expected ? 'is valid' : "is refused with notation's message"
    test(`${file} (${expected.kind}) ${outcome}`, () => expectOutcome(folder, file, expected))
  }
}

test('the config fixtures hold 43 files, as notation e2e has', () => {
  assert.equal(readdirSync(CONFIG).length, 43)
})

test('blob documents are refused as OCI documents: their statements have no registry scopes', () =>
  expectOutcome(BLOB, 'trustpolicy.blob.json', {
    kind: 'oci',
    error:
      'oci trust policy statement "test-blob-statement" has zero registry scopes, it must specify registry scopes with at least one value'
  }))

test('an OCI document is refused as a blob document (deviation: notation ignores registryScopes there)', () =>
  expectOutcome(CONFIG, 'trustpolicy.json', {
    kind: 'blob',
    error:
      'blob trust policy statement "e2e" has registryScopes, which blob trust policies do not use: remove them, or give this document as an OCI trust policy (trustpolicy.oci.json)'
  }))

// x509.subject identities: RFC 4514 parsing with notation's rules, certificate subjects read from
// DER as notation (Go's pkix.Name) sees them, and subset matching — with notation-go's
// verifier/testdata/verifier/signing-cert.pem and bad-cert.pem (vendored in test/vectors, see
// SOURCES.md).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { NotationError } from '../src/errors.ts'
import { certificateSubjectAttributes } from '../src/trust-policy/certificate-subject.ts'
import { identityMatches, parseDistinguishedName } from '../src/trust-policy/distinguished-name.ts'
import { parseTrustPolicyDocument } from '../src/trust-policy/parse-document.ts'
import type { TrustPolicyStatement } from '../src/trust-policy/types.ts'
import { checkTrustedIdentity } from '../src/verify/trusted-identity.ts'

const VECTORS = join(import.meta.dirname, '../../../test/vectors/notation')
const TESTDATA = join(VECTORS, 'notation-go/verifier/testdata')
const certificate = (path: string) => new X509Certificate(readFileSync(join(TESTDATA, path)))

function refuses(text: string, message: string): void {
  assert.throws(
    () => parseDistinguishedName({ text }),
    (error: unknown) => {
      assert.ok(error instanceof NotationError)
      assert.equal(error.code, 'INVALID_INPUT')
      assert.equal(error.message, message)
      return true
    }
  )
}

test('parseDistinguishedName reads RFC 4514 names: spaces, escapes, S for ST, any case', () => {
  assert.deepEqual(
    parseDistinguishedName({ text: 'C=US,ST=California,O=Notary Project' }).attributes,
    {
      C: 'US',
      ST: 'California',
      O: 'Notary Project'
    }
  )
  assert.deepEqual(
    parseDistinguishedName({ text: 'C=US,S=California,O=Notary Project' }).attributes,
    {
      C: 'US',
      ST: 'California',
      O: 'Notary Project'
    }
  )
  assert.deepEqual(
    parseDistinguishedName({
      text: '  c = US ;st=WA,  O=Acme\\, Inc.  , OU=\\#1\\2B2 , CN=caf\\c3\\a9\\ '
    }).attributes,
    { C: 'US', ST: 'WA', O: 'Acme, Inc.', OU: '#1+2', CN: 'café ' }
  )
  assert.equal(parseDistinguishedName({ text: ' C=US, ST=WA, O=x' }).text, ' C=US, ST=WA, O=x')
})

test("parseDistinguishedName refuses what notation refuses, with notation's messages", () => {
  const mandatory = "it must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum"
  refuses(
    'C=US,ST=California',
    `distinguished name (DN) "C=US,ST=California" has no mandatory RDN attribute for "O", ${mandatory}`
  )
  refuses(
    'C=US,O=Notary Project',
    `distinguished name (DN) "C=US,O=Notary Project" has no mandatory RDN attribute for "ST", ${mandatory}`
  )
  refuses(
    'ST=WA,O=x',
    `distinguished name (DN) "ST=WA,O=x" has no mandatory RDN attribute for "C", ${mandatory}`
  )
  refuses(
    'C=US,ST=WA,O=x,OU=a,OU=b',
    'distinguished name (DN) "C=US,ST=WA,O=x,OU=a,OU=b" has duplicate RDN attribute for "OU", DN can only have unique RDN attributes'
  )
  refuses(
    'C=US,ST=WA,S=OR,O=x',
    'distinguished name (DN) "C=US,ST=WA,S=OR,O=x" has duplicate RDN attribute for "ST", DN can only have unique RDN attributes'
  )
  refuses(
    'C=US+ST=WA,O=x',
    'distinguished name (DN) "C=US+ST=WA,O=x" has multi-valued RDN attributes, remove multi-valued RDN attributes as they are not supported'
  )
  refuses(
    'C=bad=#identity,O=LOL,ST=LOL',
    'unsupported distinguished name (DN) "C=bad=#identity,O=LOL,ST=LOL": notation does not support x509.subject identities containing "=#"'
  )
  refuses(
    'C=US,ST=WA,1.2.840.113549.1.9.1=#160161,O=x',
    'unsupported distinguished name (DN) "C=US,ST=WA,1.2.840.113549.1.9.1=#160161,O=x": notation does not support x509.subject identities containing "=#"'
  )
  const parseError = (text: string, reason: string) =>
    `parsing distinguished name (DN) ${JSON.stringify(text)} failed with err: ${reason}. A valid DN must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum, and follow RFC 4514 standard`
  refuses('C=US,ST=WA,O', parseError('C=US,ST=WA,O', 'DN ended with incomplete type, value pair'))
  refuses('C=US,WA,O=x', parseError('C=US,WA,O=x', 'incomplete type, value pair'))
  refuses('C=US,ST=WA,O=x\\', parseError('C=US,ST=WA,O=x\\', 'got corrupted escaped character'))
  refuses(
    'C=US,ST=WA,O=x\\zz',
    parseError('C=US,ST=WA,O=x\\zz', 'failed to decode escaped character: invalid hex pair "zz"')
  )
  refuses('C=US,S T=WA,O=x', parseError('C=US,S T=WA,O=x', 'invalid attribute type "S T"'))
  refuses(
    'C=US,ST=WA,O=x+',
    parseError('C=US,ST=WA,O=x+', 'DN ended with incomplete type, value pair')
  )
})

test("signing-cert.pem's subject reads as notation reads it", () => {
  const subject = certificateSubjectAttributes({
    certificate: certificate('verifier/signing-cert.pem')
  })
  assert.deepEqual(subject, {
    text: 'CN=SomeCN,OU=SomeOU,O=SomeOrg,L=Seattle,ST=WA,C=US',
    attributes: { C: 'US', ST: 'WA', L: 'Seattle', O: 'SomeOrg', OU: 'SomeOU', CN: 'SomeCN' }
  })
})

test('bad-cert.pem (a CN holding "=#") cannot be matched by x509.subject identities', () => {
  const subject = certificateSubjectAttributes({
    certificate: certificate('verifier/bad-cert.pem')
  })
  assert.equal(subject.text, 'CN=Bad=#CN,OU=SomeOU,O=SomeOrg,L=Seattle,ST=WA,C=US')
  assert.equal(
    subject.unsupported,
    'unsupported distinguished name (DN) "CN=Bad=#CN,OU=SomeOU,O=SomeOrg,L=Seattle,ST=WA,C=US": notation does not support x509.subject identities containing "=#"'
  )
})

test('subjects notation rejects: no C/ST/O; a self-signed CA without C (GlobalSign R6)', () => {
  const subject = certificateSubjectAttributes({
    certificate: certificate('truststore/x509/tsa/test-timestamp/globalsignRoot.cer')
  })
  assert.equal(subject.text, 'CN=GlobalSign,OU=GlobalSign Root CA - R6,O=GlobalSign')
  assert.deepEqual(subject.attributes, {
    OU: 'GlobalSign Root CA - R6',
    O: 'GlobalSign',
    CN: 'GlobalSign'
  })
  assert.equal(
    subject.unsupported,
    `distinguished name (DN) "CN=GlobalSign,OU=GlobalSign Root CA - R6,O=GlobalSign" has no mandatory RDN attribute for "C", it must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum`
  )
})

/** The statement of a one-statement OCI policy trusting `identities`, as the parser makes it. */
function policyWith(identities: string[]): TrustPolicyStatement {
  const [statement] = parseTrustPolicyDocument({
    json: {
      version: '1.0',
      trustPolicies: [
        {
          name: 'p',
          registryScopes: ['*'],
          signatureVerification: { level: 'strict' },
          trustStores: ['ca:s'],
          trustedIdentities: identities
        }
      ]
    },
    kind: 'oci',
    source: 'test'
  }).statements
  assert.ok(statement)
  return statement
}

/**
 * notation-go verifier_test.go TestVerifyX509TrustedIdentities: identities of a policy against
 * the leaf subject, through the policy parser and the verifier's trusted-identity step.
 */
const trusted = (identities: string[], leaf: X509Certificate): boolean =>
  checkTrustedIdentity({ statement: policyWith(identities), leaf: leaf.raw }) === undefined

/** The policy parser's refusal of `identities`: INVALID_TRUST_POLICY with `reason` in it. */
function refusedPolicy(identities: string[], reason: RegExp): void {
  assert.throws(
    () => policyWith(identities),
    (error: unknown) => {
      assert.ok(error instanceof NotationError)
      assert.equal(error.code, 'INVALID_TRUST_POLICY')
      assert.match(error.message, reason)
      return true
    }
  )
}

test('TestVerifyX509TrustedIdentities cases give notation-go results', () => {
  const leaf = certificate('verifier/signing-cert.pem')
  const bad = certificate('verifier/bad-cert.pem')
  assert.equal(trusted(['x509.subject:C=US,O=SomeOrg,ST=WA'], leaf), true)
  assert.equal(
    trusted(['x509.subject:C=US,O=SomeOrg,ST=WA', 'nonX509Prefix:my-custom-identity'], leaf),
    true
  )
  assert.equal(
    trusted(['x509.subject:C=US,O=SomeOrg,ST=WA', 'x509.subject:C=IND,O=SomeOrg,ST=TS'], leaf),
    true
  )
  assert.equal(trusted(['*'], leaf), true)
  assert.equal(trusted(['x509.subject:C=IND,O=SomeOrg,ST=TS'], leaf), false)
  assert.equal(
    trusted(['x509.subject:C=IND,O=SomeOrg,ST=TS', 'nonX509Prefix:my-custom-identity'], leaf),
    false
  )
  assert.equal(
    trusted(['x509.subject:C=IND,O=SomeOrg,ST=TS', 'x509.subject:C=LOL,O=LOL,ST=LOL'], leaf),
    false
  )
  assert.equal(trusted(['x509.subject:C=US,O=SomeOrg,ST=WA'], bad), false)
  assert.equal(
    checkTrustedIdentity({
      statement: policyWith(['x509.subject:C=US,O=SomeOrg,ST=WA']),
      leaf: bad.raw
    }),
    'error while parsing the certificate subject from the digital signature. error : "unsupported distinguished name (DN) "CN=Bad=#CN,OU=SomeOU,O=SomeOrg,L=Seattle,ST=WA,C=US": notation does not support x509.subject identities containing "=#""'
  )
  assert.equal(trusted(['*'], bad), true)
  // values compare exactly: case matters, every identity attribute must be present
  assert.equal(trusted(['x509.subject:C=US,O=someorg,ST=WA'], leaf), false)
  assert.equal(trusted(['x509.subject:C=US,O=SomeOrg,ST=WA,OU=Other'], leaf), false)
  assert.equal(
    trusted(['x509.subject:CN=SomeCN,OU=SomeOU,O=SomeOrg,L=Seattle,ST=WA,C=US'], leaf),
    true
  )
  // policies notation refuses never reach matching
  refusedPolicy(
    ['nonX509Prefix:my-custom-identity'],
    /no x509 trusted identities are configured in the trust policy "p"/
  )
  refusedPolicy(
    ['x509.subject:C=bad=#identity,O=LOL,ST=LOL'],
    /notation does not support x509.subject identities containing "=#"/
  )
})

test('identityMatches is a subset match on attribute values', () => {
  const identity = parseDistinguishedName({ text: 'C=US, ST=WA, O=Notary' })
  assert.equal(
    identityMatches({ identity, attributes: { C: 'US', ST: 'WA', O: 'Notary', CN: 'x' } }),
    true
  )
  assert.equal(identityMatches({ identity, attributes: { C: 'US', ST: 'WA' } }), false)
  assert.equal(
    identityMatches({ identity, attributes: { C: 'US', ST: 'WA', O: 'Notary ' } }),
    false
  )
})

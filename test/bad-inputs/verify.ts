// verify: a registry holding the image the base verifies and a Sigstore stack (its trusted root
// and TUF repository); the base requires a keyless signature and a notation signature.
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createRegistryClient, pushImage, staticCredentials } from '@sign/oci'
import {
  bundleEntry,
  executeAction,
  sampleImage,
  selfSignedCodeSigningChain,
  startAll,
  startRegistry,
  startSigstoreStack
} from '@sign/testenv'
import { booleanCases, REGISTRY_CASES, REGISTRY_EXEMPT } from './registry-inputs.ts'
import { registryRequestCount } from './services.ts'
import type { ActionTable } from './table.ts'

const ROOT = resolve(import.meta.dirname, '../..')
/** The policy as a file instead of inputs: every policy input of the base unset. */
const NO_POLICY_INPUTS = {
  'certificate-identity': '',
  'certificate-oidc-issuer': '',
  'trusted-root': '',
  'trust-policy': '',
  'trust-store': ''
}
/** The Sigstore trusted root from the stack's TUF repository instead of a file. */
const TUF = (mirror: string, root: string): Record<string, string> => ({
  'trusted-root': '',
  'tuf-mirror': mirror,
  'tuf-root': root
})

function keylessCases(): ActionTable['cases'] {
  return [
    {
      input: 'certificate-identity',
      inputs: { 'certificate-identity': 'https://github.com/org/a\nhttps://github.com/org/b' },
      message: "Input 'certificate-identity' spans several lines"
    },
    {
      input: 'certificate-identity-regexp',
      inputs: { 'certificate-identity': '', 'certificate-identity-regexp': '(unclosed' },
      message: "input 'certificate-identity-regexp' is not a valid regular expression"
    },
    {
      input: 'certificate-oidc-issuer',
      inputs: { 'certificate-oidc-issuer': 'not a url' },
      message: "Input 'certificate-oidc-issuer' must be the issuer URL"
    },
    {
      input: 'certificate-oidc-issuer-regexp',
      inputs: { 'certificate-oidc-issuer': '', 'certificate-oidc-issuer-regexp': '[' },
      message: "input 'certificate-oidc-issuer-regexp' is not a valid regular expression"
    },
    {
      input: 'certificate-github-workflow-repository',
      inputs: { 'certificate-github-workflow-repository': 'not a repository' },
      message: "Input 'certificate-github-workflow-repository' must be a repository as owner/name"
    },
    {
      input: 'certificate-github-workflow-ref',
      inputs: { 'certificate-github-workflow-ref': 'main' },
      message: "Input 'certificate-github-workflow-ref' must be a full git ref"
    },
    {
      input: 'certificate-github-workflow-sha',
      inputs: { 'certificate-github-workflow-sha': 'abc123' },
      message: "Input 'certificate-github-workflow-sha' must be a full commit id"
    },
    {
      input: 'certificate-github-workflow-trigger',
      inputs: { 'certificate-github-workflow-trigger': 'on push!' },
      message: "Input 'certificate-github-workflow-trigger' must be an event name"
    },
    {
      input: 'certificate-github-workflow-name',
      inputs: { 'certificate-github-workflow-name': 'Release\nBuild' },
      message: "Input 'certificate-github-workflow-name' spans several lines"
    }
  ]
}

export const VERIFY: ActionTable = {
  action: 'verify',
  exempt: REGISTRY_EXEMPT,
  cases: [
    {
      input: 'images',
      inputs: { images: 'Not A Reference!' },
      message:
        'Input \'images\', line 1: target "Not A Reference!" is neither an existing file nor an image reference'
    },
    {
      input: 'files',
      inputs: { files: 'dist/missing-*' },
      message: "Input 'files': the glob 'dist/missing-*' matches no file"
    },
    {
      input: 'oci-layouts',
      inputs: { 'oci-layouts': 'layout-without-tag' },
      message:
        'Input \'oci-layouts\', line 1: OCI layout target "layout-without-tag" names no image'
    },
    {
      input: 'oci-layouts',
      inputs: { 'oci-layouts': 'missing-layout:v1' },
      message: 'Input \'oci-layouts\', line 1: "missing-layout" is not an OCI image layout'
    },
    {
      input: 'policy',
      inputs: { ...NO_POLICY_INPUTS, policy: 'missing.yml' },
      message: "Input 'policy': cannot read the policy file missing.yml (ENOENT)"
    },
    {
      input: 'policy',
      inputs: { ...NO_POLICY_INPUTS, policy: 'policy.yml' },
      files: { 'policy.yml': 'version: 2\n' },
      message: "Input 'policy': policy policy.yml at version: must be 1"
    },
    ...keylessCases(),
    {
      input: 'signer-workflow',
      inputs: { 'certificate-identity': '', 'signer-workflow': 'org/repo' },
      message: "input 'signer-workflow' is [host/]owner/repo/.github/workflows/<file>.yml"
    },
    {
      input: 'builder-id',
      inputs: { 'builder-id': 'release.yml' },
      message: "input 'builder-id' is a URI such as https://github.com/"
    },
    {
      input: 'builder-id-regexp',
      inputs: { 'builder-id-regexp': '(unclosed' },
      message: "input 'builder-id-regexp' is not a valid regular expression"
    },
    {
      input: 'source-uri',
      inputs: { 'source-uri': 'not a repository' },
      message: "input 'source-uri' must name a repository"
    },
    {
      input: 'source-ref',
      inputs: { 'source-ref': 'main' },
      message: "input 'source-ref' is a full ref such as refs/tags/v1.2.3"
    },
    {
      input: 'source-tag',
      inputs: { 'source-tag': 'refs/tags/v1' },
      message: "input 'source-tag' is a tag name without refs/"
    },
    {
      input: 'source-branch',
      inputs: { 'source-branch': 'main branch' },
      message: "input 'source-branch' is a branch name without refs/"
    },
    {
      input: 'source-versioned-tag',
      inputs: { 'source-versioned-tag': 'latest' },
      message: "input 'source-versioned-tag' is a major or major.minor version"
    },
    {
      input: 'key',
      inputs: { key: 'missing.pub' },
      message: 'Input \'key\': cannot read "missing.pub" (ENOENT)'
    },
    {
      input: 'key',
      inputs: { key: 'cosign.pub' },
      files: { 'cosign.pub': 'not a public key\n' },
      message: 'Input \'key\': "cosign.pub" is not a PEM public key'
    },
    {
      input: 'type',
      inputs: { type: 'not-a-type' },
      message: 'Input \'type\': "not-a-type" is not a predicate type'
    },
    {
      input: 'require-sbom',
      inputs: { 'require-sbom': 'spdx' },
      message:
        'Input \'require-sbom\': "spdx" is not an SBOM format: write spdx-json or cyclonedx-json'
    },
    {
      input: 'trusted-root',
      inputs: { 'trusted-root': 'missing.json' },
      message: 'missing.json" (ENOENT)'
    },
    {
      input: 'trusted-root',
      inputs: { 'trusted-root': 'trusted_root.json' },
      files: { 'trusted_root.json': '{"mediaType": "not a trusted root"}' },
      message: 'trusted_root.json is not a Sigstore trusted root'
    },
    {
      input: 'tuf-mirror',
      inputs: TUF('http://tuf.example.com', '{{tuf-root}}'),
      message:
        'Input \'tuf-mirror\': "http://tuf.example.com" uses plain http://, which is accepted only for a loopback host'
    },
    {
      input: 'tuf-mirror',
      inputs: TUF('not a url', '{{tuf-root}}'),
      message: 'input \'tuf-mirror\' must be an http(s) URL, not "not a url"'
    },
    {
      input: 'tuf-root',
      inputs: TUF('{{tuf-mirror}}', 'missing-root.json'),
      message: 'missing-root.json" (ENOENT)'
    },
    {
      input: 'trust-policy',
      inputs: { 'trust-policy': 'missing/trustpolicy.json' },
      message: 'missing/trustpolicy.json" (ENOENT)'
    },
    {
      input: 'trust-policy',
      inputs: { 'trust-policy': 'trustpolicy.bad.json' },
      files: { 'trustpolicy.bad.json': '{"version": "1.0", "trustPolicies": [' },
      message: 'trustpolicy.bad.json" is not JSON'
    },
    {
      input: 'trust-store',
      inputs: { 'trust-store': 'missing-store' },
      message: 'missing-store" is not a directory'
    },
    {
      input: 'trust-store',
      inputs: { 'trust-store': 'dist' },
      message: 'dist" is not a notation trust store holding ca:release'
    },
    {
      input: 'scope',
      inputs: { scope: 'not a scope' },
      message: 'Input \'scope\': "not a scope" is not a registry scope'
    },
    {
      input: 'report',
      inputs: { report: 'dist/app.bin/report.json' },
      message: 'Input \'report\': "dist/app.bin/report.json" cannot be created'
    },
    {
      input: 'report',
      inputs: { report: 'dist' },
      message: 'Input \'report\': "dist" is a directory'
    },
    ...booleanCases(['allow-unsigned', 'show-summary']),
    ...REGISTRY_CASES
  ],
  start: () =>
    startAll(async running => {
      const stack = running.add(await startSigstoreStack({ oidcIssuers: [] }))
      const registry = running.add(await startRegistry({ mode: 'basic' }))
      const client = createRegistryClient({
        credentials: staticCredentials({
          [registry.host]: { kind: 'basic', ...registry.credentials }
        })
      })
      await pushImage({
        client,
        repo: { registry: registry.host, repository: 'octo-org/app' },
        reference: 'v1',
        ...sampleImage()
      })
      const [root] = await selfSignedCodeSigningChain()
      const statement = {
        name: 'release',
        signatureVerification: { level: 'strict' },
        trustStores: ['ca:release'],
        trustedIdentities: ['*']
      }
      return {
        values: { 'tuf-mirror': stack.tufMirrorUrl, 'tuf-root': stack.tufRootPath },
        base: {
          images: `${registry.host}/octo-org/app:v1`,
          files: 'dist/app.bin',
          'certificate-identity':
            'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
          'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
          'trusted-root': stack.trustedRootPath,
          'trust-policy': 'trustpolicy.oci.json\ntrustpolicy.blob.json',
          'trust-store': 'truststore',
          'registry-username': registry.credentials.username,
          'registry-password': registry.credentials.password,
          'github-token': ''
        },
        files: {
          'dist/app.bin': 'app',
          'truststore/x509/ca/release/release.crt': root?.pem ?? '',
          'trustpolicy.oci.json': JSON.stringify({
            version: '1.0',
            trustPolicies: [{ ...statement, registryScopes: [`${registry.host}/octo-org/app`] }]
          }),
          'trustpolicy.blob.json': JSON.stringify({
            version: '1.0',
            trustPolicies: [{ ...statement, globalPolicy: true }]
          })
        },
        run: ({ workspace, inputs }) =>
          executeAction({
            entry: bundleEntry('verify'),
            actionYml: join(ROOT, 'actions/verify/action.yml'),
            workspace,
            inputs,
            env: { DOCKER_CONFIG: join(tmpdir(), 'bad-inputs-no-docker-config') },
            timeoutMs: 60_000
          }),
        requests: () => ({
          registry: registryRequestCount(registry),
          sigstore:
            stack.requests.fulcio + stack.requests.rekor + stack.requests.tsa + stack.requests.tuf
        }),
        stop: () => running.stop()
      }
    })
}

// cosign-keyless: the job's OIDC issuer, a Sigstore stack trusting it and a registry holding the
// image the base signs.
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createRegistryClient, pushImage, staticCredentials } from '@sign/oci'
import {
  bundleEntry,
  executeAction,
  sampleImage,
  startAll,
  startOidcIssuer,
  startRegistry,
  startSigstoreStack
} from '@sign/testenv'
import { booleanCases, REGISTRY_CASES, REGISTRY_EXEMPT } from './registry-inputs.ts'
import { SUBJECT_CASES } from './subject-inputs.ts'
import { idTokenRequestCount, registryRequestCount } from './services.ts'
import type { ActionTable } from './table.ts'

const ROOT = resolve(import.meta.dirname, '../..')

/** A signing config whose only Rekor is a v2 log (as public-good's moves to). */
const REKOR_V2_SIGNING_CONFIG = {
  mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
  caUrls: [service('https://fulcio.example.com')],
  oidcUrls: [],
  rekorTlogUrls: [service('https://log2026-1.rekor.example.com', 2)],
  rekorTlogConfig: { selector: 'ANY' },
  tsaUrls: [service('https://timestamp.example.com/api/v1/timestamp')],
  tsaConfig: { selector: 'ANY' }
}

function service(url: string, majorApiVersion = 1) {
  return { url, majorApiVersion, validFor: { start: '2025-01-01T00:00:00Z' }, operator: 'example' }
}

export const COSIGN_KEYLESS: ActionTable = {
  action: 'cosign-keyless',
  exempt: REGISTRY_EXEMPT,
  cases: [
    ...SUBJECT_CASES,
    {
      input: 'mode',
      inputs: { mode: 'some' },
      message: "Input 'mode' must be one of: all, checksums-only"
    },
    {
      input: 'identity-token',
      inputs: { 'identity-token': 'not-a-token' },
      message: "Input 'identity-token' is not an OIDC ID token"
    },
    {
      input: 'fulcio-url',
      inputs: { 'fulcio-url': 'http://fulcio.example.com' },
      message: 'fulcio-url "http://fulcio.example.com" uses http://'
    },
    {
      input: 'fulcio-url',
      inputs: { 'fulcio-url': 'not a url' },
      message: 'fulcio-url "not a url" is not a URL'
    },
    {
      input: 'rekor-url',
      inputs: { 'rekor-url': 'http://rekor.example.com' },
      message: 'rekor-url "http://rekor.example.com" uses http://'
    },
    {
      input: 'tsa-url',
      inputs: { 'tsa-url': 'http://10.0.0.1/tsa' },
      message: 'tsa-url "http://10.0.0.1/tsa" uses http://'
    },
    {
      input: 'tsa-url',
      inputs: { 'tsa-url': 'ftp://tsa.example.com' },
      message: 'tsa-url "ftp://tsa.example.com" uses ftp://'
    },
    {
      input: 'signing-config',
      inputs: { 'signing-config': 'missing.json' },
      message: 'signing-config missing.json cannot be read (ENOENT)'
    },
    {
      input: 'signing-config',
      inputs: { 'signing-config': 'signing_config.json' },
      files: { 'signing_config.json': '{"mediaType": "application/json"' },
      message: 'signing-config signing_config.json is not valid JSON'
    },
    {
      input: 'legacy-tag-format',
      inputs: {
        'legacy-tag-format': 'true',
        'signing-config': 'signing_config.json',
        'fulcio-url': '',
        'rekor-url': '',
        'tsa-url': ''
      },
      files: { 'signing_config.json': JSON.stringify(REKOR_V2_SIGNING_CONFIG) },
      message: "legacy-tag-format writes cosign's old .sig tag, which needs a Rekor v1 entry"
    },
    ...booleanCases([
      'recursive',
      'legacy-tag-format',
      'legacy-outputs',
      'tlog-upload',
      'show-summary'
    ]),
    ...REGISTRY_CASES
  ],
  start: () =>
    startAll(async running => {
      const oidc = running.add(await startOidcIssuer())
      const stack = running.add(await startSigstoreStack({ oidcIssuers: [oidc] }))
      const registry = running.add(await startRegistry({ mode: 'basic' }))
      const client = createRegistryClient({
        credentials: staticCredentials({
          [registry.host]: { kind: 'basic', ...registry.credentials }
        })
      })
      const repo = { registry: registry.host, repository: 'octo-org/app' }
      await pushImage({ client, repo, reference: 'v1', ...sampleImage() })
      return {
        base: {
          images: `${registry.host}/octo-org/app:v1`,
          files: 'dist/app.bin',
          'fulcio-url': stack.fulcioUrl,
          'rekor-url': stack.rekorUrl,
          'tsa-url': stack.tsaUrl,
          'registry-username': registry.credentials.username,
          'registry-password': registry.credentials.password,
          'github-token': ''
        },
        files: { 'dist/app.bin': 'app' },
        run: ({ workspace, inputs }) =>
          executeAction({
            entry: bundleEntry('cosign-keyless'),
            actionYml: join(ROOT, 'actions/cosign-keyless/action.yml'),
            workspace,
            inputs,
            idToken: oidc.actionsEnv(),
            env: { DOCKER_CONFIG: join(tmpdir(), 'bad-inputs-no-docker-config') },
            timeoutMs: 60_000
          }),
        requests: () => ({
          registry: registryRequestCount(registry),
          sigstore:
            stack.requests.fulcio + stack.requests.rekor + stack.requests.tsa + stack.requests.tuf,
          idToken: idTokenRequestCount(oidc)
        }),
        stop: () => running.stop()
      }
    })
}

// cosign-keyless: refused against the keyless actions' services (keyless-harness.ts).
import { booleanCases, REGISTRY_CASES, REGISTRY_EXEMPT } from './registry-inputs.ts'
import { SIGSTORE_CASES, startKeylessHarness } from './keyless-harness.ts'
import { SUBJECT_CASES } from './subject-inputs.ts'
import type { ActionTable } from './table.ts'

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
    ...SIGSTORE_CASES,
    {
      input: 'mode',
      inputs: { mode: 'some' },
      message: "Input 'mode' must be one of: all, checksums-only"
    },
    {
      input: 'fulcio-url',
      inputs: { 'fulcio-url': 'not a url' },
      message: 'fulcio-url "not a url" is not a URL'
    },
    {
      input: 'tsa-url',
      inputs: { 'tsa-url': 'http://10.0.0.1/tsa' },
      message: 'tsa-url "http://10.0.0.1/tsa" uses http://'
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
  start: () => startKeylessHarness({ action: 'cosign-keyless' })
}

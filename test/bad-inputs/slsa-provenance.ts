// slsa-provenance: refused against the keyless actions' services (keyless-harness.ts).
import { booleanCases, REGISTRY_CASES, REGISTRY_EXEMPT } from './registry-inputs.ts'
import { SIGSTORE_CASES, startKeylessHarness } from './keyless-harness.ts'
import { SUBJECT_CASES } from './subject-inputs.ts'
import type { ActionTable } from './table.ts'

export const SLSA_PROVENANCE: ActionTable = {
  action: 'slsa-provenance',
  exempt: {
    ...REGISTRY_EXEMPT,
    'github-token':
      'a secret: any text can be a token; a refused one is the github-attestations case'
  },
  cases: [
    ...SUBJECT_CASES.filter(badCase => badCase.input !== 'output-directory'),
    {
      input: 'output-directory',
      inputs: { 'output-directory': '../outside' },
      message: "Input 'output-directory' is ../outside, outside the workspace"
    },
    {
      input: 'base64-subjects',
      inputs: { 'base64-subjects': Buffer.from('not-a-digest  app\n').toString('base64') },
      message: "Input 'base64-subjects': "
    },
    {
      input: 'format',
      inputs: { format: 'slsa' },
      message: "Input 'format' names slsa, which is not a provenance format this writes"
    },
    {
      input: 'provenance-name',
      inputs: { 'provenance-name': '../escape.intoto.jsonl' },
      message:
        "Input 'provenance-name' is ../escape.intoto.jsonl: it is a file name ending in .intoto.jsonl"
    },
    {
      input: 'sigstore-json',
      inputs: { 'sigstore-json': 'true', format: 'github-v1,generic-v0.2' },
      message: "Input 'sigstore-json' writes one bundle file"
    },
    {
      input: 'github-attestations',
      inputs: { 'github-attestations': 'true', 'github-token': '' },
      message:
        "Input 'github-attestations' uploads to GitHub's attestations, which needs input 'github-token'"
    },
    {
      input: 'github-api-url',
      inputs: { 'github-api-url': 'ftp://api.example.com' },
      message: "Input 'github-api-url' is ftp://api.example.com"
    },
    ...SIGSTORE_CASES,
    ...booleanCases(['sigstore-json', 'push-to-registry', 'github-attestations', 'show-summary']),
    ...REGISTRY_CASES
  ],
  start: () => startKeylessHarness({ action: 'slsa-provenance' })
}

// sign (the root action): refused against the keyless actions' services (keyless-harness.ts).
import { booleanCases, REGISTRY_CASES, REGISTRY_EXEMPT } from './registry-inputs.ts'
import { SIGSTORE_CASES, startKeylessHarness } from './keyless-harness.ts'
import { SUBJECT_CASES } from './subject-inputs.ts'
import type { ActionTable } from './table.ts'

export const SIGN: ActionTable = {
  action: 'sign',
  exempt: REGISTRY_EXEMPT,
  cases: [
    ...SUBJECT_CASES.filter(badCase => badCase.input !== 'output-directory'),
    {
      input: 'sbom-format',
      inputs: { 'sbom-format': 'spdx' },
      message: 'Input \'sbom-format\' names "spdx", which is not an SBOM format this writes'
    },
    {
      input: 'provenance-format',
      inputs: { 'provenance-format': 'slsa' },
      message: "Input 'provenance-format' names slsa, which is not a provenance format this writes"
    },
    {
      input: 'signatures',
      inputs: { signatures: 'false', sboms: 'false', provenance: 'false' },
      message: "Inputs 'signatures', 'sboms' and 'provenance' are all false"
    },
    {
      input: 'policy',
      inputs: { policy: 'missing.yml' },
      message: "Input 'policy': cannot read the policy file"
    },
    {
      input: 'trusted-root',
      inputs: { 'trusted-root': 'trusted_root.json' },
      files: { 'trusted_root.json': '{"mediaType":"not a trusted root"}' },
      message: "Input 'trusted-root': "
    },
    {
      input: 'verify',
      inputs: { 'trusted-root': '' },
      message:
        "Input 'verify' checks what the step made, but it signs with a Sigstore instance other than public-good"
    },
    ...SIGSTORE_CASES,
    ...booleanCases(['sboms', 'provenance', 'show-summary']),
    ...REGISTRY_CASES
  ],
  start: () => startKeylessHarness({ action: 'sign', trustedRoot: true })
}

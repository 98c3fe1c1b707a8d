// sbom-attach: refused against the keyless actions' services (keyless-harness.ts).
import { booleanCases, REGISTRY_CASES, REGISTRY_EXEMPT } from './registry-inputs.ts'
import { SIGSTORE_CASES, startKeylessHarness } from './keyless-harness.ts'
import { SUBJECT_CASES } from './subject-inputs.ts'
import type { ActionTable } from './table.ts'

export const SBOM_ATTACH: ActionTable = {
  action: 'sbom-attach',
  exempt: REGISTRY_EXEMPT,
  cases: [
    ...SUBJECT_CASES.filter(badCase => badCase.input !== 'output-directory'),
    {
      input: 'format',
      inputs: { format: 'spdx' },
      message: 'Input \'format\' names "spdx", which is not an SBOM format this writes'
    },
    {
      input: 'naming',
      inputs: { naming: 'syft' },
      message: "Input 'naming' must be one of: sign, goreleaser"
    },
    {
      input: 'naming',
      inputs: { naming: 'goreleaser', format: 'spdx-json,cyclonedx-json' },
      message: 'naming: goreleaser writes <file>.sbom.json'
    },
    {
      input: 'sbom',
      inputs: { sbom: 'missing.spdx.json' },
      message: "Input 'sbom': missing.spdx.json cannot be attached: there is no such file"
    },
    ...SIGSTORE_CASES,
    ...booleanCases(['attest', 'lift-buildx-attestations', 'show-summary']),
    ...REGISTRY_CASES
  ],
  start: () => startKeylessHarness({ action: 'sbom-attach' })
}

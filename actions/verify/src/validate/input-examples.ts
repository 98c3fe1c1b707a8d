// What to write for each policy input, shown in the fix of a message about it.
const EXAMPLES: Record<string, string> = {
  policy: '.github/verify-policy.yml',
  'certificate-identity':
    'https://github.com/org/repo/.github/workflows/release.yml@refs/tags/v1.0.0',
  'certificate-identity-regexp':
    '^https://github\\.com/org/repo/\\.github/workflows/release\\.yml@refs/tags/v.*$',
  'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
  'certificate-oidc-issuer-regexp': '^https://token\\.actions\\.githubusercontent\\.com$',
  'certificate-github-workflow-repository': 'org/repo',
  'certificate-github-workflow-ref': 'refs/tags/v1.0.0',
  'certificate-github-workflow-sha': '${{ github.sha }}',
  'certificate-github-workflow-trigger': 'push',
  'certificate-github-workflow-name': 'Release',
  'signer-workflow': 'org/sign/.github/workflows/provenance.yml',
  'builder-id': 'https://github.com/org/repo/.github/workflows/release.yml@refs/tags/v1.0.0',
  'builder-id-regexp':
    '^https://github\\.com/org/repo/\\.github/workflows/release\\.yml@refs/tags/v.*$',
  'source-uri': 'github.com/org/repo',
  'source-ref': 'refs/tags/v1.0.0',
  'source-tag': 'v1.0.0',
  'source-branch': 'main',
  'source-versioned-tag': 'v1',
  key: 'cosign.pub',
  type: 'slsaprovenance1',
  'require-sbom': 'spdx-json',
  'trusted-root': '.github/sigstore/trusted_root.json',
  'tuf-mirror': 'https://tuf-repo-cdn.sigstore.dev',
  'tuf-root': '.github/sigstore/root.json',
  'trust-policy':
    '|\n    .github/notation/trustpolicy.oci.json\n    .github/notation/trustpolicy.blob.json',
  'trust-store': '.github/notation/truststore',
  scope: 'ghcr.io/org/app',
  report: '${{ runner.temp }}/verify-report.json',
  'oci-layouts': 'build/layout:v1.0.0',
  images: 'ghcr.io/org/app@sha256:…'
}

/** The fix for a message about input `input`: the YAML that sets it to a valid value. */
export function inputFix(input: string): string {
  return `with:\n  ${input}: ${EXAMPLES[input] ?? '<value>'}`
}

// cosign's `--type` short names (cmd/cosign/cli/options/predicate.go), so `type: slsaprovenance`
// means what it means to cosign verify-attestation. Anything else must be a URI.

const SHORT_NAMES: Record<string, string> = {
  slsaprovenance: 'https://slsa.dev/provenance/v0.2',
  slsaprovenance02: 'https://slsa.dev/provenance/v0.2',
  slsaprovenance1: 'https://slsa.dev/provenance/v1',
  link: 'https://in-toto.io/Link/v1',
  spdx: 'https://spdx.dev/Document',
  spdxjson: 'https://spdx.dev/Document',
  cyclonedx: 'https://cyclonedx.org/bom',
  vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
  openvex: 'https://openvex.dev/ns',
  custom: 'https://cosign.sigstore.dev/attestation/v1'
}

/** The predicate type URI for a cosign short name or a URI; undefined when it is neither. */
export function predicateTypeURI(options: { type: string }): string | undefined {
  const short = SHORT_NAMES[options.type.toLowerCase()]
  if (short !== undefined) return short
  return /^[a-z][a-z0-9+.-]*:\S+$/iu.test(options.type) ? options.type : undefined
}

/** The short names, for error messages. */
export const PREDICATE_SHORT_NAMES = Object.keys(SHORT_NAMES)

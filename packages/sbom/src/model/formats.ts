/** The SBOM formats this reads and writes, as policies, flags and inputs spell them. */
export const SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'] as const
export type SbomFormat = (typeof SBOM_FORMATS)[number]

/** Whether `value` is one of {@link SBOM_FORMATS}. */
export function isSbomFormat(value: string): value is SbomFormat {
  return (SBOM_FORMATS as readonly string[]).includes(value)
}

// `gh attestation verify --signer-workflow`: a workflow named without its ref, turned into the
// certificate identity regexp gh builds, anchored at both ends.

/** `[host/]owner/repo/.github/workflows/<file>.yml` (or `.yaml`). */
const SIGNER_WORKFLOW =
  /^(?:(?<host>[A-Za-z0-9.-]+(?::\d+)?)\/)?(?<path>[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/\.github\/workflows\/[^/@\s]+\.ya?ml)$/u

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')

/**
 * The certificate identity regexp of a signer workflow, as gh builds it: that workflow of that
 * repository at any ref or commit — `^https://<host>/<path>(@(refs/.*|[0-9a-fA-F]+))?$`, host
 * github.com unless given. Undefined when `value` is not `[host/]owner/repo/.github/workflows/…`.
 */
export function signerWorkflowIdentityRegexp(options: { value: string }): string | undefined {
  const match = SIGNER_WORKFLOW.exec(options.value)
  if (match?.groups === undefined) return undefined
  const host = match.groups['host'] ?? 'github.com'
  const path = match.groups['path'] ?? ''
  return `^https://${escape(host)}/${escape(path)}(@(refs/.*|[0-9a-fA-F]+))?$`
}

import type { MappingReader } from './fields.ts'
import { predicateTypeURI } from './predicate-types.ts'
import type { ProvenanceConstraints, Requirement } from './types.ts'

/** The SLSA provenance predicate types a provenance requirement may name. */
export const PROVENANCE_PREDICATE_TYPES = [
  'https://slsa.dev/provenance/v1',
  'https://slsa.dev/provenance/v0.2'
] as const

/** A provenance requirement's own fields, as the policy file spells them. */
export const PROVENANCE_FIELDS = [
  'builder-id',
  'builder-id-regexp',
  'source-repository',
  'source-ref',
  'source-tag',
  'source-branch',
  'source-versioned-tag'
] as const

const SOURCE_FIELDS = ['source-ref', 'source-tag', 'source-branch', 'source-versioned-tag'] as const

/**
 * A provenance requirement: SLSA provenance (v1 unless `predicate-type` says v0.2) attested by
 * one of `wanted`, from the builder and for the source the entry names. A builder id is exact or
 * an anchored regexp, not both; at most one source ref form; a versioned tag is `vN` or `vN.M`.
 */
export function readProvenanceRequirement(options: {
  entry: MappingReader
  wanted: string[]
}): Requirement {
  const { entry, wanted } = options
  const type = entry.string('predicate-type') ?? 'https://slsa.dev/provenance/v1'
  const predicateType = predicateTypeURI({ type })
  if (
    predicateType === undefined ||
    !(PROVENANCE_PREDICATE_TYPES as readonly string[]).includes(predicateType)
  ) {
    entry.fail(
      'predicate-type',
      `a provenance requirement is SLSA provenance: ${PROVENANCE_PREDICATE_TYPES.join(' or ')} (slsaprovenance1, slsaprovenance02), not ${JSON.stringify(type)}`
    )
  }
  const provenance: ProvenanceConstraints = {}
  const builderId = entry.string('builder-id')
  const builderIdRegexp = entry.string('builder-id-regexp')
  if (builderId !== undefined && builderIdRegexp !== undefined) {
    entry.fail('builder-id-regexp', 'give either builder-id or builder-id-regexp, not both')
  }
  if (builderId !== undefined) {
    if (!/^[a-z][a-z0-9+.-]*:\S+$/iu.test(builderId)) {
      entry.fail(
        'builder-id',
        `is a URI such as https://github.com/org/repo/.github/workflows/release.yml@refs/tags/v1.0.0, not ${JSON.stringify(builderId)}`
      )
    }
    provenance.builderId = builderId
  }
  if (builderIdRegexp !== undefined) {
    try {
      new RegExp(builderIdRegexp, 'u')
    } catch (cause) {
      entry.fail(
        'builder-id-regexp',
        `is not a valid regular expression (${(cause as Error).message})`
      )
    }
    provenance.builderIdRegexp = builderIdRegexp
  }
  const repository = entry.string('source-repository')
  if (repository !== undefined) {
    const normalised = sourceRepositoryURI({ value: repository })
    if (normalised === undefined) {
      entry.fail(
        'source-repository',
        `must name a repository: owner/repo, github.com/owner/repo or https://host/owner/repo, not ${JSON.stringify(repository)}`
      )
    }
    provenance.sourceRepository = normalised
  }
  const refs = SOURCE_FIELDS.filter(field => entry.value(field) !== undefined)
  if (refs.length > 1) {
    entry.fail(refs[1] ?? 'source-ref', `give one of ${SOURCE_FIELDS.join(', ')}, not several`)
  }
  const ref = entry.string('source-ref')
  if (ref !== undefined) {
    if (!ref.startsWith('refs/')) {
      entry.fail('source-ref', `is a full ref such as refs/tags/v1.2.3, not ${JSON.stringify(ref)}`)
    }
    provenance.sourceRef = ref
  }
  for (const [field, key] of [
    ['source-tag', 'sourceTag'],
    ['source-branch', 'sourceBranch']
  ] as const) {
    const name = entry.string(field)
    if (name === undefined) continue
    if (!/^[^\s~^:?*[\\]+$/u.test(name) || name.startsWith('refs/')) {
      entry.fail(
        field,
        `is a ${field === 'source-tag' ? 'tag' : 'branch'} name without refs/ and without spaces, not ${JSON.stringify(name)}`
      )
    }
    provenance[key] = name
  }
  const versioned = entry.string('source-versioned-tag')
  if (versioned !== undefined) {
    if (!/^v?\d+(?:\.\d+)?$/u.test(versioned)) {
      entry.fail(
        'source-versioned-tag',
        `is a major or major.minor version such as v1 or v1.2, not ${JSON.stringify(versioned)}`
      )
    }
    provenance.sourceVersionedTag = versioned
  }
  return { category: 'provenance', signers: wanted, predicateType, provenance }
}

/**
 * `https://<host>/<owner>/<repo>` from `owner/repo` (github.com), `host/owner/repo`,
 * `https://host/owner/repo` or `git+https://host/owner/repo[.git][@ref]`; undefined otherwise.
 */
export function sourceRepositoryURI(options: { value: string }): string | undefined {
  const text = options.value
    .replace(/^git\+/u, '')
    .replace(/@.*$/u, '')
    .replace(/\.git$/u, '')
  const withHost = /^[^/]+\/[^/]+$/u.test(text) ? `github.com/${text}` : text
  const match =
    /^(?:https:\/\/)?([A-Za-z0-9.-]+(?::\d+)?)\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/?$/u.exec(
      withHost
    )
  if (match === null) return undefined
  return `https://${match[1]?.toLowerCase() ?? ''}/${match[2] ?? ''}/${match[3] ?? ''}`
}

import { plainOrQuoted } from '@sign/safe-text'
import { GENERIC_BUILD_TYPE } from '../build/generic-v02.ts'
import { GITHUB_WORKFLOW_BUILD_TYPE } from '../build/github-v1.ts'
import { SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1 } from '../build/statement.ts'
import { ProvenanceError } from '../errors.ts'

/**
 * GitHub's workflow buildType before June 2024 (@actions/attest < 1.3.0, npm's provenance):
 * the same fields, without `runner_environment`, and `builder.id` `…/actions/runner/<environment>`.
 */
export const LEGACY_GITHUB_WORKFLOW_BUILD_TYPE =
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1'

/**
 * The buildType GitHub's buildType documentation shows in its example (GitHub itself writes
 * {@link GITHUB_WORKFLOW_BUILD_TYPE}). Read as the same family, since its fields are the same
 * but for `runner_environment`, which the example puts in externalParameters; the family tells
 * a verifier which it was, should it want to refuse it.
 */
export const DOCUMENTED_GITHUB_WORKFLOW_BUILD_TYPE =
  'https://github.com/actions/buildtypes/workflow/v1'

/** BuildKit's SLSA v0.2 buildType (BuildKit ≤ 0.27). */
export const BUILDKIT_V02_BUILD_TYPE = 'https://mobyproject.org/buildkit@v1'

/** BuildKit's SLSA v1 buildType (BuildKit ≥ 0.28): its definitions document, on any branch or tag. */
const BUILDKIT_V1_BUILD_TYPE =
  /^https:\/\/github\.com\/moby\/buildkit\/blob\/[^/]+\/docs\/attestations\/slsa-definitions\.md$/

/** Which known provenance a statement is, by predicate version and buildType. */
export type ProvenanceFamily =
  /** GitHub's artifact attestations, current buildType. */
  | 'github-workflow'
  /** GitHub's buildType as its documentation example writes it. */
  | 'github-workflow-documented'
  /** GitHub's artifact attestations and npm before June 2024 (the community buildType). */
  | 'github-workflow-legacy'
  /** slsa-github-generator's generic generator (SLSA v0.2). */
  | 'slsa-github-generator-generic'
  /** BuildKit's provenance (SLSA v0.2 or v1): only the builder id is read. */
  | 'buildkit'
  /** Any other buildType: only the builder id is read. */
  | 'unknown'

/** A statement's subject as written: any digest algorithms. */
export interface StatementSubject {
  name: string
  digest: Readonly<Record<string, string>>
}

/** Where the source came from: the repository URI without its ref, the ref, the commit. */
export interface ProvenanceSource {
  /** `git+https://github.com/owner/repo`. */
  uri: string
  /** `refs/tags/v1.2.3`, when the URI names one (`…@<ref>`). */
  ref: string | undefined
  /** The commit: `gitCommit` (SLSA v1) or `sha1` (v0.2), as the statement names it. */
  digest: { gitCommit?: string; sha1?: string }
}

/** The top-level workflow that ran. */
export interface ProvenanceWorkflow {
  /** `https://github.com/owner/repo`. */
  repository: string
  /** `.github/workflows/release.yml`. */
  path: string
  /** `refs/tags/v1.2.3`. */
  ref: string
}

/** SLSA provenance reduced to what verification compares. */
export interface Provenance {
  /** The statement's `_type`. */
  statementType: string
  /** `https://slsa.dev/provenance/v1`, `…/v0.2` or `…/v0.1`. */
  predicateType: string
  /** As written (empty when the predicate has none). */
  buildType: string
  /** Whether the buildType is one whose fields are read (otherwise only the builder id). */
  buildTypeKnown: boolean
  family: ProvenanceFamily
  /** `builder.id` (v0.x) or `runDetails.builder.id` (v1); undefined when absent or empty. */
  builderId: string | undefined
  source: ProvenanceSource | undefined
  workflow: ProvenanceWorkflow | undefined
  /** `metadata.invocationId` (v1, a run attempt URL for GitHub) or `buildInvocationID` (v0.2). */
  invocationId: string | undefined
  /** GitHub's `runner_environment` (`github-hosted`, `self-hosted`) where the statement has it. */
  runnerEnvironment: string | undefined
  subjects: StatementSubject[]
}

/** Options of {@link readProvenance}. */
export interface ReadProvenanceOptions {
  /** The in-toto statement: parsed JSON, or its text or bytes (a DSSE payload). */
  statement: unknown
}

/**
 * A statement read as SLSA provenance for verification. GitHub's workflow buildType (current,
 * pre-2024 and documented forms) and slsa-github-generator's generic v0.2 form are read field by
 * field; BuildKit's and any other buildType give the builder id only, with `buildTypeKnown`
 * false for an unknown one. Fields nobody reads are ignored. A statement that is not SLSA
 * provenance (not an in-toto statement, another predicate type) is a ProvenanceError, as is a
 * known field of the wrong type.
 */
export function readProvenance(options: ReadProvenanceOptions): Provenance {
  const statement = parsed(options.statement)
  if (!isObject(statement)) {
    throw notProvenance(`it is ${describe(statement)}, not an in-toto statement`)
  }
  const statementType = statement['_type']
  if (
    typeof statementType !== 'string' ||
    !statementType.startsWith('https://in-toto.io/Statement/v')
  ) {
    throw notProvenance(
      `its _type is ${typeof statementType === 'string' ? plainOrQuoted(statementType) : describe(statementType)}, not an in-toto statement type`
    )
  }
  const predicateType = statement['predicateType']
  if (
    typeof predicateType !== 'string' ||
    !/^https:\/\/slsa\.dev\/provenance\/v\d/.test(predicateType)
  ) {
    throw notProvenance(
      `its predicateType is ${typeof predicateType === 'string' ? plainOrQuoted(predicateType) : describe(predicateType)}, not https://slsa.dev/provenance/v1 or v0.2`
    )
  }
  const subjects = readSubjects(statement['subject'])
  const predicate = statement['predicate']
  if (!isObject(predicate)) {
    throw invalid(`its ${predicateType} predicate is ${describe(predicate)}, not an object`)
  }
  const base = { statementType, predicateType, subjects }
  return predicateType === SLSA_PROVENANCE_V1 || predicateType.startsWith(`${SLSA_PROVENANCE_V1}.`)
    ? readV1(predicate, base)
    : readV0(predicate, base)
}

type Base = Pick<Provenance, 'statementType' | 'predicateType' | 'subjects'>

/** SLSA v1: buildDefinition and runDetails. */
function readV1(predicate: Record<string, unknown>, base: Base): Provenance {
  const definition = objectAt(predicate, 'buildDefinition')
  const details = objectAt(predicate, 'runDetails')
  const buildType = stringAt(definition, 'buildType', 'buildDefinition.buildType') ?? ''
  const builderId =
    stringAt(objectAt(details, 'builder', 'runDetails.builder'), 'id', 'runDetails.builder.id') ||
    undefined
  const family: ProvenanceFamily =
    buildType === GITHUB_WORKFLOW_BUILD_TYPE
      ? 'github-workflow'
      : buildType === DOCUMENTED_GITHUB_WORKFLOW_BUILD_TYPE
        ? 'github-workflow-documented'
        : buildType === LEGACY_GITHUB_WORKFLOW_BUILD_TYPE
          ? 'github-workflow-legacy'
          : BUILDKIT_V1_BUILD_TYPE.test(buildType)
            ? 'buildkit'
            : 'unknown'
  const known = { ...base, buildType, buildTypeKnown: family !== 'unknown', family, builderId }
  const nothing = {
    source: undefined,
    workflow: undefined,
    invocationId: undefined,
    runnerEnvironment: undefined
  }
  if (family === 'buildkit' || family === 'unknown') return { ...known, ...nothing }

  const external = objectAt(definition, 'externalParameters', 'buildDefinition.externalParameters')
  const workflowObject = objectAt(
    external,
    'workflow',
    'buildDefinition.externalParameters.workflow'
  )
  const at = 'buildDefinition.externalParameters.workflow'
  const repository = stringAt(workflowObject, 'repository', `${at}.repository`)
  const path = stringAt(workflowObject, 'path', `${at}.path`)
  const ref = stringAt(workflowObject, 'ref', `${at}.ref`)
  const internal = objectAt(definition, 'internalParameters', 'buildDefinition.internalParameters')
  const github = objectAt(internal, 'github', 'buildDefinition.internalParameters.github')
  const runnerEnvironment =
    stringAt(
      github,
      'runner_environment',
      'buildDefinition.internalParameters.github.runner_environment'
    ) ??
    stringAt(
      external,
      'runner_environment',
      'buildDefinition.externalParameters.runner_environment'
    )
  const dependencies = definition['resolvedDependencies']
  if (dependencies !== undefined && dependencies !== null && !Array.isArray(dependencies)) {
    throw invalid(
      `its buildDefinition.resolvedDependencies is ${describe(dependencies)}, not a list`
    )
  }
  let source: ProvenanceSource | undefined
  for (const [index, dependency] of (dependencies ?? []).entries()) {
    const where = `buildDefinition.resolvedDependencies[${index}]`
    if (!isObject(dependency))
      throw invalid(`its ${where} is ${describe(dependency)}, not an object`)
    const uri = stringAt(dependency, 'uri', `${where}.uri`)
    if (uri?.startsWith('git+') === true) {
      source = sourceOf(uri, objectAt(dependency, 'digest', `${where}.digest`), `${where}.digest`)
      break
    }
  }
  const metadata = objectAt(details, 'metadata', 'runDetails.metadata')
  return {
    ...known,
    source,
    workflow:
      repository !== undefined && path !== undefined && ref !== undefined
        ? { repository, path, ref }
        : undefined,
    invocationId: stringAt(metadata, 'invocationId', 'runDetails.metadata.invocationId'),
    runnerEnvironment
  }
}

/** SLSA v0.2 (and v0.1): builder, buildType, invocation, metadata, materials. */
function readV0(predicate: Record<string, unknown>, base: Base): Provenance {
  const buildType = stringAt(predicate, 'buildType', 'buildType') ?? ''
  const builderId = stringAt(objectAt(predicate, 'builder'), 'id', 'builder.id') || undefined
  const v02 = base.predicateType === SLSA_PROVENANCE_V02
  const family: ProvenanceFamily =
    v02 && buildType === GENERIC_BUILD_TYPE
      ? 'slsa-github-generator-generic'
      : v02 && buildType === BUILDKIT_V02_BUILD_TYPE
        ? 'buildkit'
        : 'unknown'
  const known = { ...base, buildType, buildTypeKnown: family !== 'unknown', family, builderId }
  if (family !== 'slsa-github-generator-generic') {
    return {
      ...known,
      source: undefined,
      workflow: undefined,
      invocationId: undefined,
      runnerEnvironment: undefined
    }
  }
  const invocation = objectAt(predicate, 'invocation')
  const config = objectAt(invocation, 'configSource', 'invocation.configSource')
  const uri = stringAt(config, 'uri', 'invocation.configSource.uri')
  const entryPoint = stringAt(config, 'entryPoint', 'invocation.configSource.entryPoint')
  const source =
    uri === undefined
      ? undefined
      : sourceOf(
          uri,
          objectAt(config, 'digest', 'invocation.configSource.digest'),
          'invocation.configSource.digest'
        )
  const metadata = objectAt(predicate, 'metadata')
  return {
    ...known,
    source,
    workflow:
      source !== undefined &&
      source.ref !== undefined &&
      entryPoint !== undefined &&
      source.uri.startsWith('git+')
        ? { repository: source.uri.slice('git+'.length), path: entryPoint, ref: source.ref }
        : undefined,
    invocationId: stringAt(metadata, 'buildInvocationID', 'metadata.buildInvocationID'),
    runnerEnvironment: undefined
  }
}

/**
 * `git+https://host/owner/repo@refs/tags/pkg@1.2.3` as URI and ref: the ref starts at the first
 * `@` of the path (a repository name holds none; a ref may).
 */
function sourceOf(uri: string, digest: Record<string, unknown>, where: string): ProvenanceSource {
  const authority = uri.indexOf('://')
  const path = authority === -1 ? -1 : uri.indexOf('/', authority + 3)
  const at = path === -1 ? -1 : uri.indexOf('@', path)
  const gitCommit = stringAt(digest, 'gitCommit', `${where}.gitCommit`)
  const sha1 = stringAt(digest, 'sha1', `${where}.sha1`)
  return {
    uri: at === -1 ? uri : uri.slice(0, at),
    ref: at === -1 ? undefined : uri.slice(at + 1),
    digest: {
      ...(gitCommit === undefined ? {} : { gitCommit }),
      ...(sha1 === undefined ? {} : { sha1 })
    }
  }
}

function readSubjects(value: unknown): StatementSubject[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw notProvenance(
      `its subject is ${Array.isArray(value) ? 'an empty list' : describe(value)}, not a list of subjects`
    )
  }
  return value.map((subject: unknown, index) => {
    const where = `subject[${index}]`
    if (!isObject(subject))
      throw notProvenance(`its ${where} is ${describe(subject)}, not an object`)
    const name = subject['name'] ?? ''
    if (typeof name !== 'string')
      throw notProvenance(`its ${where}.name is ${describe(name)}, not a string`)
    const digest = subject['digest']
    if (!isObject(digest) || Object.keys(digest).length === 0) {
      throw notProvenance(`its ${where}.digest is ${describe(digest)}, not a set of digests`)
    }
    const digests: Record<string, string> = {}
    for (const [algorithm, hex] of Object.entries(digest)) {
      if (typeof hex !== 'string') {
        throw notProvenance(`its ${where}.digest.${algorithm} is ${describe(hex)}, not a string`)
      }
      digests[algorithm] = hex
    }
    return { name, digest: digests }
  })
}

/** The statement as a value: JSON text and bytes are parsed. */
function parsed(statement: unknown): unknown {
  if (typeof statement !== 'string' && !(statement instanceof Uint8Array)) return statement
  const text = typeof statement === 'string' ? statement : Buffer.from(statement).toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ProvenanceError({
      code: 'NOT_PROVENANCE',
      message: 'The statement is not JSON, so not SLSA provenance',
      cause: error
    })
  }
}

/** `object[key]` when it is an object; an empty object when absent; refused when of another type. */
function objectAt(
  object: Record<string, unknown>,
  key: string,
  where = key
): Record<string, unknown> {
  const value = object[key]
  if (value === undefined || value === null) return {}
  if (!isObject(value)) throw invalid(`its ${where} is ${describe(value)}, not an object`)
  return value
}

/** `object[key]` when it is a string; undefined when absent; refused when of another type. */
function stringAt(object: Record<string, unknown>, key: string, where: string): string | undefined {
  const value = object[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw invalid(`its ${where} is ${describe(value)}, not a string`)
  return value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'absent'
  if (Array.isArray(value)) return 'a list'
  const type = typeof value
  return type === 'object' ? 'an object' : `a ${type}`
}

function notProvenance(reason: string): ProvenanceError {
  return new ProvenanceError({
    code: 'NOT_PROVENANCE',
    message: `The statement is not SLSA provenance: ${reason}`
  })
}

function invalid(reason: string): ProvenanceError {
  return new ProvenanceError({
    code: 'INVALID_PROVENANCE',
    message: `The SLSA provenance does not read: ${reason}`
  })
}

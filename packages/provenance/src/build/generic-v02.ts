import { plainOrQuoted } from '@sign/safe-text'
import { serverOrigin } from '../claims/server-url.ts'
import { workflowPath, type WorkflowClaims } from '../claims/workflow-claims.ts'
import { ProvenanceError } from '../errors.ts'
import { checkSubjects, type Subject } from '../subjects/subject.ts'
import { SLSA_PROVENANCE_V02, STATEMENT_V01, type Statement } from './statement.ts'

/** slsa-github-generator's generic ("provenance only") buildType. */
export const GENERIC_BUILD_TYPE =
  'https://github.com/slsa-framework/slsa-github-generator/generic@v1'

/** What the step knows of its run beyond the ID token: the runner's variables and the event. */
export interface GenericEnvironment {
  /**
   * The event that triggered the run (the JSON file at `GITHUB_EVENT_PATH`, the `github.event`
   * context). Recorded whole as `github_event_payload`; without it parameters are not complete.
   */
  eventPayload?: Readonly<Record<string, unknown>> | undefined
  /** `GITHUB_RUN_NUMBER`. */
  runNumber: string
  /** `GITHUB_REF_TYPE`: `branch` or `tag`. */
  refType: string
  /** `GITHUB_BASE_REF` (pull requests only; empty otherwise). */
  baseRef: string
  /** `GITHUB_HEAD_REF` (pull requests only; empty otherwise). */
  headRef: string
  /** `GITHUB_ACTOR`; the token's `actor` claim when not given. */
  actor?: string | undefined
  /** `GITHUB_REPOSITORY_OWNER`; the token's `repository_owner` claim when not given. */
  repositoryOwner?: string | undefined
  /** The `vars` context, which only the workflow can hand over (as an input): `parameters.vars`. */
  vars?: Readonly<Record<string, string>> | undefined
}

/** The SLSA v0.2 predicate in the generic generator's shape. */
export interface GenericProvenancePredicate {
  builder: { id: string }
  buildType: typeof GENERIC_BUILD_TYPE
  invocation: {
    configSource: { uri: string; digest: { sha1: string }; entryPoint: string }
    parameters?: { event_inputs?: unknown; vars: Readonly<Record<string, string>> | null }
    environment: Record<string, unknown>
  }
  metadata: {
    buildInvocationID: string
    completeness: { parameters: boolean; environment: boolean; materials: boolean }
    reproducible: boolean
  }
  materials: { uri: string; digest: { sha1: string } }[]
}

/** Options of {@link genericProvenanceV02}. */
export interface GenericProvenanceV02Options {
  /** The job's ID token claims ({@link workflowClaims}). */
  claims: WorkflowClaims
  /** `GITHUB_SERVER_URL`. */
  serverUrl: string
  environment: GenericEnvironment
  /** What is attested ({@link checkSubjects} is applied). */
  subjects: readonly Subject[]
  /** The builder's id; by default the workflow the job runs in (`job_workflow_ref`), as the generator writes it. */
  builderId?: string | undefined
}

/**
 * An in-toto Statement v0.1 with SLSA v0.2 provenance in the shape slsa-github-generator's
 * generic generator writes: the source at the run's ref as config source and only material,
 * the top-level workflow's path as entry point, the run's `github_*` environment (with the whole
 * event payload) and `<run_id>-<run_attempt>` as the invocation id. The repository, ref, commit,
 * event, run and id values come from the token's claims (the generator reads the same values
 * from the `github` context and its own token), the rest from `environment`.
 */
export function genericProvenanceV02(
  options: GenericProvenanceV02Options
): Statement<GenericProvenancePredicate> {
  const { claims, environment } = options
  const server = serverOrigin({ serverUrl: options.serverUrl })
  checkSubjects({ subjects: options.subjects })
  const source = `git+${server}/${claims.repository}@${claims.ref}`
  const payload = environment.eventPayload
  const inputs = payload?.['inputs'] ?? undefined
  const parameters =
    environment.vars !== undefined || (inputs !== undefined && inputs !== null)
      ? {
          ...(inputs === undefined || inputs === null ? {} : { event_inputs: inputs }),
          vars: environment.vars ?? null
        }
      : undefined
  // The generator's environment, its keys in the order Go writes a map's (sorted).
  const variables: Record<string, unknown> = {
    github_actor: environment.actor ?? claims.actor ?? '',
    github_actor_id: claims.actor_id ?? '',
    github_base_ref: environment.baseRef,
    github_event_name: claims.event_name,
    ...(payload === undefined ? {} : { github_event_payload: sortedKeys(payload) }),
    github_head_ref: environment.headRef,
    github_ref: claims.ref,
    github_ref_type: environment.refType,
    github_repository_id: claims.repository_id,
    github_repository_owner: environment.repositoryOwner ?? claims.repository_owner ?? '',
    github_repository_owner_id: claims.repository_owner_id,
    github_run_attempt: claims.run_attempt,
    github_run_id: claims.run_id,
    github_run_number: environment.runNumber,
    github_sha1: claims.sha
  }
  const statement: Statement<GenericProvenancePredicate> = {
    _type: STATEMENT_V01,
    predicateType: SLSA_PROVENANCE_V02,
    subject: options.subjects.map(subject => ({
      name: subject.name,
      digest: { sha256: subject.digest.sha256 }
    })),
    predicate: {
      builder: { id: options.builderId ?? `${server}/${claims.job_workflow_ref}` },
      buildType: GENERIC_BUILD_TYPE,
      invocation: {
        configSource: {
          uri: source,
          digest: { sha1: claims.sha },
          entryPoint: workflowPath({ claims })
        },
        ...(parameters === undefined ? {} : { parameters }),
        environment: variables
      },
      metadata: {
        buildInvocationID: `${claims.run_id}-${claims.run_attempt}`,
        completeness: { parameters: payload !== undefined, environment: false, materials: false },
        reproducible: false
      },
      materials: [{ uri: source, digest: { sha1: claims.sha } }]
    }
  }
  return statement
}

/** Options of {@link genericEnvironment}. */
export interface GenericEnvironmentOptions {
  /** The step's environment variables (`GITHUB_RUN_NUMBER`, `GITHUB_REF_TYPE`…). */
  variables: Readonly<Record<string, string | undefined>>
  /** The parsed JSON of the file `GITHUB_EVENT_PATH` names, when there is one. */
  eventPayload?: unknown
  /** The `vars` context, when the workflow hands it over. */
  vars?: Readonly<Record<string, string>> | undefined
}

/** The {@link GenericEnvironment} the runner's `GITHUB_*` variables and event file describe. */
export function genericEnvironment(options: GenericEnvironmentOptions): GenericEnvironment {
  const { variables, eventPayload } = options
  if (
    eventPayload !== undefined &&
    (typeof eventPayload !== 'object' || eventPayload === null || Array.isArray(eventPayload))
  ) {
    throw new ProvenanceError({
      code: 'INVALID_OPTIONS',
      message: `The event payload (the file GITHUB_EVENT_PATH names) is not a JSON object but ${plainOrQuoted(JSON.stringify(eventPayload) ?? typeof eventPayload)}`
    })
  }
  return {
    eventPayload: eventPayload as Readonly<Record<string, unknown>> | undefined,
    runNumber: variables['GITHUB_RUN_NUMBER'] ?? '',
    refType: variables['GITHUB_REF_TYPE'] ?? '',
    baseRef: variables['GITHUB_BASE_REF'] ?? '',
    headRef: variables['GITHUB_HEAD_REF'] ?? '',
    actor: variables['GITHUB_ACTOR'],
    repositoryOwner: variables['GITHUB_REPOSITORY_OWNER'],
    vars: options.vars
  }
}

/** A JSON value with every object's keys sorted, as Go writes a decoded map back. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([key, item]) => [key, sortedKeys(item)]))
}

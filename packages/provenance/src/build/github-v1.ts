import { serverOrigin } from '../claims/server-url.ts'
import { workflowPath, type WorkflowClaims } from '../claims/workflow-claims.ts'
import { checkSubjects, type Subject } from '../subjects/subject.ts'
import { SLSA_PROVENANCE_V1, STATEMENT_V1, type Statement } from './statement.ts'

/** GitHub's workflow buildType, as GitHub's artifact attestations write it. */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'

/** The SLSA v1 predicate of GitHub's workflow buildType. */
export interface GithubProvenancePredicate {
  buildDefinition: {
    buildType: typeof GITHUB_WORKFLOW_BUILD_TYPE
    externalParameters: {
      workflow: { ref: string; repository: string; path: string }
    }
    internalParameters: {
      github: {
        event_name: string
        repository_id: string
        repository_owner_id: string
        runner_environment: string
      }
    }
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[]
  }
  runDetails: {
    builder: { id: string }
    metadata: { invocationId: string }
  }
}

/** Options of {@link githubProvenance}. */
export interface GithubProvenanceOptions {
  /** The job's ID token claims ({@link workflowClaims}). */
  claims: WorkflowClaims
  /** `GITHUB_SERVER_URL`. */
  serverUrl: string
  /** What is attested ({@link checkSubjects} is applied). */
  subjects: readonly Subject[]
}

/**
 * An in-toto Statement v1 with SLSA v1 provenance of GitHub's workflow buildType, field for field
 * as GitHub's artifact attestations build it from the same claims: the top-level workflow
 * (`workflow_ref`'s path, the `ref` claim) as the external parameters, the event, repository
 * and owner ids and runner environment as the internal ones, the source commit as the one
 * resolved dependency, the workflow the job runs in (`job_workflow_ref`, the reusable workflow
 * when one is called) as the builder, and the run attempt as the invocation.
 */
export function githubProvenance(
  options: GithubProvenanceOptions
): Statement<GithubProvenancePredicate> {
  const { claims } = options
  const server = serverOrigin({ serverUrl: options.serverUrl })
  checkSubjects({ subjects: options.subjects })
  const repositoryUrl = `${server}/${claims.repository}`
  return {
    _type: STATEMENT_V1,
    subject: options.subjects.map(subject => ({
      name: subject.name,
      digest: { sha256: subject.digest.sha256 }
    })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: GITHUB_WORKFLOW_BUILD_TYPE,
        externalParameters: {
          workflow: {
            ref: claims.ref,
            repository: repositoryUrl,
            path: workflowPath({ claims })
          }
        },
        internalParameters: {
          github: {
            event_name: claims.event_name,
            repository_id: claims.repository_id,
            repository_owner_id: claims.repository_owner_id,
            runner_environment: claims.runner_environment
          }
        },
        resolvedDependencies: [
          { uri: `git+${repositoryUrl}@${claims.ref}`, digest: { gitCommit: claims.sha } }
        ]
      },
      runDetails: {
        builder: { id: `${server}/${claims.job_workflow_ref}` },
        metadata: {
          invocationId: `${repositoryUrl}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`
        }
      }
    }
  }
}

import { ConfigurationError, type Logger } from '@sign/action-kit'
import {
  OciError,
  buildkitAttestationManifests,
  fetchManifest,
  readBuildkitStatements,
  registryStore,
  repositoryName,
  type BuildkitStatement,
  type RegistryClient
} from '@sign/oci'
import { quote } from '@sign/safe-text'
import { mapBounded, type ImageSubject } from '@sign/subjects'
import { MAX_ATTESTED_BYTES } from '../attest/limits.ts'

/** One BuildKit statement to sign, with the index it came from and the platform it is about. */
export interface LiftTarget {
  /** The image index (as resolved from the input). */
  index: ImageSubject
  /** The platform manifest the statement is about, as a subject to attach to. */
  platform: ImageSubject
  statement: BuildkitStatement
}

/**
 * Every BuildKit attestation (`docker buildx build --sbom/--provenance`, all generations) in the
 * image indexes among `images`, each statement read and checked against its platform manifest
 * (see readBuildkitStatements). An attestation that is not what the index says, or a statement
 * over the 16 MiB an attestation may carry, stops the step before anything is signed: a
 * configuration error naming the image and how to leave its attestations as they are.
 */
export async function buildkitStatements(options: {
  client: RegistryClient
  indexes: ImageSubject[]
  logger: Logger
}): Promise<LiftTarget[]> {
  const found = await mapBounded({
    items: options.indexes,
    work: async index => {
      const store = registryStore({ client: options.client, repo: index.repo })
      try {
        const fetched = await fetchManifest({
          client: options.client,
          repo: index.repo,
          reference: index.descriptor.digest
        })
        const attestations = fetched ? buildkitAttestationManifests({ index: fetched }) : []
        const targets: LiftTarget[] = []
        for (const attestation of attestations) {
          const statements = await readBuildkitStatements({
            store,
            attestation,
            maxStatementBytes: MAX_ATTESTED_BYTES
          })
          const platform: ImageSubject = {
            kind: 'image',
            name: `${repositoryName(index.repo)}@${attestation.platform.digest}`,
            repo: index.repo,
            descriptor: {
              mediaType: attestation.platform.mediaType,
              digest: attestation.platform.digest,
              size: attestation.platform.size
            }
          }
          targets.push(...statements.map(statement => ({ index, platform, statement })))
        }
        options.logger.info(
          `${quote(index.name)}: ${attestations.length} BuildKit attestation manifest(s), ${targets.length} statement(s)${
            targets.length === 0
              ? ''
              : ` (${[...new Set(targets.map(t => quote(t.statement.predicateType)))].join(', ')})`
          }`
        )
        return targets
      } catch (error) {
        throw liftRefusal({ error, index })
      }
    }
  })
  return found.flat()
}

/** An attestation this step will not sign, as a configuration error; anything else as it is. */
function liftRefusal(options: { error: unknown; index: ImageSubject }): unknown {
  const { error, index } = options
  if (!(error instanceof OciError) || error.status !== undefined) return error
  if (error.code !== 'INVALID_CONTENT' && error.code !== 'TOO_LARGE') return error
  const why =
    error.code === 'TOO_LARGE'
      ? `${error.message}: 16 MiB is the most an attestation may carry`
      : error.message
  return new ConfigurationError(
    `Input 'images': the BuildKit attestations of ${quote(index.name)} cannot be lifted into signed attestations: ${why}. Rebuild the image, or leave its attestations unsigned in the index:`,
    { fix: 'with:\n  lift-buildx-attestations: false', cause: error }
  )
}

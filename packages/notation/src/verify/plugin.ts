import type { IntactEnvelope } from './integrity.ts'
import type { NotationVerificationOutcome } from './types.ts'

/** Options of {@link pluginInconclusive}. */
export interface PluginInconclusiveOptions {
  /** The verification plugin the envelope requires. */
  plugin: NonNullable<IntactEnvelope['plugin']>
  outcome: NotationVerificationOutcome
}

/**
 * Step 2, the verification plugin: none runs here, so the outcome is inconclusive — a
 * `verificationPlugin` failure naming the plugin to verify it with.
 */
export function pluginInconclusive(
  options: PluginInconclusiveOptions
): NotationVerificationOutcome {
  const { plugin, outcome } = options
  const version = plugin.minVersion ? ` (version ${plugin.minVersion} or later)` : ''
  outcome.failure = {
    type: 'verificationPlugin',
    message: `verification inconclusive: the digital signature requires the verification plugin "${plugin.name}"${version}, and this verifier runs no plugins; verify it with notation and that plugin installed`
  }
  return outcome
}

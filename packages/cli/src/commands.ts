import type { Command, CommandEntry } from './command.ts'
import { helpCommand } from './commands/help.ts'
import { version } from './commands/version.ts'

export type { Command, CommandContext, CommandEntry } from './command.ts'

/** A command whose code is already loaded (help and version load nothing else). */
function loaded(command: Command): CommandEntry {
  const { name, aliases, summary } = command
  return { name, ...(aliases && { aliases }), summary, load: () => Promise.resolve(command) }
}

/** The other commands, listed here and loaded only when they run. */
const verify: CommandEntry = {
  name: 'verify',
  summary: 'verify images, files and OCI layouts against one policy (Sigstore and notation)',
  load: async () => (await import('./commands/verify.ts')).verifyCommand
}
const sbom: CommandEntry = {
  name: 'sbom',
  summary: 'print or write the SBOM of files, archives, images and OCI layouts (SPDX, CycloneDX)',
  load: async () => (await import('./commands/sbom.ts')).sbomCommand
}
const signBundle: CommandEntry = {
  name: 'sign-bundle',
  summary: 'sign a file into a Sigstore bundle (conformance protocol)',
  load: async () => (await import('./commands/sign-bundle.ts')).signBundle
}
const verifyBundle: CommandEntry = {
  name: 'verify-bundle',
  summary: 'verify a Sigstore bundle (conformance protocol)',
  load: async () => (await import('./commands/verify-bundle.ts')).verifyBundleCommand
}

/** Every command of the CLI, in the order `sign help` lists them. */
export const commands: CommandEntry[] = []
commands.push(
  loaded(helpCommand(commands)),
  loaded(version),
  verify,
  sbom,
  signBundle,
  verifyBundle
)

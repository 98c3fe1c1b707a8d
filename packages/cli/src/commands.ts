import { help } from './commands/help.ts'
import { signBundle } from './commands/sign-bundle.ts'
import { verifyCommand } from './commands/verify.ts'
import { verifyBundleCommand } from './commands/verify-bundle.ts'
import { version } from './commands/version.ts'
import type { Command } from './command.ts'

export type { Command, CommandContext } from './command.ts'

/** Every command of the CLI, in the order `sign help` lists them. */
export const commands: Command[] = [help, version, verifyCommand, signBundle, verifyBundleCommand]

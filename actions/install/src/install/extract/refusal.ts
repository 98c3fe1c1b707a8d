import { quote } from '@sign/safe-text'
import { ToolsError } from '@sign/tools'

/**
 * The error refusing an archive: `<asset>: entry "<name>" <reason>; the archive was refused and
 * nothing was installed.` The entry name comes from the archive, so it is quoted (JSON, control
 * characters escaped): it can never end the message's line or start a workflow command.
 */
export function archiveRefusal(options: {
  /** The release asset's file name. */
  asset: string
  /** The offending entry's name as the archive holds it, when one entry is at fault. */
  entry?: string
  reason: string
  cause?: unknown
}): ToolsError {
  const subject = options.entry === undefined ? '' : `entry ${quote(options.entry)} `
  return new ToolsError({
    code: 'UNSAFE_ARCHIVE',
    message: `${options.asset}: ${subject}${options.reason}; the archive was refused and nothing was installed.`,
    ...(options.cause === undefined ? {} : { cause: options.cause })
  })
}

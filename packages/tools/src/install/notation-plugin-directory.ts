// Where notation looks for plugins: {NOTATION_LIBEXEC}/plugins/<name>/notation-<name>.
import { posix, win32 } from 'node:path'
import type { ToolOs } from '../catalog/types.ts'
import { ToolsError } from '../errors.ts'

/** Options of {@link notationPluginDirectory}. */
export interface NotationPluginDirectoryOptions {
  /** The environment notation will run with (process.env). */
  env: Readonly<Record<string, string | undefined>>
  /** The runner's operating system. */
  platform: ToolOs
  /** The user's home directory (os.homedir()), used when HOME is unset. */
  homedir: string
}

/**
 * notation's plugin directory, `<libexec>/plugins`, as the notation CLI computes it:
 * NOTATION_LIBEXEC when set (notation ≥ 1.1); else its user directory, Go's os.UserConfigDir()
 * joined with `notation` — $XDG_CONFIG_HOME or ~/.config on linux, ~/Library/Application Support
 * on macOS, %AppData% on windows. (NOTATION_CONFIG moves the configuration, not the plugins.)
 */
export function notationPluginDirectory(options: NotationPluginDirectoryOptions): string {
  const { env, platform } = options
  const path = platform === 'windows' ? win32 : posix
  const libexec = env['NOTATION_LIBEXEC']
  if (libexec !== undefined && libexec !== '') return path.join(libexec, 'plugins')
  return path.join(userConfigDir(options), 'notation', 'plugins')
}

/** A plugin's executable under the plugin directory: `<name>/notation-<name>` (+ .exe). */
export function notationPluginFile(options: {
  pluginDirectory: string
  name: string
  platform: ToolOs
}): string {
  const path = options.platform === 'windows' ? win32 : posix
  const ext = options.platform === 'windows' ? '.exe' : ''
  return path.join(options.pluginDirectory, options.name, `notation-${options.name}${ext}`)
}

/** Go's os.UserConfigDir for `platform`. */
function userConfigDir(options: NotationPluginDirectoryOptions): string {
  const { env, platform } = options
  if (platform === 'windows') {
    const appData = env['AppData'] ?? env['APPDATA']
    if (appData === undefined || appData === '') throw unknownDirectory('%AppData% is not set')
    return appData
  }
  const home = env['HOME'] || options.homedir
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support')
  const xdg = env['XDG_CONFIG_HOME']
  if (xdg !== undefined && xdg !== '') {
    if (!posix.isAbsolute(xdg)) throw unknownDirectory('$XDG_CONFIG_HOME is a relative path')
    return xdg
  }
  return posix.join(home, '.config')
}

function unknownDirectory(why: string): ToolsError {
  return new ToolsError({
    code: 'INVALID_INPUT',
    message: `Cannot tell where notation looks for plugins: ${why}. Set NOTATION_LIBEXEC for the job.`
  })
}

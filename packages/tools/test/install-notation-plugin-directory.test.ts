import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ToolsError, notationPluginDirectory, notationPluginFile } from '@sign/tools'

const HOME = '/home/runner'

test('linux: $XDG_CONFIG_HOME/notation/plugins, else ~/.config/notation/plugins', () => {
  assert.equal(
    notationPluginDirectory({
      env: { XDG_CONFIG_HOME: '/xdg', HOME },
      platform: 'linux',
      homedir: '/ignored'
    }),
    '/xdg/notation/plugins'
  )
  assert.equal(
    notationPluginDirectory({ env: { HOME }, platform: 'linux', homedir: '/ignored' }),
    '/home/runner/.config/notation/plugins'
  )
  assert.equal(
    notationPluginDirectory({
      env: { XDG_CONFIG_HOME: '' },
      platform: 'linux',
      homedir: '/home/os'
    }),
    '/home/os/.config/notation/plugins'
  )
})

test('macOS ignores XDG: ~/Library/Application Support/notation/plugins', () => {
  assert.equal(
    notationPluginDirectory({
      env: { XDG_CONFIG_HOME: '/xdg', HOME },
      platform: 'darwin',
      homedir: HOME
    }),
    '/home/runner/Library/Application Support/notation/plugins'
  )
})

test('windows: %AppData%\\notation\\plugins', () => {
  assert.equal(
    notationPluginDirectory({
      env: { APPDATA: 'C:\\Users\\r\\AppData\\Roaming' },
      platform: 'windows',
      homedir: 'C:\\Users\\r'
    }),
    'C:\\Users\\r\\AppData\\Roaming\\notation\\plugins'
  )
})

test('NOTATION_LIBEXEC wins; NOTATION_CONFIG moves the configuration, not the plugins', () => {
  assert.equal(
    notationPluginDirectory({
      env: {
        NOTATION_LIBEXEC: '/opt/notation',
        NOTATION_CONFIG: '/etc/n',
        XDG_CONFIG_HOME: '/xdg'
      },
      platform: 'linux',
      homedir: HOME
    }),
    '/opt/notation/plugins'
  )
  assert.equal(
    notationPluginDirectory({
      env: { NOTATION_CONFIG: '/etc/n', HOME },
      platform: 'linux',
      homedir: HOME
    }),
    '/home/runner/.config/notation/plugins'
  )
})

test('a relative XDG_CONFIG_HOME or a missing %AppData% is refused (notation would not use it)', () => {
  assert.throws(
    () =>
      notationPluginDirectory({
        env: { XDG_CONFIG_HOME: 'cfg' },
        platform: 'linux',
        homedir: HOME
      }),
    (error: unknown) =>
      error instanceof ToolsError &&
      error.code === 'INVALID_INPUT' &&
      /relative path.*NOTATION_LIBEXEC/.test(error.message)
  )
  assert.throws(
    () => notationPluginDirectory({ env: {}, platform: 'windows', homedir: 'C:\\Users\\r' }),
    (error: unknown) =>
      error instanceof ToolsError &&
      error.code === 'INVALID_INPUT' &&
      /%AppData% is not set/.test(error.message)
  )
})

test('the plugin file is <name>/notation-<name> (.exe on windows)', () => {
  assert.equal(
    notationPluginFile({ pluginDirectory: '/x/plugins', name: 'azure-kv', platform: 'linux' }),
    '/x/plugins/azure-kv/notation-azure-kv'
  )
  assert.equal(
    notationPluginFile({ pluginDirectory: 'C:\\p', name: 'azure-kv', platform: 'windows' }),
    'C:\\p\\azure-kv\\notation-azure-kv.exe'
  )
})

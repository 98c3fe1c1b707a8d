import { counted, JobSummary, shortDigest } from '@sign/action-kit'
import type { InstalledTool } from '../install/installed-tool.ts'
import { VERIFIED_BY } from './verified-by.ts'

/** Options of {@link installSummary}. */
export interface InstallSummaryOptions {
  tools: InstalledTool[]
}

/**
 * The job summary: a headline (how many tools, how many downloaded, any not verified), one
 * compact table — tool, version, how it was verified, whether the tool cache had it — and the
 * paths and SHA-256 digests in a fold.
 */
export function installSummary(options: InstallSummaryOptions): JobSummary {
  const { tools } = options
  const unverified = tools.filter(tool => tool.verifiedBy === 'unverified').length
  const hits = tools.filter(tool => tool.cacheHit).length
  const paths = new JobSummary().table({
    header: ['Tool', 'Path', 'SHA-256'],
    rows: tools.map(tool => [
      { code: tool.tool },
      { code: tool.path },
      shortDigest(`sha256:${tool.sha256}`)
    ])
  })
  return new JobSummary()
    .headline({
      verdict: unverified > 0 ? 'warning' : 'passed',
      text: `Install: ${counted(tools.length, 'tool')} installed (${tools.length - hits} downloaded, ${hits} from the tool cache)${unverified > 0 ? `, ${unverified} NOT verified` : ''}`
    })
    .table({
      header: ['Tool', 'Version', 'Verified by', 'Cache hit'],
      rows: tools.map(tool => [
        { code: tool.tool },
        { code: tool.version },
        `${tool.verifiedBy === 'unverified' ? '⚠️' : '✅'} ${VERIFIED_BY[tool.verifiedBy]}`,
        tool.cacheHit ? 'yes' : 'no'
      ])
    })
    .details({ label: 'Paths and SHA-256 digests', body: paths })
}

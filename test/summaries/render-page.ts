// A job summary as github.com shows it on a workflow run page: the Markdown rendered by
// markdown-it with GitHub's settings into `.markdown-body` (github-markdown-css, light theme),
// inside a summary card in the main column, beside the run page's 256 px sidebar. The page needs
// no network (the CSS is inline, a CSP allows nothing else) and measures itself: its one script
// writes the layout as JSON into <pre id="measure">, which `chromium --dump-dom` prints.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'

/** The window the page is laid out in: a common laptop width. */
export const WINDOW_WIDTH = 1280
/** The run page's left column (Summary, Jobs, Run details). */
export const SIDEBAR_WIDTH = 256

/** What the page's script measures (all widths in CSS px). */
export interface PageMeasure {
  /** The page's height (its body's, not the window's): the screenshot's height. */
  height: number
  /** The width the summary card leaves its Markdown (its content box). */
  cardWidth: number
  /** The Markdown body's scroll width (more than cardWidth when anything overflows). */
  bodyScrollWidth: number
  tables: TableMeasure[]
  links: LinkMeasure[]
  /** Text outside code that shows link markup (`[text](url)`, `<a href=`) instead of a link. */
  literalLinkMarkup: string[]
  /** http(s) URLs shown as plain text (neither a link nor code). */
  plainUrls: string[]
}

export interface TableMeasure {
  /** The header row's cells. */
  header: string[]
  /** The table's own width as laid out (at most the card: GitHub's CSS caps it and scrolls). */
  width: number
  /** The width its content needs: wider than `width` means a scrollbar in the card. */
  scrollWidth: number
}

export interface LinkMeasure {
  href: string
  text: string
  /** Whether the element is an HTMLAnchorElement (an <a> in the HTML namespace). */
  anchor: boolean
}

/**
 * markdown-it as GitHub renders Markdown: raw HTML allowed (GitHub then sanitizes it; summaries
 * only use the tags GitHub keeps), bare URLs in Markdown text linked, single line breaks kept as
 * spaces, no typographic replacements.
 */
const markdown = new MarkdownIt({ html: true, linkify: true, breaks: false, typographer: false })

const CSS = readFileSync(
  fileURLToPath(import.meta.resolve('github-markdown-css/github-markdown-light.css')),
  'utf8'
)

/** The nonce of the page's own script: the CSP lets no other script run. */
const NONCE = 'summary-measure'

/** The summary Markdown as HTML (what github.com puts inside .markdown-body). */
export function renderMarkdown(source: string): string {
  return markdown.render(source)
}

/** A run page with one job's summary; `job` names the job and its card, `failed` its mark. */
export function renderPage(options: {
  workflow: string
  job: string
  failed: boolean
  markdown: string
}): string {
  const { workflow, job, failed } = options
  const mark = failed
    ? '<span class="mark fail" title="failure">✕</span>'
    : '<span class="mark ok" title="success">✓</span>'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${NONCE}'">
<title>${escape(workflow)} · ${escape(job)}</title>
<style>${CSS}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="run-title">${mark} ${escape(workflow)} <span class="run-number">#42</span></header>
<div class="layout">
<nav class="sidebar">
<a class="nav-item selected">Summary</a>
<div class="nav-heading">Jobs</div>
<a class="nav-item">${mark} ${escape(job)}</a>
<div class="nav-heading">Run details</div>
<a class="nav-item">Usage</a>
<a class="nav-item">Workflow file</a>
</nav>
<main class="main">
<div class="run-status">
<div><div class="label">Triggered via push</div><div>octo-org/octo-repo · main</div></div>
<div><div class="label">Status</div><div>${failed ? 'Failure' : 'Success'}</div></div>
<div><div class="label">Total duration</div><div>1m 12s</div></div>
<div><div class="label">Artifacts</div><div>–</div></div>
</div>
<section class="card">
<h2 class="card-header">${escape(job)} summary</h2>
<div class="card-body">
<div class="markdown-body">
${renderMarkdown(options.markdown)}
</div>
</div>
</section>
</main>
</div>
<pre id="measure" hidden></pre>
<script nonce="${NONCE}">${MEASURE_SCRIPT}</script>
</body>
</html>
`
}

/** The run page around the card, after github.com's layout (Primer colors and spacing). */
const PAGE_CSS = `
html, body { margin: 0; background: #ffffff; color: #1f2328;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  font-size: 14px; line-height: 1.5; }
.run-title { padding: 16px 24px; font-size: 20px; font-weight: 600; border-bottom: 1px solid #d1d9e0; }
.run-number { color: #59636e; font-weight: 400; }
.mark { display: inline-block; width: 16px; text-align: center; font-weight: 700; }
.mark.ok { color: #1a7f37; }
.mark.fail { color: #d1242f; }
.layout { display: flex; align-items: flex-start; }
.sidebar { box-sizing: border-box; flex: 0 0 ${SIDEBAR_WIDTH}px; width: ${SIDEBAR_WIDTH}px;
  padding: 16px 8px; border-right: 1px solid #d1d9e0; align-self: stretch; }
.nav-item { display: block; padding: 6px 8px; border-radius: 6px; color: #1f2328; }
.nav-item.selected { background: #eff2f5; font-weight: 600; }
.nav-heading { margin: 16px 8px 4px; color: #59636e; font-size: 12px; font-weight: 600; }
.main { box-sizing: border-box; flex: 1 1 auto; min-width: 0; padding: 24px; }
.run-status { display: flex; gap: 48px; padding: 16px; margin-bottom: 24px;
  border: 1px solid #d1d9e0; border-radius: 6px; background: #f6f8fa; }
.run-status .label { color: #59636e; font-size: 12px; }
.card { border: 1px solid #d1d9e0; border-radius: 6px; }
.card-header { margin: 0; padding: 16px 24px; font-size: 16px; font-weight: 600;
  border-bottom: 1px solid #d1d9e0; }
.card-body { padding: 16px 24px; }
`

/**
 * Runs once the page is laid out: measures the document's height as shown (closed <details>
 * closed), then opens every <details> (a reader may), measures tables and links, and closes them
 * again so the screenshot shows the summary as GitHub first does.
 */
const MEASURE_SCRIPT = `(() => {
  const card = document.querySelector('.card-body');
  const body = document.querySelector('.markdown-body');
  const height = Math.ceil(document.body.scrollHeight);
  const closed = [...body.querySelectorAll('details:not([open])')];
  for (const details of closed) details.open = true;
  const style = getComputedStyle(card);
  const cardWidth = card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const tables = [...body.querySelectorAll('table')].map(table => ({
    header: [...(table.rows[0] ? table.rows[0].cells : [])].map(cell => cell.textContent.trim()),
    width: table.getBoundingClientRect().width,
    scrollWidth: table.scrollWidth
  }));
  const links = [...body.querySelectorAll('a')].map(a => ({
    href: a.getAttribute('href') || '',
    text: a.textContent,
    anchor: a instanceof HTMLAnchorElement
  }));
  const literalLinkMarkup = [];
  const plainUrls = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement.closest('code, pre, a')) continue;
    const text = node.textContent;
    if (/\\]\\(\\s*https?:|<a\\s+href=/i.test(text)) literalLinkMarkup.push(text.trim());
    for (const match of text.matchAll(/https?:\\/\\/[^\\s<>"']+/g)) plainUrls.push(match[0]);
  }
  const bodyScrollWidth = body.scrollWidth;
  for (const details of closed) details.open = false;
  const measure = { height, cardWidth, bodyScrollWidth, tables, links, literalLinkMarkup, plainUrls };
  document.getElementById('measure').textContent = encodeURIComponent(JSON.stringify(measure));
})();`

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

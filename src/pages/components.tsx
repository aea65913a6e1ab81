/**
 * Building blocks of the server-rendered pages (hono/jsx). Every piece of data reaches the
 * HTML through JSX children or attribute values, which hono/jsx escapes; the only raw HTML is
 * our own static CSS and script (`dangerouslySetInnerHTML`), allowed by hash in the CSP.
 */
import type { Child, FC, PropsWithChildren } from 'hono/jsx'
import type { Status } from '../domain/taxonomy'
import { SITE_CSS, SITE_JS } from './assets'
import { dayLabel, statusLabel } from './labels'

export type NavItem = 'measures' | 'overview' | 'embed' | 'api' | undefined

/** The HTML document: head, inline style sheet, body, and an optional inline script last. */
export const Document: FC<PropsWithChildren<{ title: string; description?: string; css: string; script?: string; htmlClass?: string }>> = (props) => (
  <html lang="en" class={props.htmlClass}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{props.title}</title>
      {props.description && <meta name="description" content={props.description} />}
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <style dangerouslySetInnerHTML={{ __html: props.css }} />
    </head>
    <body>
      {props.children}
      {props.script && <script dangerouslySetInnerHTML={{ __html: props.script }} />}
    </body>
  </html>
)

/** The tracker's mark: a stack of measures with one highlighted. */
export const Logo: FC = () => (
  <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <rect x="2" y="3" width="20" height="18" rx="4" fill="#2f6fde" />
    <path d="M6 8h12M6 12h8M6 16h10" stroke="#fff" stroke-width="2" stroke-linecap="round" />
  </svg>
)

const NAV: [NavItem, string, string][] = [
  ['measures', '/', 'Measures'],
  ['overview', '/overview', 'Overview'],
  ['embed', '/embed-code', 'Embed'],
  ['api', '/docs', 'API'],
]

/** A page of the tracker: header with navigation, main content, footer. */
export const SiteLayout: FC<PropsWithChildren<{ title: string; description?: string; current?: NavItem }>> = (props) => (
  <Document
    title={props.title === 'Sanctions tracker' ? props.title : `${props.title} · Sanctions tracker`}
    description={props.description ?? 'Sanctions measures reported in the news, merged across articles, with quotes and status history.'}
    css={SITE_CSS}
    script={SITE_JS}
  >
    <a class="skip" href="#main">
      Skip to content
    </a>
    <header class="site-head">
      <div class="in">
        <a class="brand" href="/">
          <Logo />
          Sanctions tracker
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([item, href, text]) => (
              <li>
                <a href={href} aria-current={props.current === item ? 'page' : undefined}>
                  {text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
    <main id="main">{props.children}</main>
    <footer class="site-foot">
      Measures as the news reports them: who does what to whom, how far along, with the sentence that says so. Data:{' '}
      <a href="/docs">API reference</a> · <a href="/api">JSON index</a> · <a href="/openapi.json">OpenAPI</a>
    </footer>
  </Document>
)

export const StatusBadge: FC<{ status: Status | string }> = ({ status }) => <span class={`badge ${status}`}>{statusLabel(status)}</span>

export const Day: FC<{ day: string }> = ({ day }) => <time datetime={day}>{dayLabel(day)}</time>

/** One day, or two days "25 Feb 2022 – 3 Mar 2022" when they differ. */
export const DayRange: FC<{ from: string; to: string }> = ({ from, to }) =>
  from === to ? (
    <Day day={from} />
  ) : (
    <>
      <Day day={from} /> – <Day day={to} />
    </>
  )

/** An external link that opens outside the page (and outside a frame). */
export const ExternalLink: FC<PropsWithChildren<{ href: string; newTab?: boolean }>> = ({ href, newTab, children }) => (
  <a href={href} rel="noopener noreferrer" target={newTab ? '_blank' : undefined}>
    {children as Child}
  </a>
)

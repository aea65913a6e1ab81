/**
 * `GET /embed-code`: the snippet generator. A form with the embed's filters and options; the
 * page answers both embed forms for them (the widget script and the iframe), ready to paste,
 * and previews both live.
 */
import type { FC } from 'hono/jsx'
import { MEASURE_TYPES, STATUSES } from '../domain/taxonomy'
import { SiteLayout } from './components'
import { MAX_EMBED_LIMIT, queryString, THEMES, type PageFilters, type Theme } from './filters'
import type { Facet } from './home'
import { statusLabel, typeLabel } from './labels'

export interface EmbedCodeProps {
  filters: PageFilters
  limit: number
  theme: Theme
  /** The tracker's origin, as the snippets must name it (`https://host`). */
  origin: string
  widgetVersion: string
  authorities: { id: string; name: string }[]
  /** The targets with most measures, offered as suggestions. */
  targets: Facet[]
}

/** Escapes a value for a double-quoted HTML attribute in the snippet text. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The widget's attributes for these options, in the documented order; defaults left out. */
export function widgetAttributes(filters: PageFilters, limit: number, theme: Theme): [string, string][] {
  const pairs: [string, string][] = [
    ['target', filters.target.join(',')],
    ['authority', filters.authority.join(',')],
    ['type', filters.type.join(',')],
    ['status', filters.status.join(',')],
    ['q', filters.q ?? ''],
    ['limit', String(limit)],
    ['theme', theme === 'light' ? '' : theme],
  ]
  return pairs.filter(([, value]) => value !== '')
}

/** The two snippets: the script embed and the iframe embed (with its optional height listener). */
export function embedSnippets(origin: string, filters: PageFilters, limit: number, theme: Theme) {
  const attributes = widgetAttributes(filters, limit, theme)
    .map(([name, value]) => ` ${name}="${attr(value)}"`)
    .join('')
  const widget = `<script src="${origin}/widget.js" async></script>\n<sanctions-tracker${attributes}></sanctions-tracker>`
  const src = `${origin}/embed${queryString(filters, { limit, theme: theme === 'light' ? undefined : theme })}`
  const iframe =
    `<iframe src="${attr(src)}" title="Sanctions measures" loading="lazy" style="width:100%;height:420px;border:0"></iframe>\n` +
    '<script>addEventListener("message",function(e){var d=e.data;' +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="sanctions-tracker:height")return;` +
    'document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>'
  return { widget, iframe, iframeSrc: src }
}

const Checkboxes: FC<{ name: string; legend: string; options: { value: string; label: string }[]; chosen: string[] }> = (props) => (
  <fieldset>
    <legend>{props.legend}</legend>
    <div class="options">
      {props.options.map((option) => (
        <label class="facet" for={`e-${props.name}-${option.value}`}>
          <span class="facet-name">
            <input
              type="checkbox"
              id={`e-${props.name}-${option.value}`}
              name={props.name}
              value={option.value}
              checked={props.chosen.includes(option.value)}
            />
            <span>{option.label}</span>
          </span>
        </label>
      ))}
    </div>
  </fieldset>
)

const Snippet: FC<{ id: string; title: string; help: string; code: string }> = ({ id, title, help, code }) => (
  <section class="card" aria-labelledby={`${id}-title`}>
    <div class="snippet-head">
      <h2 id={`${id}-title`}>{title}</h2>
      <button type="button" class="btn quiet" data-copy={id} hidden>
        Copy
      </button>
    </div>
    <p class="muted small">{help}</p>
    <pre>
      <code id={id}>{code}</code>
    </pre>
  </section>
)

export const EmbedCodePage: FC<EmbedCodeProps> = (props) => {
  const { filters, limit, theme } = props
  const snippets = embedSnippets(props.origin, filters, limit, theme)
  const preview = Object.fromEntries(widgetAttributes(filters, limit, theme))
  return (
    <SiteLayout title="Embed" current="embed" description="Put a live box of sanctions measures on any page with one line of HTML.">
      <h1>Embed the tracker</h1>
      <p class="lead">
        A live box of measures for any page: pick the filters, copy one of the two snippets. The script embed is a few kilobytes and adapts to the
        page; the iframe embed works where only iframes are allowed and shows its content without JavaScript.
      </p>
      <div class="layout">
        <form class="card filters" method="get" action="/embed-code" aria-label="Embed options">
          <details open data-collapse-narrow>
            <summary>Options</summary>
            <label class="field">
              <span>Targets (ids, comma-separated)</span>
              <input type="text" name="target" value={filters.target.join(',')} list="target-ids" placeholder="vladimir-putin" />
              <datalist id="target-ids">
                {props.targets.map((t) => (
                  <option value={t.value}>{t.name ?? t.value}</option>
                ))}
              </datalist>
            </label>
            <Checkboxes name="authority" legend="Authority" options={props.authorities.map((a) => ({ value: a.id, label: a.name }))} chosen={filters.authority} />
            <Checkboxes name="type" legend="Measure" options={MEASURE_TYPES.map((t) => ({ value: t, label: typeLabel(t) }))} chosen={filters.type} />
            <Checkboxes name="status" legend="Status" options={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))} chosen={filters.status} />
            <label class="field">
              <span>Words in names or quotes</span>
              <input type="search" name="q" value={filters.q ?? ''} />
            </label>
            <label class="field">
              <span>Number of measures (1–{MAX_EMBED_LIMIT})</span>
              <input type="number" name="limit" min="1" max={String(MAX_EMBED_LIMIT)} value={String(limit)} />
            </label>
            <label class="field">
              <span>Theme</span>
              <select name="theme">
                {THEMES.map((t) => (
                  <option value={t} selected={t === theme}>
                    {t === 'auto' ? 'Auto (follows the reader’s setting)' : t === 'dark' ? 'Dark' : 'Light'}
                  </option>
                ))}
              </select>
            </label>
            <div class="actions">
              <button class="btn" type="submit">
                Update snippets
              </button>
              <a href="/embed-code">Reset</a>
            </div>
          </details>
        </form>
        <div class="stack">
          <Snippet
            id="snippet-widget"
            title="Script embed"
            help="Paste where the box should appear. It loads asynchronously, renders in its own shadow DOM and follows attribute changes."
            code={snippets.widget}
          />
          <Snippet
            id="snippet-iframe"
            title="Iframe embed"
            help="For sites that allow only iframes. The optional script lets the frame take the height of its content."
            code={snippets.iframe}
          />
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">Preview</h2>
            <div class="grid-2">
              <div>
                <h3>Script embed</h3>
                <sanctions-tracker {...preview}></sanctions-tracker>
                <noscript>
                  <p class="muted small">The script embed needs JavaScript.</p>
                </noscript>
              </div>
              <div>
                <h3>Iframe embed</h3>
                <iframe class="embed-frame" src={`/embed${snippets.iframeSrc.slice(`${props.origin}/embed`.length)}`} title="Sanctions measures (iframe embed preview)" loading="lazy"></iframe>
              </div>
            </div>
            <script src={`/widget.js?v=${props.widgetVersion}`} async></script>
          </section>
        </div>
      </div>
    </SiteLayout>
  )
}

/**
 * Chromium for the browser tests: Debian's package driven by playwright-core (which cannot
 * download browsers here), a fresh profile per launch, and pages that record every console
 * error, uncaught exception and dialog so a test can assert there were none.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Screenshots land here (gitignored); CI keeps the folder as the run's artifacts. */
export const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/browser')

export interface Session {
  browser: Browser
  close(): Promise<void>
}

/** Starts headless Chromium. playwright-core gives each launch a fresh temporary profile (user data dir). */
export async function launch(): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  return { browser, close: () => browser.close() }
}

/** What went wrong on a page: console errors, uncaught exceptions, dialogs (alert & co). */
export interface Trouble {
  consoleErrors: string[]
  pageErrors: string[]
  dialogs: string[]
}

export async function openPage(session: Session, options: BrowserContextOptions = {}): Promise<{ page: Page; trouble: Trouble }> {
  const context = await session.browser.newContext({ viewport: { width: 1000, height: 800 }, ...options })
  const page = await context.newPage()
  const trouble: Trouble = { consoleErrors: [], pageErrors: [], dialogs: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.consoleErrors.push(`${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => trouble.pageErrors.push(String(error)))
  page.on('dialog', async (dialog) => {
    trouble.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    await dialog.dismiss()
  })
  return { page, trouble }
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage })
  return file
}

/**
 * WCAG contrast ratios of the text of every element matching `selector` (looking into the open
 * shadow root of `host` when given) against the first opaque background behind it.
 */
export async function contrastRatios(page: Page, selector: string, host?: string): Promise<{ text: string; ratio: number }[]> {
  return page.evaluate(
    ({ selector, host }) => {
      const parse = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number)
      const luminance = ([r, g, b]: number[]) => {
        const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
      }
      const background = (el: Element | null): number[] => {
        while (el) {
          const [r = 0, g = 0, b = 0, a] = parse(getComputedStyle(el).backgroundColor)
          if (a === undefined || a > 0.99) return [r, g, b]
          el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)
        }
        return [255, 255, 255]
      }
      const root: ParentNode = host ? (document.querySelector(host)!.shadowRoot as ShadowRoot) : document
      return [...root.querySelectorAll(selector)].map((el) => {
        const fg = luminance(parse(getComputedStyle(el).color))
        const bg = luminance(background(el))
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)
        return { text: `${selector}: ${(el.textContent ?? '').trim().slice(0, 40)}`, ratio: Math.round(ratio * 100) / 100 }
      })
    },
    { selector, host },
  )
}

/**
 * The tracker's own pages in a real browser: they show the measures without JavaScript, the
 * filters apply at once with it, they read well in light and dark schemes and at 320 px, and
 * the snippets of the snippet generator work when pasted into a page of another origin.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { contrastRatios, launch, openPage, screenshot, type Session, type Trouble } from './browser'
import { MARKUP_PAYLOAD, MARKUP_TARGET, SCRIPT_PAYLOAD } from './markup-article'

const tracker = inject('trackerUrl')
const host = inject('hostUrl')

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session?.close()
})

type Measure = { id: number; authority: { id: string }; target: { name: string } }

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${tracker}${path}`)
  expect(res.status).toBe(200)
  return (await res.json()) as T
}

function expectNoTrouble(trouble: Trouble) {
  expect(trouble).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [] })
}

async function expectReadable(page: Page, selectors: string[]) {
  const ratios = (await Promise.all(selectors.map((s) => contrastRatios(page, s)))).flat()
  expect(ratios.length).toBeGreaterThanOrEqual(selectors.length)
  for (const { text, ratio } of ratios) expect(ratio, text).toBeGreaterThanOrEqual(4.5)
}

async function expectNoHorizontalScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
}

describe("the tracker's pages", () => {
  it('the home page lists the latest measures and facet counts without JavaScript', async () => {
    const { page, trouble } = await openPage(session, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    await page.goto(`${tracker}/`)
    const { data } = await api<{ data: Measure[] }>('/api/sanctions?limit=25')
    expect(await page.locator('table.measures tbody tr').count()).toBe(data.length)
    expect(await page.locator('table.measures tbody tr td[data-label=Target] a').allTextContents()).toEqual(data.map((m) => m.target.name))
    const facets = await api<{ authority: { name: string; count: number }[] }>('/api/sanctions/facets')
    const first = page.locator('fieldset').filter({ hasText: 'Authority' }).locator('label.facet').first()
    expect((await first.innerText()).replace(/\s+/g, ' ')).toContain(`${facets.authority[0]!.name} ${facets.authority[0]!.count}`)
    await expectReadable(page, ['.badge', '.muted', 'td[data-label=Target] a', '.count', 'thead th'])
    await screenshot(page, 'page-home-light')
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('a filter checkbox applies at once with JavaScript', async () => {
    const { page, trouble } = await openPage(session, { viewport: { width: 1280, height: 900 } })
    await page.goto(`${tracker}/`)
    await Promise.all([page.waitForURL(/authority=eu/), page.getByLabel(/^European Union \d+/).check()])
    const { data } = await api<{ data: Measure[] }>('/api/sanctions?authority=eu&limit=25')
    await expect.poll(() => page.locator('table.measures tbody tr').count()).toBe(data.length)
    expect(await page.getByRole('link', { name: 'Remove filter European Union' }).isVisible()).toBe(true)
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('reads well in the dark scheme and at 320 px', async () => {
    const { page, trouble } = await openPage(session, { colorScheme: 'dark', viewport: { width: 1280, height: 900 } })
    await page.goto(`${tracker}/`)
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 17, 21)')
    await expectReadable(page, ['.badge', '.muted', 'td[data-label=Target] a', '.count'])
    await screenshot(page, 'page-home-dark', false)
    await page.setViewportSize({ width: 320, height: 800 })
    for (const path of ['/', '/targets/vladimir-putin', '/overview', '/embed-code']) {
      await page.goto(`${tracker}${path}`)
      await expectNoHorizontalScroll(page, 320)
    }
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(`${tracker}/`)
    await screenshot(page, 'page-home-320px', false)
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it("a target's page shows each measure's status history with quotes and sources", async () => {
    const { page, trouble } = await openPage(session, { viewport: { width: 1100, height: 900 } })
    await page.goto(`${tracker}/targets/vladimir-putin`)
    const target = await api<{ measures: Measure[] }>('/api/targets/vladimir-putin')
    expect(await page.locator('section.measure').count()).toBe(target.measures.length)
    const measure = await api<{ id: number; history: { quote: string }[] }>(`/api/sanctions/${target.measures[0]!.id}`)
    const section = page.locator(`#measure-${measure.id}`)
    expect(await section.locator('.history blockquote').allTextContents()).toEqual(measure.history.map((h) => h.quote))
    expect(await section.locator('.history').getByText('Source:').count()).toBe(measure.history.length)
    await screenshot(page, 'page-target')
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('shows markup in quotes and titles on a target page as text', async () => {
    const { page, trouble } = await openPage(session)
    await page.goto(`${tracker}/targets/${MARKUP_TARGET}`)
    const text = await page.locator('main').innerText()
    expect(text).toContain(MARKUP_PAYLOAD)
    expect(text).toContain(SCRIPT_PAYLOAD)
    expect(await page.locator('main img, main [onerror]').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    await screenshot(page, 'page-target-markup')
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('the overview counts measures by authority and type', async () => {
    const { page, trouble } = await openPage(session, { viewport: { width: 1280, height: 800 } })
    await page.goto(`${tracker}/overview`)
    const facets = await api<{ authority: { value: string; count: number }[] }>('/api/sanctions/facets')
    const total = facets.authority.reduce((sum, f) => sum + f.count, 0)
    expect(await page.locator('.matrix tfoot td.num').textContent()).toBe(String(total))
    expect(await page.locator('.matrix tbody tr').count()).toBe(facets.authority.length)
    await screenshot(page, 'page-overview')
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it("the snippet generator's two snippets work when pasted into a page of another origin", async () => {
    const { page, trouble } = await openPage(session, { viewport: { width: 1280, height: 900 } })
    await page.goto(`${tracker}/embed-code?target=vladimir-putin&authority=us,eu&limit=3`)
    // the live previews: the widget and the iframe, both from this origin
    await expect.poll(() => page.locator('sanctions-tracker li').count()).toBe((await api<{ data: unknown[] }>('/api/embed?target=vladimir-putin&authority=us,eu&limit=3')).data.length)
    await expect.poll(() => page.frameLocator('iframe.embed-frame').locator('li').count()).toBeGreaterThan(0)
    expect(await page.getByRole('button', { name: 'Copy' }).first().isVisible()).toBe(true)
    await page.waitForTimeout(300)
    await screenshot(page, 'page-embed-code')
    const widgetSnippet = await page.locator('#snippet-widget').textContent()
    const iframeSnippet = await page.locator('#snippet-iframe').textContent()
    expect(widgetSnippet).toBe(
      `<script src="${tracker}/widget.js" async></script>\n<sanctions-tracker target="vladimir-putin" authority="us,eu" limit="3"></sanctions-tracker>`,
    )
    expectNoTrouble(trouble)

    const pasted = await openPage(session)
    await pasted.page.goto(`${host}/paste?html=${encodeURIComponent(widgetSnippet!)}`)
    await expect.poll(() => pasted.page.locator('sanctions-tracker li').count()).toBe(3)
    await pasted.page.goto(`${host}/paste?html=${encodeURIComponent(iframeSnippet!)}`)
    const frame = pasted.page.frameLocator('iframe')
    await expect.poll(() => frame.locator('li').count()).toBe(3)
    // the snippet's listener sized the frame from its default 420 px to its content
    const content = await frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height))
    await expect.poll(() => pasted.page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(content)
    expectNoTrouble(pasted.trouble)
    await page.context().close()
    await pasted.page.context().close()
  })
})

/**
 * The script embed in a real browser: the README's embed line on a page of another origin
 * shows the tracked measures, follows attribute changes, stays readable (contrast, keyboard
 * focus, 320 px) and treats markup in the data as text.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { contrastRatios, launch, openPage, screenshot, type Session, type Trouble } from './browser'
import { MARKUP_ARTICLE, MARKUP_PAYLOAD, MARKUP_TARGET, SCRIPT_PAYLOAD } from './markup-article'

const tracker = inject('trackerUrl')
const host = inject('hostUrl')

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session?.close()
})

type EmbedMeasure = { authority: { name: string }; type: string; status: string; target: { name: string } }

const label = (id: string) => (id[0]!.toUpperCase() + id.slice(1)).replace(/_/g, ' ').replace('Swift', 'SWIFT')

/** What the widget should show for a query: the API's answer, as the widget words it. */
async function expectedRows(query: string): Promise<string[]> {
  const res = await fetch(`${tracker}/api/embed?${query}`)
  expect(res.status).toBe(200)
  const body = (await res.json()) as { data: EmbedMeasure[] }
  return body.data.map((m) => `${label(m.status)} | ${m.authority.name} · ${label(m.type)} | ${m.target.name}`)
}

/** What the widget shows, once it is done loading. */
async function shownRows(page: Page): Promise<string[]> {
  await page.locator('sanctions-tracker section[aria-busy="false"]').waitFor()
  return page.locator('sanctions-tracker li').evaluateAll((items) =>
    items.map((li) => {
      const badge = li.querySelector('.b')!.textContent
      const kind = [...li.querySelector('.k')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')
      return `${badge} | ${kind} | ${li.querySelector('.n')!.textContent}`
    }),
  )
}

function expectNoTrouble(trouble: Trouble) {
  expect(trouble).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [] })
}

describe('<sanctions-tracker> on another origin', () => {
  it('the embed line shows the seed article measures, linked to their sources and the full view', async () => {
    const { page, trouble } = await openPage(session)
    await page.goto(`${host}/widget?target=vladimir-putin&authority=us,eu&limit=5`)
    expect(new URL(page.url()).origin).not.toBe(new URL(tracker).origin)
    const expected = await expectedRows('target=vladimir-putin&authority=us,eu&limit=5')
    expect(expected.length).toBeGreaterThan(0)
    expect(await shownRows(page)).toEqual(expected)
    expect(await page.locator('sanctions-tracker li').first().getByText('Vladimir Putin').isVisible()).toBe(true)
    expect(await page.locator('sanctions-tracker header strong').textContent()).toBe('Sanctions against Vladimir Putin')
    // every link is http(s), opens outside the page, and the footer leads to the tracker's view
    const links = await page.locator('sanctions-tracker a').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target') })))
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//)
      expect(link.target).toBe('_blank')
    }
    expect(links.at(-1)!.href).toBe(`${tracker}/?authority=us,eu&target=vladimir-putin`)
    await screenshot(page, 'widget-light')
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('re-renders when a filter attribute changes', async () => {
    const { page, trouble } = await openPage(session)
    await page.goto(`${host}/widget?target=vladimir-putin&authority=us,eu`)
    const before = await shownRows(page)
    expect(before).toEqual(await expectedRows('target=vladimir-putin&authority=us,eu&limit=5'))
    const eu = await expectedRows('target=vladimir-putin&authority=eu&limit=5')
    expect(eu).not.toEqual(before)
    await page.locator('sanctions-tracker').evaluate((el) => el.setAttribute('authority', 'eu'))
    await expect.poll(() => shownRows(page)).toEqual(eu)
    await page.locator('sanctions-tracker').evaluate((el) => el.setAttribute('limit', '1'))
    await expect.poll(() => shownRows(page)).toEqual(eu.slice(0, 1))
    // an unknown value is the API's problem detail, shown as an error with a retry button
    await page.locator('sanctions-tracker').evaluate((el) => el.setAttribute('type', 'asset-freeze'))
    const alert = page.locator('sanctions-tracker [role=alert]')
    await expect.poll(() => alert.textContent()).toContain('unknown type "asset-freeze"')
    expect(await alert.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true)
    // the 400 is the one expected console error: the browser logs failed fetches itself
    expect(trouble.consoleErrors.every((e) => e.includes('400'))).toBe(true)
    expect(trouble.pageErrors).toEqual([])
    await page.context().close()
  })

  it('shows a loading state while it waits, reads the API named by `api`, and says when nothing matches', async () => {
    const { page, trouble } = await openPage(session)
    // the host answers /slow/… a second late, from the tracker
    await page.goto(`${host}/widget?target=vladimir-putin&api=${encodeURIComponent(`${host}/slow`)}`)
    const status = page.locator('sanctions-tracker [role=status]')
    await expect.poll(() => status.textContent()).toBe('Loading sanctions measures…')
    expect(await page.locator('sanctions-tracker section').getAttribute('aria-busy')).toBe('true')
    expect(await shownRows(page)).toEqual(await expectedRows('target=vladimir-putin&limit=5'))
    await page.locator('sanctions-tracker').evaluate((el) => el.setAttribute('target', 'nobody-at-all'))
    await expect.poll(() => page.locator('sanctions-tracker section[aria-busy="false"] [role=status]').textContent()).toBe('No measures match these filters yet.')
    expect(await page.locator('sanctions-tracker li').count()).toBe(0)
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('follows the reader\'s colour scheme with theme="auto"', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, trouble } = await openPage(session, { colorScheme })
      await page.goto(`${host}/widget?target=vladimir-putin&theme=auto`)
      await shownRows(page)
      const background = await page.locator('sanctions-tracker section').evaluate((el) => getComputedStyle(el).backgroundColor)
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(23, 25, 28)' : 'rgb(255, 255, 255)')
      expectNoTrouble(trouble)
      await page.context().close()
    }
  })

  it('is reachable by keyboard, with a visible focus ring', async () => {
    const { page, trouble } = await openPage(session)
    await page.goto(`${host}/widget?target=vladimir-putin&authority=us,eu`)
    await shownRows(page)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const inner = document.activeElement?.shadowRoot?.activeElement
      return inner ? { tag: inner.tagName, outline: getComputedStyle(inner).outlineWidth, text: inner.textContent } : null
    })
    expect(focused).toMatchObject({ tag: 'A', text: expect.stringContaining('Putin') })
    expect(parseFloat(focused!.outline)).toBeGreaterThanOrEqual(2)
    expectNoTrouble(trouble)
    await page.context().close()
  })

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text contrast at WCAG AA in the ${theme} theme`, async () => {
      const { page, trouble } = await openPage(session)
      await page.goto(`${host}/widget?target=vladimir-putin&theme=${theme}&host=${theme}`)
      await shownRows(page)
      const background = await page.locator('sanctions-tracker section').evaluate((el) => getComputedStyle(el).backgroundColor)
      expect(background).toBe(theme === 'dark' ? 'rgb(23, 25, 28)' : 'rgb(255, 255, 255)')
      const ratios = (
        await Promise.all(['header', 'header strong', '.k', '.b', '.n a', 'q', '.m', '.m a', 'footer a'].map((s) => contrastRatios(page, s, 'sanctions-tracker')))
      ).flat()
      expect(ratios.length).toBeGreaterThan(8)
      for (const { text, ratio } of ratios) expect(ratio, text).toBeGreaterThanOrEqual(4.5)
      await screenshot(page, `widget-${theme}`)
      expectNoTrouble(trouble)
      await page.context().close()
    })
  }

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const { page, trouble } = await openPage(session, { viewport: { width: 320, height: 720 } })
    await page.goto(`${host}/widget?target=vladimir-putin&authority=us,eu`)
    await shownRows(page)
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widget: document.querySelector('sanctions-tracker')!.getBoundingClientRect().right,
    }))
    expect(widths.page).toBeLessThanOrEqual(320)
    expect(widths.widget).toBeLessThanOrEqual(320)
    await screenshot(page, 'widget-320px')
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('works on a page whose Content-Security-Policy forbids inline styles', async () => {
    const { page, trouble } = await openPage(session)
    await page.goto(`${host}/strict?target=vladimir-putin`)
    expect((await shownRows(page)).length).toBeGreaterThan(0)
    // the constructed style sheet applied: the box has its border radius and padding
    const style = await page.locator('sanctions-tracker section').evaluate((el) => ({ radius: getComputedStyle(el).borderTopLeftRadius, padding: getComputedStyle(el).paddingLeft }))
    expect(style).toEqual({ radius: '10px', padding: '16px' })
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('shows markup in titles and quotes as text and runs none of it', async () => {
    const { page, trouble } = await openPage(session)
    await page.goto(`${host}/widget?target=${MARKUP_TARGET}&limit=10`)
    const rows = await shownRows(page)
    expect(rows).toEqual(await expectedRows(`target=${MARKUP_TARGET}&limit=10`))
    const text = await page.locator('sanctions-tracker section').innerText()
    expect(text).toContain(MARKUP_PAYLOAD)
    expect(text).toContain(SCRIPT_PAYLOAD)
    expect(text).toContain(MARKUP_ARTICLE.title)
    const injected = await page.locator('sanctions-tracker').evaluate((el) => el.shadowRoot!.querySelectorAll('img, script, [onerror]').length)
    expect(injected).toBe(0)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    await screenshot(page, 'widget-markup-as-text')
    expectNoTrouble(trouble)
    await page.context().close()
  })
})

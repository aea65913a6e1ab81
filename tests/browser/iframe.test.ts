/**
 * The iframe embed in a real browser: framed by a page of another origin it shows the measures,
 * tells the page its height so the frame fits, needs no JavaScript to show its content, and
 * shows markup in the data as text.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, openPage, screenshot, type Session, type Trouble } from './browser'
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

async function expectedTargets(query: string): Promise<string[]> {
  const body = (await (await fetch(`${tracker}/api/embed?${query}`)).json()) as { data: { target: { name: string } }[] }
  return body.data.map((m) => m.target.name)
}

function expectNoTrouble(trouble: Trouble) {
  expect(trouble).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [] })
}

describe('the iframe embed', () => {
  it('renders in a frame on another origin and reports its height, which sizes the frame', async () => {
    const { page, trouble } = await openPage(session)
    const query = 'target=vladimir-putin&authority=us,eu&limit=5'
    await page.goto(`${host}/iframe?src=${encodeURIComponent(`/embed?${query}`)}`)
    const frame = page.frameLocator('#embed')
    const expected = await expectedTargets(query)
    expect(expected.length).toBeGreaterThan(0)
    await expect.poll(() => frame.locator('li .n').allTextContents()).toEqual(expected)
    // the embed posted its height and the host's listener (the snippet's) resized the frame to it
    await expect.poll(() => page.evaluate(() => (window as { __heights?: number[] }).__heights?.length ?? 0)).toBeGreaterThan(0)
    const sizes = await page.evaluate(() => ({
      reported: (window as { __heights?: number[] }).__heights!.at(-1)!,
      frame: document.getElementById('embed')!.getBoundingClientRect().height,
    }))
    const content = await frame.locator('body').evaluate((body) => body.getBoundingClientRect().height)
    expect(sizes.reported).toBe(Math.ceil(content))
    expect(sizes.frame).toBe(sizes.reported)
    expect(sizes.reported).toBeGreaterThan(150)
    await screenshot(page, 'iframe-embed')
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('shows the measures with JavaScript turned off', async () => {
    const { page, trouble } = await openPage(session, { javaScriptEnabled: false })
    const query = 'target=vladimir-putin&limit=10'
    await page.goto(`${tracker}/embed?${query}&theme=dark`)
    expect(await page.locator('li .n').allTextContents()).toEqual(await expectedTargets(query))
    await screenshot(page, 'iframe-embed-dark-no-js')
    expectNoTrouble(trouble)
    await page.context().close()
  })

  it('shows markup in titles and quotes as text and runs none of it', async () => {
    const { page, trouble } = await openPage(session)
    await page.goto(`${host}/iframe?src=${encodeURIComponent(`/embed?target=${MARKUP_TARGET}`)}`)
    const frame = page.frameLocator('#embed')
    await expect.poll(() => frame.locator('li').count()).toBeGreaterThan(0)
    const text = await frame.locator('body').innerText()
    expect(text).toContain(MARKUP_PAYLOAD)
    expect(text).toContain(SCRIPT_PAYLOAD)
    expect(await frame.locator('img, [onerror]').count()).toBe(0)
    expect(await frame.locator('script').count()).toBe(1) // the embed's own height script
    const pwned = await frame.locator('body').evaluate(() => (window as { __pwned?: number }).__pwned)
    expect(pwned).toBeUndefined()
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    expectNoTrouble(trouble)
    await page.context().close()
  })
})

import { describe, expect, it } from 'vitest'
import { articleTextFromHtml } from '../../src/refresh/feeds/article-text'
import { FeedFormatError, parseFeed } from '../../src/refresh/feeds/parse-feed'
import { isPrivateHost, sourceUrlProblem } from '../../src/refresh/fetch-guard'
import { CsvFormatError, readCsv } from '../../src/refresh/lists/csv'
import { TrackedNameIndex, naturalOrder } from '../../src/refresh/lists/match'
import canadaPage from '../fixtures/refresh/canada-belarus.html?raw'
import rss from '../fixtures/refresh/news.rss?raw'
import atom from '../fixtures/refresh/wire.atom?raw'

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c))
      controller.close()
    },
  })
}

async function rows(...chunks: string[]) {
  const out: string[][] = []
  for await (const r of readCsv(streamOf(...chunks), 1e6)) out.push(r)
  return out
}

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, across chunk boundaries', async () => {
    expect(await rows('a,"b, c","say ""hi"""\r\n1,"two\nlines",', '3\r', '\n"x"', '"y",z')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', 'two\nlines', '3'],
      ['x"y', 'z'],
    ])
  })

  it('refuses a body that ends inside a quoted field, and one over the size limit', async () => {
    await expect(rows('a,"unterminated')).rejects.toBeInstanceOf(CsvFormatError)
    const big = async () => {
      for await (const _ of readCsv(streamOf('x'.repeat(2000)), 1000)) void _
    }
    await expect(big()).rejects.toThrow(/limit/)
  })
})

describe('list name matching', () => {
  const index = new TrackedNameIndex([
    { targetId: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin' },
    { targetId: 'sergey-lavrov', kind: 'person', name: 'Sergey Lavrov' },
    { targetId: 'central-bank-of-russia', kind: 'organization', name: 'Central Bank of Russia' },
    { targetId: 'central-bank-of-russia', kind: 'organization', name: 'Bank of Russia' },
  ])
  const person = (names: string[]) => index.match({ entryId: '1', name: names[0]!, names, kind: 'person' })

  it('reads SURNAME, Given Names and matches through patronymics, transliterations and titles', () => {
    expect(naturalOrder('PUTIN, Vladimir Vladimirovich')).toBe('Vladimir Vladimirovich PUTIN')
    expect(person(['PUTIN, Vladimir Vladimirovich'])).toEqual(['vladimir-putin'])
    expect(person(['LAVROV, Sergei Viktorovich'])).toEqual(['sergey-lavrov'])
    expect(person(['Mr Sergey LAVROV'])).toEqual(['sergey-lavrov'])
    expect(index.match({ entryId: '2', name: 'BANK OF RUSSIA', names: ['THE CENTRAL BANK OF THE RUSSIAN FEDERATION', 'BANK OF RUSSIA'], kind: 'organization' })).toEqual([
      'central-bank-of-russia',
    ])
  })

  it('never links near misses: same surname with other given names, or a shared given name', () => {
    expect(person(['PUTIN, Igor Aleksandrovich'])).toEqual([])
    expect(person(['SHOIGU, Sergei Kuzhugetovich', 'SHOYGU, Sergey'])).toEqual([])
    expect(person(['KOLOKOLTSEV, Vladimir Aleksandrovich'])).toEqual([])
    expect(person(['PUTIN'])).toEqual([])
    // a person entry never matches an organisation of the same name, and the other way round
    expect(index.match({ entryId: '3', name: 'Vladimir Putin', names: ['Vladimir Putin'], kind: 'organization' })).toEqual([])
  })
})

describe('source URLs', () => {
  it('accepts public http(s) URLs and refuses other schemes, credentials and private hosts', () => {
    expect(sourceUrlProblem('https://news.example/feed.xml', false)).toBeUndefined()
    expect(sourceUrlProblem('ftp://news.example/feed.xml', false)).toMatch(/http/)
    expect(sourceUrlProblem('file:///etc/passwd', false)).toMatch(/http/)
    expect(sourceUrlProblem('https://user:pw@news.example/', false)).toMatch(/credentials/)
    expect(sourceUrlProblem('not a url', false)).toMatch(/absolute/)
    for (const host of ['localhost', '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '[::1]', '[fd00::1]', '[fe80::1]', '[::ffff:127.0.0.1]', 'printer.local', '0.0.0.0']) {
      expect(sourceUrlProblem(`http://${host}/x`, false), host).toMatch(/private/)
      expect(sourceUrlProblem(`http://${host}/x`, true), host).toBeUndefined()
    }
    expect(isPrivateHost('8.8.8.8')).toBe(false)
    expect(isPrivateHost('172.32.0.1')).toBe(false)
  })
})

describe('feeds and pages', () => {
  it('parses RSS 2.0 and Atom items with keys, absolute links, titles and dates', () => {
    expect(parseFeed(rss, 'https://news.example/feed.rss')).toEqual([
      { key: 'news-example-1001', url: 'https://news.example/2022/03/01/canada-belarus', title: 'Canada freezes assets of Belarusian official', publishedAt: '2022-03-01T09:15:00.000Z' },
      { key: 'news-example-1002', url: 'https://news.example/2022/03/02/japan-oligarch', title: 'Japan to freeze assets of Russian oligarch', publishedAt: '2022-03-02T11:40:00.000Z' },
    ])
    expect(parseFeed(atom, 'https://wire.example/europe.atom')).toEqual([
      { key: 'tag:wire.example,2022:europe/5521', url: 'https://wire.example/europe/5521', title: 'Switzerland freezes assets of Gennady Timchenko', publishedAt: '2022-03-07T08:30:00.000Z' },
    ])
  })

  it('refuses malformed XML and documents that are not feeds', () => {
    expect(() => parseFeed('<rss><channel><item><title>x</item></channel></rss>', 'https://x.example')).toThrow(FeedFormatError)
    expect(() => parseFeed('<html><body>hello</body></html>', 'https://x.example')).toThrow(/neither/)
  })

  it('takes the article text out of a page, dropping scripts, navigation, asides and footers', async () => {
    const { title, text } = await articleTextFromHtml(new Response(canadaPage, { headers: { 'content-type': 'text/html' } }))
    expect(title).toBe('Canada freezes assets of Belarusian official | News Example')
    expect(text).toContain('Canada on Tuesday froze the assets of Viktor Sheiman, a former security chief in Minsk, and imposed a travel ban on him.')
    expect(text).toContain('“We will keep up the pressure,” the foreign minister told reporters in Ottawa.')
    for (const boilerplate of ['Boiler Plate', 'Sidebar Person', 'Home', 'Cookie settings', 'dataLayer', 'color: red']) {
      expect(text).not.toContain(boilerplate)
    }
    // paragraphs stay on lines of their own
    expect(text.split('\n')).toContain('By Staff Reporter')
  })
})

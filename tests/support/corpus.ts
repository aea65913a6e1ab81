/** The annotated dev articles, bundled into the test run as raw text. */
import seedText from '../fixtures/corpus/01-seed-article.txt?raw'
import seedMeta from '../fixtures/corpus/01-seed-article.json'
import swiftText from '../fixtures/corpus/02-swift-and-central-bank.txt?raw'
import swiftMeta from '../fixtures/corpus/02-swift-and-central-bank.json'
import oligarchsText from '../fixtures/corpus/03-oligarchs.txt?raw'
import oligarchsMeta from '../fixtures/corpus/03-oligarchs.json'
import iranText from '../fixtures/corpus/04-iran-oil-network.txt?raw'
import iranMeta from '../fixtures/corpus/04-iran-oil-network.json'

export const CORPUS = [
  { text: seedText, title: seedMeta.title, publishedAt: seedMeta.publishedAt },
  { text: swiftText, title: swiftMeta.title, publishedAt: swiftMeta.publishedAt },
  { text: oligarchsText, title: oligarchsMeta.title, publishedAt: oligarchsMeta.publishedAt },
  { text: iranText, title: iranMeta.title, publishedAt: iranMeta.publishedAt },
] as const

export const SEED = CORPUS[0]

import { createApp } from './create-app'
import articles from './routes/articles/articles.index'
import authorities from './routes/authorities/authorities.index'
import sanctions from './routes/sanctions/sanctions.index'
import targets from './routes/targets/targets.index'
import home from './routes/home/home.index'
import refresh from './routes/refresh/refresh.index'
import sources from './routes/sources/sources.index'
import pages from './routes/pages/pages.index'
import embed from './routes/embed/embed.index'
import exportsRouter from './routes/exports/exports.index'
import feeds from './routes/feeds/feeds.index'
import webhooks from './routes/webhooks/webhooks.index'
import docs from './routes/docs/docs.index'
import audit from './routes/audit/audit.index'

const app = createApp()

for (const router of [home, sanctions, exportsRouter, feeds, webhooks, docs, targets, authorities, articles, sources, refresh, audit, embed, pages]) {
  app.route('/', router)
}

app.doc31('/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Sanctions tracker API',
    version: '0.1.0',
    description: 'Sanctions measures reported in the news, with quote-level evidence and a status history.',
  },
})

export default app

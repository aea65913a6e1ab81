import { describe, expect, it } from 'vitest'
import { authorityName } from '../../src/domain/authorities'
import { nameKey } from '../../src/domain/names'
import { slugify } from '../../src/domain/slug'

describe('slugify', () => {
  it('makes lower-case ASCII ids joined by dashes', () => {
    expect(slugify('Vladimir Putin')).toBe('vladimir-putin')
    expect(slugify('  Škoda & Sons, Ltd. ')).toBe('skoda-and-sons-ltd')
    expect(slugify('Central Bank of Russia')).toBe('central-bank-of-russia')
  })
})

describe('nameKey', () => {
  it('folds transliteration variants of one name together', () => {
    expect(nameKey('Sergei Lavrov')).toBe(nameKey('Sergey Lavrov'))
    expect(nameKey('Alexei Navalny')).toBe(nameKey('Aleksey Navalny'))
    expect(nameKey('Yevgeny Prigozhin')).toBe(nameKey('Evgeny Prigozhin'))
    expect(nameKey('Mohammed bin Salman')).toBe(nameKey('Muhammad bin Salman'))
    expect(nameKey('sergey-lavrov')).toBe(nameKey('Sergey Lavrov'))
  })

  it('keeps different people apart', () => {
    expect(nameKey('Oleg Marchenko')).not.toBe(nameKey('Dmitry Marchenko'))
    expect(nameKey('Sergey Lavrov')).not.toBe(nameKey('Sergey Shoigu'))
    expect(nameKey('Igor Sechin')).not.toBe(nameKey('Igor Shuvalov'))
  })
})

describe('authorityName', () => {
  it('names states by ISO code and the taxonomy organisations, and nothing else', () => {
    expect(authorityName('us')).toBe('United States')
    expect(authorityName('gb')).toBe('United Kingdom')
    expect(authorityName('ch')).toBe('Switzerland')
    expect(authorityName('eu')).toBe('European Union')
    expect(authorityName('coe')).toBe('Council of Europe')
    expect(authorityName('zz')).toBeUndefined()
    expect(authorityName('uk')).toBeUndefined()
    expect(authorityName('usa')).toBeUndefined()
  })
})

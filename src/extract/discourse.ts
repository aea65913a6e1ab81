/**
 * What earlier sentences of the article said, for sentences that leave the authority or the
 * targets implicit ("the US sanctions will include a travel ban", "the pair", "the four
 * governments said they would ...").
 */
import type { Finding, MeasureType, Status, TargetRef } from '../domain/taxonomy'
import { slugify } from '../domain/slug'
import { countryOf } from './authorities'
import { ANAPHOR_NOUNS, FORTUNE_TITLES, NUMBER_WORDS, ORG_SUFFIXES } from './data/words'
import { countryTarget, type Mention } from './mentions'
import type { Anaphor, Counted } from './targets'
import { isPossessive, type Token } from './tokens'

interface Reported {
  authority: string
  type: MeasureType
  status: Status
  targets: TargetRef[]
  sentence: number
  /** Nouns that described the targets ("network", "firms"). */
  nouns: string[]
}

/** How many sentences back an implicit reference may reach. */
const REACH = 4
// How far back a package, a list of names or a group counted by number is still referred to
// ("The package also froze ...", "Those named are:", "the three companies").
const LONG_REACH = REACH + 6
/** How far back a measure of the same kind may supply an implicit authority or target. */
const TYPE_REACH = 10

export class Discourse {
  private reported: Reported[] = []
  private groups: { ids: string[]; sentence: number }[] = []
  /** Groups of targets in order of mention, for anaphors, with the findings that named them. */
  private targetGroups: TargetGroup[] = []
  /** States mentioned around measures, latest last, for "the country", "the junta". */
  private countries: { target: TargetRef; sentence: number }[] = []
  /**
   * The latest sentences, each with the state it opens with as its subject ("China retaliated
   * within hours."), read on first use.
   */
  private openings: { sentence: number; subject: () => string | undefined }[] = []
  /** The latest group described by counts whose members are still to be named. */
  private counted: { slots: Map<TargetRef['kind'], number>; group: TargetGroup; sentence: number } | undefined
  /** The sentence in which each person and organisation was first named. */
  private firstNamed = new Map<string, number>()

  /** Records the people and organisations a sentence names. */
  noteNamed(mentions: Mention[], sentence: number): void {
    for (const m of mentions) if (m.target && (m.kind === 'person' || m.kind === 'organization') && !this.firstNamed.has(m.target.id)) this.firstNamed.set(m.target.id, sentence)
  }

  /** Records a sentence read, with how to find the state it opens with (its subject), if any. */
  noteOpening(sentence: number, subject: () => string | undefined): void {
    let read = false
    let state: string | undefined
    const once = (): string | undefined => {
      if (!read) state = subject()
      read = true
      return state
    }
    this.openings.push({ sentence, subject: once })
    // Only the last two sentences count (see `lastSubject`).
    if (this.openings.length > 2) this.openings.shift()
  }

  /** The state a recent sentence (one of the last two) was about, for "Its foreign ministry said ...". */
  lastSubject(sentence: number): string | undefined {
    return this.subjectWithin(sentence, 2)
  }

  /** The subject of the latest sentence that has one, if it is at most `reach` sentences back. */
  private subjectWithin(sentence: number, reach: number): string | undefined {
    for (let k = this.openings.length - 1; k >= 0; k--) {
      const { sentence: at, subject } = this.openings[k]!
      if (sentence - at > reach) return undefined
      const state = subject()
      if (state) return state
    }
    return undefined
  }

  /** Records states mentioned in a target phrase, even as a description ("Myanmar's military chief"). */
  noteCountries(countries: TargetRef[], sentence: number): void {
    for (const target of countries) this.countries.push({ target, sentence })
    if (this.countries.length > 64) this.countries = this.countries.filter((c) => sentence - c.sentence <= REACH)
  }

  /**
   * Whether the state is on the receiving end of the measures just reported: named as their
   * target, or as the state of the people they target ("six Russian officials").
   */
  onTargetSide(authority: string, sentence: number): boolean {
    const state = countryOf(authority)
    if (!state) return false
    const id = countryTarget(state).id
    // (A state that has just acted itself speaks of its own measures: "Moscow said the ban ...".)
    if (this.reported.some((r) => r.authority === authority && sentence - r.sentence <= REACH)) return false
    return this.countries.some((c) => c.target.id === id && c.sentence < sentence && sentence - c.sentence <= REACH) ||
      this.reported.some((r) => r.authority !== authority && r.sentence < sentence && sentence - r.sentence <= REACH && r.targets.some((t) => t.id === id))
  }

  /** Records a finding that the article asserts (not a negated one). */
  remember(authority: string, type: MeasureType, status: Status, targets: TargetRef[], sentence: number, nouns: string[]): void {
    this.reported.push({ authority, type, status, targets, sentence, nouns })
    // Nothing further back than TYPE_REACH is ever looked up: keep the lists short.
    if (this.reported.length > 64) this.reported = this.reported.filter((r) => sentence - r.sentence <= TYPE_REACH)
  }

  /**
   * Records the targets read from one measure, for later "them" and "the pair". `findings`
   * are the findings that named them; `open` says that the group also had unnamed members
   * ("Abramovich and six other wealthy Russians").
   */
  rememberTargets(targets: TargetRef[], nouns: string[], sentence: number, findings: Finding[] = [], open = false): TargetGroup | undefined {
    if (this.targetGroups.length > 64) this.targetGroups = this.targetGroups.filter((g) => sentence - g.sentence <= REACH)
    if (!targets.length && !nouns.length) return undefined
    const group: TargetGroup = { targets, nouns, sentence, findings, open }
    this.targetGroups.push(group)
    return group
  }

  /** Opens a group described by counts ("one individual, two companies"), to be named later. */
  openCountedGroup(counted: Counted[], group: TargetGroup, sentence: number): void {
    const slots = new Map<TargetRef['kind'], number>()
    for (const c of counted) slots.set(c.kind, (slots.get(c.kind) ?? 0) + c.count)
    // Members already named in the describing sentence take their places.
    const before = new Set(counted.flatMap((c) => c.namedBefore ?? []).map((t) => t.id))
    for (const t of group.targets) if (slots.has(t.kind) && !before.has(t.id)) slots.set(t.kind, slots.get(t.kind)! - 1)
    this.counted = { slots, group, sentence }
  }

  /**
   * Adds the members of a counted group that a later sentence names ("Those named include X,
   * ... an agent for Y Shipping Co.", "using the tankers A and B", "The second company, C"),
   * until every counted place is taken. Only names that cannot be mistaken for a speaker, an
   * authority or a place count: vessels, people who do not speak or hold an office, and
   * organisations named as companies.
   */
  fillCountedGroup(sentence: number, tokens: Token[], mentions: Mention[]): void {
    const c = this.counted
    if (!c || sentence <= c.sentence) return
    if (sentence - c.sentence > REACH) {
      this.counted = undefined
      return
    }
    for (const m of mentions) {
      const t = m.target
      if (!t || m.actor || m.speaker || m.modifier || t.kind === 'country') continue
      const left = c.slots.get(t.kind) ?? 0
      // ("five officials it holds responsible for the treatment of Alexei Navalny": whoever the
      // article had named by the describing sentence is no unnamed member.)
      // ("In addition to Kim, Choe and Golden Tide, Seoul listed X": those named before count too.)
      const again = tokens[0]?.lower === 'in' && tokens[1]?.lower === 'addition' && tokens[2]?.lower === 'to' && m.t0 < (mentions.find((x) => x.actor && (x.kind === 'country' || x.kind === 'authority'))?.t0 ?? 0)
      if (left <= 0 || (!again && (this.firstNamed.get(t.id) ?? sentence) <= c.sentence) || c.group.targets.some((x) => x.id === t.id) || !isCountedMember(tokens, m, c.group, mentions)) continue
      c.slots.set(t.kind, left - 1)
      c.group.targets.push(t)
      // The group stays in view for "the two firms" while the article is still naming its members.
      c.group.sentence = sentence
      for (const f of c.group.findings) if (!f.targets.some((x) => x.id === t.id)) f.targets.push(t)
      // ... and it is the group talked about last ("The executives named were X and Y. They are
      // barred from entering ...").
      const at = this.targetGroups.indexOf(c.group)
      if (at >= 0 && at < this.targetGroups.length - 1) this.targetGroups.push(...this.targetGroups.splice(at, 1))
    }
  }

  /**
   * "The three officers will also be banned from travelling" before the officers are named: the
   * counted group still waiting for its members, whose findings it will complete.
   */
  awaitingGroupFor(a: Anaphor, sentence: number): TargetGroup | undefined {
    const c = this.counted
    if (!c || sentence - c.sentence > REACH) return undefined
    // ("dealing with them": a pronoun, for whichever kind is still to be named.)
    // ("banned the four from travelling": a count stands for the group.)
    const counted = a.noun !== undefined && (NUMBER_WORDS[a.noun] !== undefined || /^\d+$/.test(a.noun))
    const kinds = a.noun && !counted ? ANAPHOR_NOUNS[a.noun] ?? [] : a.kinds
    return kinds.some((k) => (c.slots.get(k) ?? 0) > 0) && (!a.noun || counted || c.group.nouns.includes(a.noun)) ? c.group : undefined
  }

  /**
   * "The seven men, who also include X and Y": X and Y were among the unnamed members of the
   * group the anaphor refers to, so the measures reported on that group cover them too.
   */
  completeGroup(a: Anaphor, sentence: number, named: TargetRef[]): void {
    const g = this.groupFor(a, sentence)
    if (!g || !g.open || named.length === 0) return
    for (const f of g.findings) for (const t of named) if (!f.targets.some((x) => x.id === t.id)) f.targets.push(t)
    for (const t of named) if (!g.targets.some((x) => x.id === t.id)) g.targets.push(t)
  }

  /** Records a group of authorities acting together, for later "the four governments". */
  rememberGroup(ids: string[], sentence: number): void {
    if (ids.length > 1) this.groups.push({ ids, sentence })
  }

  lastGroup(sentence: number): string[] {
    const g = this.groups[this.groups.length - 1]
    return g && sentence - g.sentence <= REACH ? g.ids : []
  }

  /** The organisation whose measure was reported last, for "member states were weighing ...". */
  /** The authorities of the latest measure reported within reach, whatever its kind. */
  lastAuthorities(sentence: number): string[] {
    const last = this.reported[this.reported.length - 1]
    if (!last || sentence - last.sentence > LONG_REACH) return []
    return [...new Set(this.reported.filter((r) => r.sentence === last.sentence).map((r) => r.authority))]
  }

  lastOrganisation(sentence: number): string | undefined {
    for (let i = this.reported.length - 1; i >= 0; i--) {
      const r = this.reported[i]!
      if (sentence - r.sentence > TYPE_REACH) return undefined
      if (!countryOf(r.authority)) return r.authority
    }
    return undefined
  }

  /** The state whose measure was reported last, for "The country also closed its airspace". */
  lastState(sentence: number): string | undefined {
    for (let i = this.reported.length - 1; i >= 0; i--) {
      const r = this.reported[i]!
      if (sentence - r.sentence > REACH) return undefined
      if (r.authority.length === 2) return r.authority
    }
    return undefined
  }

  /** Authorities of the latest measure of this type, else of the latest measure. */
  authoritiesFor(type: MeasureType, sentence: number): string[] {
    const recent = this.reported.filter((r) => sentence - r.sentence <= TYPE_REACH)
    const sameType = recent.filter((r) => r.type === type)
    const pick = sameType.length ? sameType : recent.filter((r) => sentence - r.sentence <= 1)
    const last = pick[pick.length - 1]
    if (!last) return []
    return [...new Set(pick.filter((r) => r.sentence === last.sentence && r.type === last.type).map((r) => r.authority))]
  }

  /**
   * The measures of the latest statement within reach, for "Among those sanctioned are X".
   * Measures of unstated kind are left out when the statement named a kind.
   */
  /** The latest statement of each authority that reported a measure within reach ("Those named are:" after a joint action). */
  recentStatements(sentence: number): { authority: string; type: MeasureType; status: Status; targets: TargetRef[] }[] {
    const authorities = [...new Set(this.reported.filter((r) => sentence - r.sentence <= LONG_REACH).map((r) => r.authority))]
    return authorities.flatMap((a) => this.latestStatement(sentence, [a]))
  }

  latestStatement(sentence: number, authorities: string[] = []): { authority: string; type: MeasureType; status: Status; targets: TargetRef[] }[] {
    // With the authority known ("On the EU's list were X"), its latest statement.
    // (A suspension from a body is not what "the sanctions" or "the list" refer back to, unless
    // nothing else was reported.)
    const candidates = this.reported.filter((r) => r.type !== 'suspension' && sentence - r.sentence <= REACH)
    const pool = candidates.length ? candidates : this.reported
    const last = authorities.length ? pool.findLast((r) => authorities.includes(r.authority)) : pool[pool.length - 1]
    if (!last || sentence - last.sentence > REACH) return []
    let same = pool.filter((r) => r.sentence === last.sentence && (authorities.length === 0 || authorities.includes(r.authority)))
    // "imposed asset freezes and travel bans on 40 officials. The sanctions took effect ...
    // Those on the list include X": a statement that only refers back to "the sanctions" gives way
    // to the one that said what they are.
    if (same.every((r) => r.type === 'sanctions')) {
      const kinds = this.reported.filter((r) => r.sentence < last.sentence && sentence - r.sentence <= REACH && r.type !== 'sanctions' && same.some((x) => x.authority === r.authority))
      const latest = kinds[kinds.length - 1]
      if (latest) same = kinds.filter((r) => r.sentence === latest.sentence)
    }
    const named = same.filter((r) => r.type !== 'sanctions')
    const seen = new Set<string>()
    return (named.length ? named : same).filter((r) => {
      const k = `${r.authority}|${r.type}`
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
  }

  /**
   * Targets of the latest measure by this authority within reach; with `joining` ("Japan was
   * studying whether to join the measures on SWIFT") also of the latest measure of this type, and
   * with `similar` ("have imposed similar sanctions") of the latest measure of any type.
   */
  targetsFor(authority: string, type: MeasureType, sentence: number, joining: boolean, similar = false, definite = false): TargetRef[] {
    const recent = this.reported.filter((r) => sentence - r.sentence <= TYPE_REACH && r.targets.length)
    // "The export ban covers semiconductors ...": the authority's export ban just reported, even
    // when other measures came after it.
    if (definite && type !== 'sanctions') {
      for (let i = recent.length - 1; i >= 0; i--) if (recent[i]!.authority === authority && recent[i]!.type === type && sentence - recent[i]!.sentence <= REACH) return recent[i]!.targets
    }
    for (let i = recent.length - 1; i >= 0; i--) if (recent[i]!.authority === authority && sentence - recent[i]!.sentence <= REACH) return recent[i]!.targets
    if (!joining) {
      // The same measure restated without its authority ("The debate about Swift ...").
      const last = recent[recent.length - 1]
      return last && last.type === type && last.authority === authority ? last.targets : []
    }
    for (let i = recent.length - 1; i >= 0; i--) if (recent[i]!.type === type) return recent[i]!.targets
    // ("... ban arms trade with Russia. The United States and Canada have imposed similar
    // sanctions": sanctions like those just reported, of whatever kind.)
    const last = recent[recent.length - 1]
    return similar && type === 'sanctions' && last && sentence - last.sentence <= 1 ? last.targets : []
  }

  /** Every target the authority's findings within reach named ("the designated people and companies"). */
  allTargetsOf(authority: string, sentence: number): TargetRef[] {
    const seen = new Map<string, TargetRef>()
    for (const r of this.reported) if (r.authority === authority && sentence - r.sentence <= REACH) for (const t of r.targets) if (t.kind !== 'country') seen.set(t.id, t)
    return [...seen.values()]
  }

  /** The targets an anaphor points back to, or nothing when no earlier group fits. */
  resolve(a: Anaphor, sentence: number): TargetRef[] {
    if (a.noun === 'central bank') {
      const last = this.countries[this.countries.length - 1]
      if (!last || sentence - last.sentence > REACH) return []
      const name = `Central Bank of ${last.target.name}`
      return [{ id: slugify(name), name, kind: 'organization' }]
    }
    // "it" right after a sentence about a state ("Russia's isolation has deepened. It was
    // expelled ...") is that state.
    const subject = a.it ? this.subjectWithin(sentence, 1) : undefined
    const state = subject ? countryOf(subject) : undefined
    if (state) return [countryTarget(state)]
    if (a.kinds.length === 1 && a.kinds[0] === 'country') {
      const last = this.countries[this.countries.length - 1]
      return last && sentence - last.sentence <= REACH ? [last.target] : []
    }
    // "All seven are subject to an asset freeze": as many as the count says, gathered from the
    // groups just named (a force, then four men, then two companies).
    const count = a.noun ? NUMBER_WORDS[a.noun] ?? (/^\d+$/.test(a.noun) ? Number(a.noun) : undefined) : undefined
    if (count) {
      const seen = new Map<string, TargetRef>()
      for (let i = this.targetGroups.length - 1; i >= 0 && seen.size < count; i--) {
        const g = this.targetGroups[i]!
        if (sentence - g.sentence > REACH) break
        for (const t of g.targets) if (t.kind !== 'country') seen.set(t.id, t)
      }
      if (seen.size) return [...seen.values()]
    }
    // "the three companies", "the three men": a group of this sentence first, its last members
    // of that kind ("froze the assets of the Guidance Patrol, X, Y and Z, and banned the three
    // men"); else the latest group that had exactly as many of that kind, or as many of any kind
    // (a name may have been read as the wrong kind).
    if (a.count) {
      const here = this.targetGroups.filter((g) => g.sentence === sentence).pop()
      const ofHere = here?.targets.filter((t) => a.kinds.includes(t.kind) && t.kind !== 'country') ?? []
      if (ofHere.length >= a.count) return ofHere.slice(-a.count)
      for (const ofKind of [true, false]) {
        for (let i = this.targetGroups.length - 1; i >= 0; i--) {
          const g = this.targetGroups[i]!
          if (sentence - g.sentence > REACH + 12) break
          const members = g.targets.filter((t) => (ofKind ? a.kinds.includes(t.kind) : t.kind !== 'country'))
          if (members.length === a.count && members.some((t) => a.kinds.includes(t.kind))) return members
        }
      }
    }
    const g = this.groupFor(a, sentence)
    const found = g ? g.targets.filter((t) => a.kinds.includes(t.kind)) : []
    // "the four men" after a statement that named two and a list that named two more: as many of
    // that kind as the count says, from the groups just named.
    if (a.count && found.length < a.count) {
      const seen = new Map<string, TargetRef>(found.map((t) => [t.id, t]))
      for (let i = this.targetGroups.length - 1; i >= 0 && seen.size < a.count; i--) {
        const earlier = this.targetGroups[i]!
        if (sentence - earlier.sentence > REACH) break
        for (const t of earlier.targets) if (a.kinds.includes(t.kind) && seen.size < a.count) seen.set(t.id, t)
      }
      if (seen.size === a.count) return [...seen.values()]
    }
    return found
  }

  /** The latest measure of one of these kinds within reach ("the embargo" after "an arms embargo"). */
  latestOfTypes(types: MeasureType[], sentence: number): { authority: string; type: MeasureType; status: Status; targets: TargetRef[] } | undefined {
    for (let i = this.reported.length - 1; i >= 0; i--) {
      const r = this.reported[i]!
      if (sentence - r.sentence > TYPE_REACH) return undefined
      if (types.includes(r.type) && r.targets.length) return r
    }
    return undefined
  }

  /** Authorities of the findings that named the targets an anaphor refers back to. */
  authoritiesOfGroup(a: Anaphor, sentence: number): string[] {
    const g = this.groupFor(a, sentence)
    return g ? [...new Set(g.findings.map((f) => f.authority.id))] : []
  }

  private groupFor(a: Anaphor, sentence: number): TargetGroup | undefined {
    for (let i = this.targetGroups.length - 1; i >= 0; i--) {
      const g = this.targetGroups[i]!
      if (sentence - g.sentence > REACH) break
      // "the network" must have been introduced as a network.
      if (a.noun && ['network', 'ring', 'scheme'].includes(a.noun) && !g.nouns.includes(a.noun)) continue
      if (g.targets.some((t) => a.kinds.includes(t.kind))) return g
      // A group described but not yet named ("100 oil tankers") for "the vessels".
      if (g.open && g.targets.length === 0 && g.nouns.some((n) => ANAPHOR_NOUNS[n]?.some((k) => a.kinds.includes(k)))) return g
      if (a.noun && g.nouns.includes(a.noun)) return undefined
    }
    return undefined
  }
}

/**
 * Whether a name can be a member of a counted group: a vessel, a person without an office, or
 * an organisation named as a company ("Haegumgang Shipping Co.", "the second company, X").
 */
function isCountedMember(tokens: Token[], m: Mention, group: TargetGroup, mentions: Mention[]): boolean {
  // "X, the commander of the Revolutionary Guards", "a deputy director of Russia's Federal
  // Penitentiary Service": a name after "of" describes another.
  let at = m.t0
  if (isPossessive(tokens[at - 1])) {
    const owner = mentions.find((o) => o.t1 === at - 1 && o.kind === 'country')
    if (owner) at = owner.t0
  }
  const leadAt = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1
  const lead = tokens[leadAt]
  if (lead?.lower === 'of') return false
  // ("the prosecution of jailed Russian opposition politician X": the same past a description.)
  let k = at - 1
  while (k >= 0 && at - k <= 6 && tokens[k]!.kind === 'word' && (!tokens[k]!.cap || mentions.some((o) => o.t0 <= k && k < o.t1 && o.kind === 'adjective')) && !['and', 'or', 'of'].includes(tokens[k]!.lower)) k--
  if (k < at - 1 && tokens[k]?.lower === 'of' && m.kind === 'person') return false
  // "according to the Assistance Association for Political Prisoners": a source, not a member.
  if (lead?.lower === 'to' && tokens[leadAt - 1]?.lower === 'according') return false
  // 'known as "El Ingeniero"': a nickname of someone named already.
  if (['as', 'dubbed', 'nicknamed', 'alias'].includes((QUOTE_MARKS.has(lead?.text ?? '') ? tokens[m.t0 - 2] : lead)?.lower ?? '')) return false
  if (m.kind === 'vessel') return true
  // ("X, an Ohio Republican who led the delegation": a name after "a" describes someone.)
  if (lead?.lower === 'a' || lead?.lower === 'an') return false
  // "His widow, Yulia Navalnaya, has accused ...": the subject of a clause of her own.
  const after = tokens[m.t1]?.text === ',' ? tokens[m.t1 + 1] : tokens[m.t1]
  if (m.kind === 'person' && SUBJECT_VERBS.has(after?.lower ?? '')) return false
  // (A military rank is no office that speaks for a state: "Brigadier General X" can be one of
  // "three senior officers".)
  // (An office of no named state is the office of one of those counted: "three senior officials
  // ... Interior Minister X; deputy police director Y".)
  // ("former senator X": an office no longer held speaks for no state.)
  if (m.kind === 'person') return !m.affiliation && !m.speaker && (m.titles.every((t) => NON_OFFICE_TITLES.has(t)) || m.titles[0] === 'former' || (group.nouns.some((n) => OFFICIAL_NOUNS.has(n)) && m.t1 - m.t0 >= 2 && !m.titles.includes('opposition')))
  if (m.kind !== 'organization') return false
  // ("Vale's chief financial officer, Ann Corby": whose officer the person named next is.)
  if (isPossessive(tokens[m.t1])) return false
  // "the Council": a body's head noun alone names no company.
  const words = tokens.slice(m.t0, m.t1)
  if (words.every((w) => ORG_SUFFIXES.has(w.lower) || w.lower === 'the')) return false
  // ("Gazprombank", "Sovcombank": a bank's name written as one word.)
  // ("Golden Tide" for "Golden Tide Marine Ltd": the full name the article gave.)
  // (Not an acronym in brackets after the name: "the Islamic Revolutionary Guard Corps (IRGC)".)
  const lastWord = tokens[m.t0 - 1]?.text === '(' ? '' : m.target?.name.split(' ').pop()?.toLowerCase().replace(/\.$/, '') ?? ''
  if (ORG_SUFFIXES.has(tokens[m.t1 - 1]?.lower.replace(/\.$/, '') ?? '') || ORG_SUFFIXES.has(lastWord) || /\wbank$/.test(tokens[m.t1 - 1]?.lower ?? '')) return true
  const before = tokens[m.t0 - 1]?.text === ',' ? tokens[m.t0 - 2] : tokens[m.t0 - 1]
  return before !== undefined && (ANAPHOR_NOUNS[before.lower]?.includes('organization') ?? false)
}

const OFFICIAL_NOUNS = new Set(['officials', 'official', 'ministers', 'minister', 'officers', 'commanders', 'judges', 'lawmakers', 'senators', 'generals', 'leaders', 'executives', 'diplomats'])
const SUBJECT_VERBS = new Set(['has', 'have', 'had', 'said', 'says', 'told', 'accused', 'urged', 'called', 'denied', 'rejected', 'described', 'wrote', 'added', 'warned', 'argued'])
const QUOTE_MARKS = new Set(['"', '“', '‘', "'"])

// Military ranks and words for a trade or fortune are no office that speaks for a state.
const NON_OFFICE_TITLES = new Set(['general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'brigadier', 'commodore', 'captain', 'sergeant', 'admiral', 'marshal', 'commander', 'vice', 'rear', ...FORTUNE_TITLES])

export interface TargetGroup {
  targets: TargetRef[]
  nouns: string[]
  sentence: number
  findings: Finding[]
  open: boolean
}

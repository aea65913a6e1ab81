/**
 * Name resolution: maps the targets the extractor found to the tracker's targets, so that
 * "Sergei Lavrov" in one article and "Sergey Lavrov" in another feed one measure.
 * A target resolves to an existing one when any of its name keys (its id and its name, folded
 * by `nameKey`) is an alias key of that target; otherwise it becomes a new target.
 */
import { nameKey } from '../domain/names'
import type { TargetKind, TargetRef } from '../domain/taxonomy'

export interface KnownAlias {
  key: string
  targetId: string
  name: string
  kind: string
}

export interface ResolvedTargets {
  /** The canonical target of each extracted target id. */
  canonical: Map<string, TargetRef>
  /** Targets to create (not yet stored). */
  newTargets: TargetRef[]
  /** Alias rows to add, one per (name key, target). */
  aliases: { key: string; targetId: string; name: string }[]
}

export function aliasKeysOf(target: TargetRef): string[] {
  return [...new Set([nameKey(target.id), nameKey(target.name)])]
}

export function resolveTargets(extracted: TargetRef[], known: KnownAlias[]): ResolvedTargets {
  const byKey = new Map<string, TargetRef>()
  // When two stored targets share a key, the first one listed wins, so resolution is stable.
  for (const alias of known) {
    if (!byKey.has(alias.key)) byKey.set(alias.key, { id: alias.targetId, name: alias.name, kind: alias.kind as TargetKind })
  }
  const canonical = new Map<string, TargetRef>()
  const newTargets: TargetRef[] = []
  const aliases = new Map<string, { key: string; targetId: string; name: string }>()
  for (const target of extracted) {
    if (canonical.has(target.id)) continue
    const keys = aliasKeysOf(target)
    const match = keys.map((k) => byKey.get(k)).find(Boolean)
    const resolved = match ?? target
    if (!match) {
      newTargets.push(target)
      for (const key of keys) byKey.set(key, target)
    }
    canonical.set(target.id, resolved)
    for (const key of keys) aliases.set(`${key}|${resolved.id}|${target.name}`, { key, targetId: resolved.id, name: target.name })
  }
  return { canonical, newTargets, aliases: [...aliases.values()] }
}

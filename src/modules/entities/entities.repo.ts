// Entity queries, run on the catalogue of entities (entities.catalog.ts).
import { claimsOfEntity } from "../../dataset/claims.ts";
import type { CoreDataset } from "../../dataset/core.ts";
import {
  type AliasForm,
  type EntityRecord,
  FORM_RANK,
  looseName,
  storedFields,
} from "../../dataset/entities.ts";
import { type Step, stepsOf } from "../../dataset/relations.ts";
import { prebuilder } from "../../http/fragments.ts";
import { escapeRegExp } from "../../lib/text.ts";
import { hydrateClaims } from "../claims/claims.repo.ts";
import { edgeView } from "../graph/graph.repo.ts";
import { LINE_HEADINGS } from "../provenance/provenance.repo.ts";
import { closeEntities } from "./entities.fuzzy.ts";
import { ENTITY_TYPES, type EntityRef, entityRef } from "./entities.refs.ts";
import {
  type ActorFields,
  CLAIMS_PER_ENTITY,
  type EntityDetail,
  type EntityDetails,
  type EntityListItem,
  type EntityMention,
  EntityMentionSchema,
  type EntityRelation,
  EntityRelationSchema,
  type EventFields,
  type PlaceFields,
  type TreatyFields,
} from "./entities.schemas.ts";

function refOrNull(data: CoreDataset, id: string | null | undefined): EntityRef | null {
  return id ? entityRef(data, id) : null;
}

export function actorFields(data: CoreDataset, record: EntityRecord): ActorFields {
  const s = storedFields.actor(record);
  return {
    role: s.role ?? null,
    country: refOrNull(data, s.country),
    roles: s.roles.map((r) => ({
      title: r.title,
      country: refOrNull(data, r.country),
      from: r.from ?? null,
      to: r.to ?? null,
      note: r.note ?? null,
    })),
  };
}

export function treatyFields(data: CoreDataset, record: EntityRecord): TreatyFields {
  const s = storedFields.treaty(record);
  return {
    date: s.date ?? null,
    dateStart: record.row.dateStart,
    dateEnd: record.row.dateEnd,
    parties: s.parties.map((id) => entityRef(data, id)),
    status: s.status ?? null,
    provisions: s.provisions,
    partOf: refOrNull(data, s.partOf),
  };
}

export function placeFields(data: CoreDataset, record: EntityRecord): PlaceFields {
  const s = storedFields.place(record);
  return {
    group: refOrNull(data, s.group),
    administeredBy: refOrNull(data, s.administeredBy),
    claimedBy: s.claimedBy.map((id) => entityRef(data, id)),
    locatedIn: refOrNull(data, s.locatedIn),
  };
}

/** An event's date as curated: a single date, or a period "from/to". */
export function eventDateText(record: EntityRecord): string | null {
  const s = storedFields.event(record);
  if (s.date) return s.date;
  if (s.from || s.to) return `${s.from ?? ""}/${s.to ?? ""}`;
  return null;
}

export function eventFields(data: CoreDataset, record: EntityRecord): EventFields {
  const s = storedFields.event(record);
  return {
    date: eventDateText(record),
    dateStart: record.row.dateStart,
    dateEnd: record.row.dateEnd,
    place: refOrNull(data, s.place),
    participants: s.participants.map((id) => entityRef(data, id)),
    outcome: s.outcome ?? null,
  };
}

export function typedDetails(data: CoreDataset, record: EntityRecord): EntityDetails {
  switch (record.row.type) {
    case "actor":
      return { ...actorFields(data, record), type: "actor" };
    case "treaty":
      return { ...treatyFields(data, record), type: "treaty" };
    case "place":
      return { ...placeFields(data, record), type: "place" };
    case "event":
      return { ...eventFields(data, record), type: "event" };
  }
}

/** The fields every entity shows, in lists and collections. */
export function entityBase(record: EntityRecord) {
  const { id, type, kind, name, description, note } = record.row;
  return {
    id,
    type,
    kind,
    name,
    description,
    note,
    aliases: record.aliases.map((a) => a.text),
    knownAs: record.knownAs.map((a) => a.text),
  };
}

// ---------------------------------------------------------------- list and name search

export interface EntityFilters {
  /** A collection or a finer kind. */
  type?: string;
  kind?: string;
  q?: string;
}

interface NameMatch {
  /** 0 exact, 1 prefix, 2 whole words inside, 3 substring, 4 every query word starts a word of the alias. */
  rank: number;
  formRank: number;
  /** Among equal ranks, the closer fit: the shorter alias ("Toshiki Kaifu" before "Gorbachev–Kaifu meeting"). */
  length: number;
  alias: string;
  via: AliasForm;
}

function bestMatch(record: EntityRecord, query: string, words: string[]): NameMatch | null {
  const wholeWords = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(query)}($|[^\\p{L}\\p{N}])`, "u");
  let best: NameMatch | null = null;
  const forms: { text: string; loose: string; form: AliasForm }[] = [
    ...record.aliases,
    ...record.knownAs.map((k) => ({ ...k, form: "known-as" as const })),
  ];
  for (const alias of forms) {
    let rank: number;
    if (alias.loose === query) rank = 0;
    else if (alias.loose.startsWith(query)) rank = 1;
    else if (wholeWords.test(alias.loose)) rank = 2;
    else if (alias.loose.includes(query)) rank = 3;
    else {
      // Words in another order or with words between them: "Prime Minister Abe".
      const aliasWords = alias.loose.split(/[^\p{L}\p{N}]+/u);
      if (!words.every((w) => aliasWords.some((a) => a.startsWith(w)))) continue;
      rank = 4;
    }
    const candidate = {
      rank,
      formRank: FORM_RANK[alias.form],
      length: alias.loose.length,
      alias: alias.text,
      via: alias.form,
    };
    if (!best || compareMatches(candidate, best) < 0) best = candidate;
  }
  return best;
}

/** The article's own forms first (a known-as name is a reader's, so it comes after them), then the closer fit. */
function compareMatches(a: NameMatch, b: NameMatch): number {
  const knownAs = (m: NameMatch) => Number(m.via === "known-as");
  return knownAs(a) - knownAs(b) || a.rank - b.rank || a.formRank - b.formRank || a.length - b.length;
}

function matchesType(record: EntityRecord, f: EntityFilters): boolean {
  if (f.type) {
    const isCollection = ENTITY_TYPES.some((c) => c === f.type);
    if (isCollection ? record.row.type !== f.type : record.row.kind !== f.type) return false;
  }
  return !f.kind || record.row.kind === f.kind;
}

export interface EntityListRow {
  item: EntityListItem;
  /** The keyset key: the id without `q`, the position in the ranking with it. */
  key: string | number;
}

/**
 * One page (limit + 1 rows) of entities: by id after `after` without `q`; with `q`, ranked
 * (the article's forms before known-as names; exact, prefix, substring, words; a name before an
 * alias before a metonym; then id) and
 * continued from position `after`.
 */
export function listEntities(
  data: CoreDataset,
  f: EntityFilters,
  limit: number,
  after: string | number | null,
): EntityListRow[] {
  const candidates = data.entities.all.filter((r) => matchesType(r, f));
  const toItem = (
    r: EntityRecord,
    matched?: { alias: string; via: EntityListItem["matchedVia"] },
  ): EntityListItem => {
    // Keys in the schema's order (knownAs before aliases), so that the page is written by
    // JSON.stringify rather than the compiled serializer (src/http/exact.ts).
    const { id, type, kind, name, description, knownAs, aliases } = entityBase(r);
    const base = { id, type, kind, name, description, knownAs, aliases };
    return matched === undefined ? base : { ...base, matchedAlias: matched.alias, matchedVia: matched.via };
  };
  if (f.q === undefined) {
    return candidates
      .filter((r) => typeof after !== "string" || r.row.id > after)
      .slice(0, limit + 1)
      .map((r) => ({ item: toItem(r), key: r.row.id }));
  }
  // "the Kuriles" asks for "Kuriles": a leading article is not part of the name asked for.
  const query = looseName(f.q).replace(/^the /, "");
  // A query of only quote marks or "'s" names nothing.
  if (!query) return [];
  const words = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const start = typeof after === "number" ? after + 1 : 0;
  const found = candidates
    .map((r) => ({ r, match: bestMatch(r, query, words) }))
    .filter((m): m is { r: EntityRecord; match: NameMatch } => m.match !== null)
    .sort((a, b) => compareMatches(a.match, b.match) || (a.r.row.id < b.r.row.id ? -1 : 1))
    .map((m, position) => ({ item: toItem(m.r, m.match), key: position }));
  if (found.length === 0) {
    // Nothing contains the words: the names closest by spelling or sound ("Putn"), closest first.
    const allowed = new Set(candidates.map((r) => r.row.id));
    const catalog = data.entities;
    return closeEntities(data, f.q)
      .flatMap((m) => {
        const record = allowed.has(m.entityId) ? catalog.byId.get(m.entityId) : undefined;
        return record ? [{ record, m }] : [];
      })
      .map(({ record, m }, position) => ({
        item: { ...toItem(record, { alias: m.name, via: "fuzzy" }), matchDistance: m.distance },
        key: position,
      }))
      .slice(start, start + limit + 1);
  }
  return found.slice(start, start + limit + 1);
}

// ---------------------------------------------------------------- one entity

const prebuiltMention = prebuilder(EntityMentionSchema);
const prebuiltRelation = prebuilder(EntityRelationSchema);
/** A dataset's mentions (keyed by its claim index, one per dataset) → each entity's, as an entity shows them. */
const mentionViews = new WeakMap<object, Map<string, readonly EntityMention[]>>();
/** Each step of a dataset's relation graph → the relation as an entity shows it. */
const relationViews = new WeakMap<Step, EntityRelation>();

/**
 * An entity's mentions (see mentionsOf), built once per dataset and shared: frozen, each with its
 * JSON prebuilt (src/http/fragments.ts).
 */
function mentionsViewOf(data: CoreDataset, entityId: string): readonly EntityMention[] {
  let byEntity = mentionViews.get(data.claimIndex);
  if (byEntity === undefined) {
    byEntity = new Map();
    mentionViews.set(data.claimIndex, byEntity);
  }
  let mentions = byEntity.get(entityId);
  if (mentions === undefined) {
    mentions = Object.freeze(mentionsOf(data, entityId).map(prebuiltMention));
    byEntity.set(entityId, mentions);
  }
  return mentions;
}

/** A relation step of an entity as it shows it, built once per dataset (frozen, its JSON prebuilt). */
function relationView(data: CoreDataset, step: Step): EntityRelation {
  let relation = relationViews.get(step);
  if (relation === undefined) {
    const edge = edgeView(data, step.relation);
    relation = prebuiltRelation({
      id: edge.id,
      type: edge.type,
      direction: step.direction,
      other: entityRef(data, step.other),
      evidence: edge.evidence,
      citation: edge.citation,
      claimId: edge.claimId,
    });
    relationViews.set(step, relation);
  }
  return relation;
}

/**
 * Where an entity is named, document by document (the original article first), each in reading
 * order: the body's sentences, then the byline, then the endnotes.
 */
function mentionsOf(data: CoreDataset, entityId: string): EntityMention[] {
  const documentOrder = new Map([...data.text.documents.keys()].map((id, i) => [id, i]));
  const seen = new Set<string>();
  // Built with their keys in the schema's order, so that the answer is written by JSON.stringify
  // (src/http/exact.ts); the reading order is kept beside each.
  const mentions: { order: number; mention: EntityMention }[] = [];
  for (const m of data.claimIndex.mentions.get(entityId) ?? []) {
    const key = `${m.documentId}|${m.sentenceId}|${m.endnoteN}|${m.surface}|${m.via}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = data.text.need(m.documentId);
    const inDocument = (documentOrder.get(p.id) ?? documentOrder.size) * 10_000_000;
    const sentence = m.sentenceId ? p.sentences.get(m.sentenceId) : undefined;
    const section = sentence ? p.sections.get(sentence.sectionId) : undefined;
    if (sentence) {
      mentions.push({
        order: inDocument + sentence.ordinal,
        mention: {
          document: p.id,
          sentenceId: sentence.id,
          endnote: null,
          text: sentence.plainText,
          section: { id: sentence.sectionId, heading: section?.heading ?? sentence.sectionId },
          surface: m.surface,
          via: m.via,
        },
      });
    } else if (m.endnoteN != null) {
      mentions.push({
        // The endnotes follow the body (and the byline).
        order: inDocument + 2_000_000 + m.endnoteN,
        mention: {
          document: p.id,
          sentenceId: null,
          endnote: m.endnoteN,
          text: p.endnotes.get(m.endnoteN)?.text ?? "",
          section: { id: "endnotes", heading: `Endnote ${m.endnoteN}` },
          surface: m.surface,
          via: m.via,
        },
      });
    } else if (m.metadata || m.inByline) {
      // A line outside the body: the title before the body, the byline and the disclaimer after it.
      const unit = m.metadata ?? "byline";
      mentions.push({
        order: inDocument + (unit === "title" ? -1 : unit === "byline" ? 1_000_000 : 1_000_001),
        mention: {
          document: p.id,
          sentenceId: null,
          endnote: null,
          text: p.lines[unit].join(""),
          section: { id: unit, heading: LINE_HEADINGS[unit] },
          surface: m.surface,
          via: m.via,
        },
      });
    }
  }
  return mentions.sort((a, b) => a.order - b.order).map((m) => m.mention);
}

export function entityDetail(data: CoreDataset, id: string): EntityDetail | null {
  const record = data.entities.byId.get(id);
  if (!record) return null;
  const { aliases: _names, ...base } = entityBase(record);
  const claims = claimsOfEntity(data.claimIndex, id);
  return {
    ...base,
    aliases: record.aliases.map(({ text, form }) => ({ text, form })),
    details: typedDetails(data, record),
    // Built once per dataset and shared (frozen): copied into the answer's array.
    mentions: [...mentionsViewOf(data, id)],
    relations: stepsOf(data.relations, id).map((step) => relationView(data, step)),
    claims: hydrateClaims(data, claims.slice(0, CLAIMS_PER_ENTITY)),
    claimCount: claims.length,
  };
}

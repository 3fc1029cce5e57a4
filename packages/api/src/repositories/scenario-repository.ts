import { randomBytes, randomUUID } from 'node:crypto';
import type { Rules } from '@liqlab/core';
import { type Database, type PreparedStatement, type Prisma, runPrepared } from '@liqlab/db/client';
import { type ScenarioListFigures, scenarioListFigures } from '@liqlab/scenario/scenario-list-figures';
import { isScenarioOutcome, type ScenarioOutcome } from '@liqlab/scenario/scenario-outcome';
import type { ScenarioPath } from '@liqlab/scenario/scenario-path-schema';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import { ApiError } from '../errors/api-error';
import type {
  GalleryPageDto,
  ScenarioDto,
  ScenarioPageDto,
  ScenarioSummaryDto,
  ScenarioVisibility,
} from '../scenarios/scenario-dto';
import { type ModerationState, withheldByModeration } from '../scenarios/scenario-moderation';

/**
 * The only module that touches `db.scenario`. Every read is scoped to what the viewer may see, and a
 * scenario the viewer may not see is answered exactly like one that does not exist.
 */

/** One message for "missing" and "someone else's private scenario", so neither can be told apart. */
export const SCENARIO_NOT_FOUND = 'This scenario does not exist, or it is not shared with you.';
const FORK_SUFFIX = ' (fork)';
const COPY_SUFFIX = ' (copy)';
const MAX_TITLE_LENGTH = 120;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fullSelect = {
  id: true,
  slug: true,
  ownerId: true,
  title: true,
  notes: true,
  visibility: true,
  position: true,
  path: true,
  entryPrice: true,
  leverage: true,
  outcome: true,
  version: true,
  forkedFromId: true,
  viewCount: true,
  curated: true,
  moderationState: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ScenarioSelect;
type ScenarioRow = Prisma.ScenarioGetPayload<{ select: typeof fullSelect }>;

// The list select leaves out the price path, which can hold 100,000 ticks.
const summarySelect = { ...fullSelect, path: false, notes: false } satisfies Prisma.ScenarioSelect;
type SummaryRow = Prisma.ScenarioGetPayload<{ select: typeof summarySelect }>;

/** The saved content of a scenario, already validated by the schema and the engine. */
export interface ScenarioContent {
  title: string;
  notes: string;
  visibility: ScenarioVisibility;
  position: ScenarioPosition;
  path: ScenarioPath;
}

function notFound(): ApiError {
  return new ApiError('NOT_FOUND', SCENARIO_NOT_FOUND);
}

/** 128 random bits, base64url (22 characters): unguessable, as an unlisted link must be. */
export function newScenarioSlug(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * A row read past Prisma (`runPrepared`): decimals as exact strings, instants as ISO strings, the
 * same columns as `fullSelect`.
 */
interface ScenarioSqlRow extends Omit<ScenarioRow, 'entryPrice' | 'leverage' | 'createdAt' | 'updatedAt'> {
  entryPrice: string;
  leverage: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The stored outcome; a value the CHECK constraint lets through is always one of core's. */
function outcomeOfRow(row: { outcome: string | null }): ScenarioOutcome | null {
  return isScenarioOutcome(row.outcome) ? row.outcome : null;
}

/**
 * The columns that hold how the saved content's replay ends and what its gallery card draws
 * (scenarioListFigures), written at every save so lists need neither the path nor a replay.
 */
function listFiguresData(figures: ScenarioListFigures) {
  return {
    outcome: figures.outcome,
    liquidationPrice: figures.liquidationPrice,
    sparkline: figures.sparkline,
  };
}

function toDto(row: ScenarioRow | ScenarioSqlRow, viewerId: string | null): ScenarioDto {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    notes: row.notes,
    visibility: row.visibility,
    position: row.position as ScenarioPosition,
    path: row.path as ScenarioPath,
    entryPrice: typeof row.entryPrice === 'string' ? row.entryPrice : row.entryPrice.toFixed(),
    leverage:
      row.leverage === null || typeof row.leverage === 'string' ? row.leverage : row.leverage.toFixed(),
    outcome: outcomeOfRow(row),
    version: row.version,
    isMine: viewerId !== null && row.ownerId === viewerId,
    forkedFromId: row.forkedFromId,
    viewCount: row.viewCount,
    curated: row.curated,
    moderationState: row.moderationState,
    createdAt: typeof row.createdAt === 'string' ? row.createdAt : row.createdAt.toISOString(),
    updatedAt: typeof row.updatedAt === 'string' ? row.updatedAt : row.updatedAt.toISOString(),
  };
}

function toSummaryDto(row: SummaryRow, viewerId: string | null): ScenarioSummaryDto {
  const position = row.position as ScenarioPosition;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    visibility: row.visibility,
    rules: position.rules,
    side: position.side,
    marginMode: position.marginMode,
    entryPrice: row.entryPrice.toFixed(),
    leverage: row.leverage?.toFixed() ?? null,
    outcome: outcomeOfRow(row),
    version: row.version,
    isMine: viewerId !== null && row.ownerId === viewerId,
    viewCount: row.viewCount,
    curated: row.curated,
    moderationState: row.moderationState,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** JSON columns take plain JSON: this drops `undefined` members the way the wire would. */
function json(value: ScenarioPosition | ScenarioPath): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

function contentData(content: ScenarioContent) {
  return {
    title: content.title,
    notes: content.notes,
    visibility: content.visibility,
    position: json(content.position),
    path: json(content.path),
    // Denormalised for listing and sorting; the position JSON stays the source of truth.
    entryPrice: content.position.entryPrice,
    leverage: content.position.leverage,
    ...listFiguresData(scenarioListFigures(content)),
  };
}

async function findByClientKey(db: Database, ownerId: string, clientKey: string) {
  return db.scenario.findUnique({
    where: { ownerId_clientKey: { ownerId, clientKey } },
    select: fullSelect,
  });
}

/** An ISO instant from a `timestamp(3)` column, which holds UTC (as Prisma writes DateTime). */
const isoInstant = (column: string) => `to_char("${column}", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${column}"`;

/**
 * Every save runs it, so it is one prepared statement past Prisma (runPrepared). A clientKey the owner
 * already used inserts nothing and returns no row; the unique index on (ownerId, clientKey) decides,
 * waiting for a racing insert of the same key to commit. Decimals come back with trailing zeros
 * trimmed (as Prisma's Decimal#toFixed gives them); both timestamps are the app's clock, as with Prisma.
 */
const INSERT_SCENARIO: PreparedStatement = {
  name: 'liqlab_scenario_insert',
  text: `
    INSERT INTO "scenario" ("id", "slug", "ownerId", "title", "notes", "visibility", "position", "path",
      "entryPrice", "leverage", "outcome", "liquidationPrice", "sparkline", "clientKey", "forkedFromId",
      "createdAt", "updatedAt")
    VALUES ($1::uuid, $2, $3, $4, $5, $6::text::"Visibility", $7::jsonb, $8::jsonb, $9::numeric, $10::numeric,
      $14, $15, $16::jsonb, $11, $12::uuid, $13::timestamp(3), $13::timestamp(3))
    ON CONFLICT ("ownerId", "clientKey") DO NOTHING
    RETURNING "id", "slug", "ownerId", "title", "notes", "visibility"::text AS "visibility", "position", "path",
      trim_scale("entryPrice")::text AS "entryPrice", trim_scale("leverage")::text AS "leverage", "outcome", "version",
      "forkedFromId", "viewCount", "curated", "moderationState"::text AS "moderationState",
      ${isoInstant('createdAt')}, ${isoInstant('updatedAt')}`,
};

async function insertScenario(
  db: Database,
  input: { ownerId: string; clientKey?: string; content: ScenarioContent; forkedFromId?: string },
): Promise<ScenarioSqlRow | null> {
  const { content } = input;
  const figures = scenarioListFigures(content);
  const [row] = await runPrepared<ScenarioSqlRow>(db, INSERT_SCENARIO, [
    randomUUID(),
    newScenarioSlug(),
    input.ownerId,
    content.title,
    content.notes,
    content.visibility,
    // JSON text drops `undefined` members, as the wire does.
    JSON.stringify(content.position),
    JSON.stringify(content.path),
    // Denormalised for listing and sorting; the position JSON stays the source of truth.
    content.position.entryPrice,
    content.position.leverage ?? null,
    input.clientKey ?? null,
    input.forkedFromId ?? null,
    new Date().toISOString(),
    figures.outcome,
    figures.liquidationPrice,
    JSON.stringify(figures.sparkline),
  ]);
  return row ?? null;
}

/**
 * Creates a scenario. With a clientKey it is idempotent: a retried save (even one racing the first)
 * returns the scenario the first one made — the unique index on (ownerId, clientKey) decides the race.
 */
export async function createScenario(
  db: Database,
  input: { ownerId: string; clientKey?: string; content: ScenarioContent; forkedFromId?: string },
): Promise<ScenarioDto> {
  const { ownerId, clientKey } = input;
  // A second attempt only if the scenario holding the key was deleted between the two statements.
  for (let attempt = 1; ; attempt++) {
    const inserted = await insertScenario(db, input);
    if (inserted) return withPublicOriginOnly(db, toDto(inserted, ownerId));
    if (clientKey === undefined) throw new Error('The scenario insert returned no row.');
    const existing = await findByClientKey(db, ownerId, clientKey);
    if (existing) return withPublicOriginOnly(db, toDto(existing, ownerId));
    if (attempt === 2) throw new Error('The scenario holding this clientKey vanished twice.');
  }
}

function whereIdOrSlug(idOrSlug: string): Prisma.ScenarioWhereInput {
  return UUID.test(idOrSlug)
    ? { OR: [{ id: idOrSlug.toLowerCase() }, { slug: idOrSlug }] }
    : { slug: idOrSlug };
}

/** Who reads a scenario: its owner sees it whatever its state; an administrator reviewing it sees it too. */
export interface ScenarioViewer {
  id: string | null;
  /** Set only after the caller's role was checked: it shows scenarios withheld by moderation. */
  asModerator?: boolean;
}

type VisibilityRow = { ownerId: string; visibility: string; slug: string; moderationState: ModerationState };

/**
 * Whether the scenario `row`, looked up as `idOrSlug`, opens for `viewer`; throws NOT_FOUND if not,
 * and the moderation refusal if only moderation keeps it from the viewer.
 */
function assertVisible<Row extends VisibilityRow>(
  row: Row | null,
  idOrSlug: string,
  viewer: ScenarioViewer,
): Row {
  const viewerId = viewer.id;
  const isOwner = row !== null && row.ownerId === viewerId;
  // An unlisted scenario is shared by its unguessable slug alone; its id (which forks and lists may
  // have shown) opens it for its owner only.
  const unlistedById = row !== null && row.visibility === 'UNLISTED' && row.slug !== idOrSlug;
  // Same error, same message, same single query for "missing", "private and not yours" and that.
  if (!row || (!isOwner && (row.visibility === 'PRIVATE' || unlistedById))) throw notFound();
  if (!isOwner && !viewer.asModerator && row.moderationState !== 'VISIBLE') {
    throw withheldByModeration(row.moderationState);
  }
  return row;
}

async function findVisible(db: Database, idOrSlug: string, viewer: ScenarioViewer): Promise<ScenarioRow> {
  const row = await db.scenario.findFirst({ where: whereIdOrSlug(idOrSlug), select: fullSelect });
  return assertVisible(row, idOrSlug, viewer);
}

/** The id of the scenario `viewerId` may open as `idOrSlug` (as getScenarioForViewer decides), and whether it is theirs. */
export async function findViewableScenarioId(
  db: Database,
  idOrSlug: string,
  viewerId: string | null,
): Promise<{ id: string; isMine: boolean }> {
  const row = await db.scenario.findFirst({
    where: whereIdOrSlug(idOrSlug),
    select: { id: true, ownerId: true, visibility: true, slug: true, moderationState: true },
  });
  const visible = assertVisible(row, idOrSlug, { id: viewerId });
  return { id: visible.id, isMine: visible.ownerId === viewerId };
}

/**
 * A fork names its origin only while the origin is public (and not withheld by moderation): the id
 * of an unlisted or private one is not the fork's to give away. One lookup, and only for forks.
 */
async function withPublicOriginOnly(db: Database, dto: ScenarioDto): Promise<ScenarioDto> {
  if (dto.forkedFromId === null) return dto;
  const origin = await db.scenario.findUnique({
    where: { id: dto.forkedFromId },
    select: { visibility: true, moderationState: true },
  });
  return origin?.visibility === 'PUBLIC' && origin.moderationState === 'VISIBLE'
    ? dto
    : { ...dto, forkedFromId: null };
}

/**
 * By share slug: public and unlisted ones for anyone. By id: public ones for anyone, the rest for
 * their owner only. One reported into review or hidden: its owner and a moderator only.
 */
export async function getScenarioForViewer(
  db: Database,
  idOrSlug: string,
  viewer: ScenarioViewer,
): Promise<ScenarioDto> {
  return withPublicOriginOnly(db, toDto(await findVisible(db, idOrSlug, viewer), viewer.id));
}

/**
 * The list figures after an update that changes the position or the path (undefined when neither changes).
 * A change of one of them is replayed with the other as stored at `version`: the update itself applies
 * only at that version, so the pair replayed is the pair saved. No row at that version: the update
 * below finds none either and answers the conflict or the absence.
 */
async function listFiguresAfter(
  db: Database,
  input: { id: string; ownerId: string; version: number; changes: Partial<ScenarioContent> },
): Promise<ScenarioListFigures | undefined> {
  const { position, path } = input.changes;
  if (position === undefined && path === undefined) return undefined;
  if (position !== undefined && path !== undefined) return scenarioListFigures({ position, path });
  const stored = await db.scenario.findFirst({
    where: { id: input.id, ownerId: input.ownerId, version: input.version },
    select: { position: position === undefined, path: path === undefined },
  });
  if (!stored) return undefined;
  return scenarioListFigures({
    position: position ?? (stored.position as ScenarioPosition),
    path: path ?? (stored.path as ScenarioPath),
  });
}

/**
 * Optimistic concurrency: the update applies only if the scenario is still at `version`. Otherwise
 * nothing is written and the caller gets VERSION_CONFLICT with the latest version to merge against.
 */
export async function updateScenario(
  db: Database,
  input: { id: string; ownerId: string; version: number; changes: Partial<ScenarioContent> },
): Promise<ScenarioDto> {
  const { id, ownerId, version, changes } = input;
  const figures = await listFiguresAfter(db, input);
  const data: Prisma.ScenarioUpdateManyMutationInput = {
    ...(changes.title === undefined ? {} : { title: changes.title }),
    ...(changes.notes === undefined ? {} : { notes: changes.notes }),
    ...(changes.visibility === undefined ? {} : { visibility: changes.visibility }),
    ...(changes.position === undefined
      ? {}
      : {
          position: json(changes.position),
          entryPrice: changes.position.entryPrice,
          leverage: changes.position.leverage,
        }),
    ...(changes.path === undefined ? {} : { path: json(changes.path) }),
    ...(figures === undefined ? {} : listFiguresData(figures)),
    version: { increment: 1 },
  };
  const [row] = await db.scenario.updateManyAndReturn({
    where: { id, ownerId, version },
    data,
    select: fullSelect,
  });
  if (row) return withPublicOriginOnly(db, toDto(row, ownerId));

  const latest = await db.scenario.findUnique({ where: { id }, select: fullSelect });
  if (!latest || latest.ownerId !== ownerId) throw notFound();
  throw new ApiError(
    'VERSION_CONFLICT',
    `This scenario was changed elsewhere (now version ${latest.version}, you edited version ${version}). Review the latest version and apply your changes again.`,
    { latest: await withPublicOriginOnly(db, toDto(latest, ownerId)) },
  );
}

/** Owner only; for anyone else the scenario does not exist. */
export async function deleteScenario(db: Database, input: { id: string; ownerId: string }): Promise<void> {
  const { count } = await db.scenario.deleteMany({ where: { id: input.id, ownerId: input.ownerId } });
  if (count === 0) throw notFound();
}

/** Copies a scenario the viewer can read into their own space, private, linked to its source. */
export async function forkScenario(
  db: Database,
  input: { idOrSlug: string; ownerId: string; clientKey?: string },
): Promise<ScenarioDto> {
  const source = await findVisible(db, input.idOrSlug, { id: input.ownerId });
  const title = source.title.slice(0, MAX_TITLE_LENGTH - FORK_SUFFIX.length).trimEnd() + FORK_SUFFIX;
  return createScenario(db, {
    ownerId: input.ownerId,
    clientKey: input.clientKey,
    forkedFromId: source.id,
    content: {
      title,
      notes: source.notes,
      visibility: 'PRIVATE',
      position: source.position as ScenarioPosition,
      path: source.path as ScenarioPath,
    },
  });
}

/** Copies one of the owner's scenarios into a new private one, titled as a copy; someone else's does not exist. */
export async function duplicateScenario(
  db: Database,
  input: { id: string; ownerId: string; clientKey?: string },
): Promise<ScenarioDto> {
  const source = await db.scenario.findFirst({
    where: { id: input.id, ownerId: input.ownerId },
    select: fullSelect,
  });
  if (!source) throw notFound();
  const title = source.title.slice(0, MAX_TITLE_LENGTH - COPY_SUFFIX.length).trimEnd() + COPY_SUFFIX;
  return createScenario(db, {
    ownerId: input.ownerId,
    clientKey: input.clientKey,
    content: {
      title,
      notes: source.notes,
      visibility: 'PRIVATE',
      position: source.position as ScenarioPosition,
      path: source.path as ScenarioPath,
    },
  });
}

export interface PageRequest {
  /** The id of the last item of the previous page. */
  cursor?: string;
  limit: number;
}

async function page(
  db: Database,
  where: Prisma.ScenarioWhereInput,
  orderBy: Prisma.ScenarioOrderByWithRelationInput[],
  request: PageRequest,
  viewerId: string | null,
): Promise<ScenarioPageDto> {
  const rows = await db.scenario.findMany({
    where,
    orderBy,
    take: request.limit + 1,
    ...(request.cursor === undefined ? {} : { cursor: { id: request.cursor }, skip: 1 }),
    select: summarySelect,
  });
  const items = rows.slice(0, request.limit);
  return {
    items: items.map((row) => toSummaryDto(row, viewerId)),
    nextCursor: rows.length > request.limit ? (items[items.length - 1]?.id ?? null) : null,
  };
}

/** The owner's scenarios, the last changed first. */
export function listMyScenarios(
  db: Database,
  ownerId: string,
  request: PageRequest,
): Promise<ScenarioPageDto> {
  return page(db, { ownerId }, [{ updatedAt: 'desc' }, { id: 'desc' }], request, ownerId);
}

/**
 * Replays scenarios saved before their list figures (outcome, liquidation price, sparkline) were
 * stored, a batch at a time, and stores them without touching `version` or `updatedAt` (nothing the
 * owner did changed). Run by the seed at every start; a scenario the engine refuses now (a limit
 * tightened since it was saved) keeps none and shows no outcome or chart.
 */
export async function backfillScenarioListFigures(db: Database, batchSize = 100): Promise<number> {
  let filled = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    // Raw SQL: Prisma's filter for a JSON column's SQL NULL needs its runtime namespace, which the
    // repository does not otherwise import.
    const rows = await db.$queryRaw<{ id: string; position: unknown; path: unknown }[]>`
      SELECT "id"::text AS "id", "position", "path" FROM "scenario"
      WHERE ("outcome" IS NULL OR "sparkline" IS NULL) AND "id" > ${after}::uuid
      ORDER BY "id" LIMIT ${batchSize}`;
    if (rows.length === 0) return filled;
    for (const row of rows) {
      let figures: ScenarioListFigures;
      try {
        figures = scenarioListFigures({
          position: row.position as ScenarioPosition,
          path: row.path as ScenarioPath,
        });
      } catch {
        continue;
      }
      filled += await db.$executeRaw`
        UPDATE "scenario" SET "outcome" = ${figures.outcome}, "liquidationPrice" = ${figures.liquidationPrice},
          "sparkline" = ${JSON.stringify(figures.sparkline)}::jsonb
        WHERE "id" = ${row.id}::uuid AND ("outcome" IS NULL OR "sparkline" IS NULL)`;
    }
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Prisma's `contains` becomes an ILIKE pattern without escaping its wildcards, so "%" or "_" typed in
 * the search would match anything; PostgreSQL's default LIKE escape character is the backslash.
 */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export interface GalleryFilter {
  exchange?: Rules;
  outcome?: ScenarioOutcome;
  /** Words of the title, matched case-insensitively as one piece (a bound parameter, never SQL). */
  search?: string;
}

/** The stored sparkline; a row the seed has not backfilled yet (or cannot replay) draws no chart. */
function sparklineOfRow(value: Prisma.JsonValue | null): string[] {
  return Array.isArray(value) ? value.filter((point): point is string => typeof point === 'string') : [];
}

/**
 * Public scenarios nobody withholds (not in review, not hidden): curated first, then newest; each
 * with its card's figures as stored at save time.
 */
export async function listPublicScenarios(
  db: Database,
  filter: GalleryFilter,
  request: PageRequest,
  viewerId: string | null,
): Promise<GalleryPageDto> {
  const where: Prisma.ScenarioWhereInput = {
    visibility: 'PUBLIC',
    moderationState: 'VISIBLE',
    ...(filter.exchange ? { position: { path: ['rules'], equals: filter.exchange } } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.search ? { title: { contains: likeLiteral(filter.search), mode: 'insensitive' } } : {}),
  };
  const rows = await db.scenario.findMany({
    where,
    orderBy: [{ curated: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
    take: request.limit + 1,
    ...(request.cursor === undefined ? {} : { cursor: { id: request.cursor }, skip: 1 }),
    select: { ...summarySelect, liquidationPrice: true, sparkline: true },
  });
  const items = rows.slice(0, request.limit);
  return {
    items: items.map((row) => ({
      ...toSummaryDto(row, viewerId),
      liquidationPrice: row.liquidationPrice,
      sparkline: sparklineOfRow(row.sparkline),
    })),
    nextCursor: rows.length > request.limit ? (items[items.length - 1]?.id ?? null) : null,
  };
}

/**
 * Adds counted views, one statement for the whole batch; it leaves `version` and `updatedAt` alone,
 * since a view is not an edit. Scenarios deleted meanwhile are skipped.
 */
export async function addScenarioViews(db: Database, views: ReadonlyMap<string, number>): Promise<void> {
  if (views.size === 0) return;
  const ids = [...views.keys()];
  const counts = [...views.values()];
  await db.$executeRaw`
    UPDATE "scenario" AS s SET "viewCount" = s."viewCount" + v.views
    FROM unnest(${ids}::uuid[], ${counts}::int[]) AS v(id, views)
    WHERE s."id" = v.id`;
}

/** Seed only: creates or refreshes a curated public scenario under a stable slug. */
export async function upsertCuratedScenario(
  db: Database,
  input: { slug: string; ownerId: string; content: ScenarioContent },
): Promise<void> {
  const data = { ...contentData(input.content), curated: true };
  await db.scenario.upsert({
    where: { slug: input.slug },
    create: { ...data, slug: input.slug, ownerId: input.ownerId },
    update: data,
  });
}

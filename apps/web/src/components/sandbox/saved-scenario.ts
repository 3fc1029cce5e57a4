import type { AppRouter } from '@liqlab/api/root';
import type { inferRouterOutputs } from '@trpc/server';

export type ScenarioDto = inferRouterOutputs<AppRouter>['scenario']['get'];
export type Visibility = ScenarioDto['visibility'];

/** What the editor remembers about the saved copy it edits: enough to update it and to link to it. */
export interface SavedRef {
  id: string;
  slug: string;
  version: number;
  visibility: Visibility;
}

export function savedRefOf(dto: ScenarioDto): SavedRef {
  return { id: dto.id, slug: dto.slug, version: dto.version, visibility: dto.visibility };
}

interface ErrorData {
  appCode?: string | null;
  details?: { latest?: ScenarioDto } | null;
  fieldErrors?: Record<string, string[]> | null;
}

/**
 * The API's error data (trpc.ts errorFormatter): the stable code, recovery details, field errors.
 * Read from the error's name, not `instanceof TRPCClientError`: importing the class would load the
 * whole tRPC client with the sandbox, which loads it only on the first save.
 */
export function apiErrorData(error: unknown): ErrorData | null {
  if (error instanceof Error && error.name === 'TRPCClientError' && 'data' in error)
    return (error.data ?? null) as ErrorData | null;
  return null;
}

/** A concurrent edit: the server's latest copy, to reload or to save beside. */
export function conflictLatest(error: unknown): ScenarioDto | null {
  const data = apiErrorData(error);
  return data?.appCode === 'VERSION_CONFLICT' ? (data.details?.latest ?? null) : null;
}

/** Fresh per save action, so a retried request never creates a second scenario. */
export function newClientKey(): string {
  return `sbx-${crypto.randomUUID()}`;
}

export type ScenarioSummary = inferRouterOutputs<AppRouter>['scenario']['listMine']['items'][number];
/** A gallery card: a summary plus its liquidation price and the points of its small chart. */
export type GalleryItem = inferRouterOutputs<AppRouter>['scenario']['gallery']['items'][number];

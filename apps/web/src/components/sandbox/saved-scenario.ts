import type { AppRouter } from '@liqlab/api/root';
import type { inferRouterOutputs } from '@trpc/server';
import { apiErrorData } from '~/trpc/api-error-data';

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

/** A concurrent edit: the server's latest copy, to reload or to save beside. */
export function conflictLatest(error: unknown): ScenarioDto | null {
  const data = apiErrorData<{ latest?: ScenarioDto }>(error);
  return data?.appCode === 'VERSION_CONFLICT' ? (data.details?.latest ?? null) : null;
}

/** Fresh per save action, so a retried request never creates a second scenario. */
export function newClientKey(): string {
  return `sbx-${crypto.randomUUID()}`;
}

export type ScenarioSummary = inferRouterOutputs<AppRouter>['scenario']['listMine']['items'][number];
/** A gallery card: a summary plus its liquidation price and the points of its small chart. */
export type GalleryItem = inferRouterOutputs<AppRouter>['scenario']['gallery']['items'][number];

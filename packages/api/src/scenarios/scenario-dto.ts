import type { ScenarioOutcome } from '@liqlab/scenario/scenario-outcome';
import type { ScenarioPath } from '@liqlab/scenario/scenario-path-schema';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import type { ModerationState } from './scenario-moderation';

export type ScenarioVisibility = 'PRIVATE' | 'UNLISTED' | 'PUBLIC';

/** A scenario as it crosses the wire: decimal strings, ISO dates, no database types, no owner id. */
export interface ScenarioDto {
  id: string;
  slug: string;
  title: string;
  notes: string;
  visibility: ScenarioVisibility;
  position: ScenarioPosition;
  path: ScenarioPath;
  entryPrice: string;
  leverage: string | null;
  /** How the replay ends, stored at save time; null only for a scenario the engine can no longer replay. */
  outcome: ScenarioOutcome | null;
  version: number;
  /** True when the viewer owns it (may edit and delete it). */
  isMine: boolean;
  forkedFromId: string | null;
  viewCount: number;
  curated: boolean;
  /** Anything but VISIBLE reaches only the owner and administrators (everyone else is refused). */
  moderationState: ModerationState;
  createdAt: string;
  updatedAt: string;
}

/** A list row: no price path (uploaded paths hold up to 100,000 ticks). */
export interface ScenarioSummaryDto {
  id: string;
  slug: string;
  title: string;
  visibility: ScenarioVisibility;
  rules: ScenarioPosition['rules'];
  side: ScenarioPosition['side'];
  marginMode: ScenarioPosition['marginMode'];
  entryPrice: string;
  leverage: string | null;
  /** How the replay ends, stored at save time; null only for a scenario the engine can no longer replay. */
  outcome: ScenarioOutcome | null;
  version: number;
  isMine: boolean;
  viewCount: number;
  curated: boolean;
  /** Anything but VISIBLE reaches only the owner and administrators (everyone else is refused). */
  moderationState: ModerationState;
  createdAt: string;
  updatedAt: string;
}

export interface ScenarioPageDto {
  items: ScenarioSummaryDto[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A gallery card: the list row plus the figures stored from the saved content's replay. */
export interface GalleryCardDto extends ScenarioSummaryDto {
  /** Liquidation price at the open, computed by core from the saved position; null when it has none. */
  liquidationPrice: string | null;
  /** Mark prices for the card's small chart, ≤ 64 decimal strings; empty when none is stored. */
  sparkline: string[];
}

export interface GalleryPageDto {
  items: GalleryCardDto[];
  nextCursor: string | null;
}

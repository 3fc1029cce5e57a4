import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import { pricePathOf } from './price-path-from-scenario';
import { scenarioPathFromPreset } from './scenario-from-preset';

/**
 * What a scenario question shows the learner: the position, its orders and the mark price it meets.
 * It is built from a sandbox preset but names none of it — no id, title, caption or path seed — because
 * every preset is public with a caption that states its outcome (the sandbox opens it by id, the gallery
 * serves it as a curated scenario, the lessons carry it whole): a served question that named its preset
 * would let a learner read the answer before answering.
 */
export interface QuestionScenario {
  position: {
    side: 'long' | 'short';
    marginMode: 'isolated' | 'cross';
    entryPrice: string;
    quantity: string;
    leverage: string;
    walletBalance?: string;
    /** Absent: the venue's tiered maintenance margin. */
    maintenanceMarginRate?: string;
  };
  stopLoss?: string;
  takeProfit?: string;
  /** The mark price at every step, to the cent: the path itself rather than the seed that would name it. */
  mark: number[];
}

const toCents = (price: number) => Math.round(price * 100) / 100;

export function questionScenarioOf(preset: SandboxPreset): QuestionScenario {
  const p = preset.position;
  const { mark } = pricePathOf(scenarioPathFromPreset(preset.path));
  return {
    position: {
      side: p.side,
      marginMode: p.marginMode,
      entryPrice: p.entryPrice,
      quantity: p.quantity,
      leverage: p.leverage,
      ...(p.walletBalance === undefined ? {} : { walletBalance: p.walletBalance }),
      ...(p.maintenanceMarginRate === undefined ? {} : { maintenanceMarginRate: p.maintenanceMarginRate }),
    },
    ...(preset.stopLoss === undefined ? {} : { stopLoss: preset.stopLoss }),
    ...(preset.takeProfit === undefined ? {} : { takeProfit: preset.takeProfit }),
    mark: Array.from(mark, toCents),
  };
}

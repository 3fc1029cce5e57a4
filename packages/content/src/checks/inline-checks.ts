import { type InlineCheck, inlineCheckSchema } from './inline-check-schema';
import { startAtZeroChecks } from './lessons/01-start-at-zero';
import { leverageAndMarginChecks } from './lessons/02-leverage-and-margin';
import { marginExhaustionChecks } from './lessons/03-margin-exhaustion-and-forced-liquidation';
import { stopLossChecks } from './lessons/04-stop-losses';
import { openingCalmlyChecks } from './lessons/05-opening-calmly';
import { volatilityBandChecks } from './lessons/06-the-volatility-band';
import { positionSizeChecks } from './lessons/07-position-size';
import { borrowedFundMarginChecks } from './lessons/08-borrowed-fund-margin';
import { contractMarginChecks } from './lessons/09-contract-margin-futures-and-perpetuals';
import { shortsChecks } from './lessons/10-shorts-and-short-squeezes';
import { feesFundingChecks } from './lessons/11-fees-funding-and-the-insurance-fund';
import { liquidationEventChecks } from './lessons/12-during-a-liquidation-event';
import { exchangeFormulaChecks } from './lessons/13-how-exchanges-compute-the-liquidation-price';

/*
 * "Check as you go": short questions placed inside the lessons (<InlineCheck id="…" />), one per
 * section, answered in place and graded on the server. Each lesson's checks live in lessons/, where
 * every numeric answer is computed by the engine from the figures the prompt states, never typed in;
 * the `why` line quotes the same computed figures. Money amounts are figure marks (core's markedGiven
 * for a given one, markedMoney for a computed one), shown at the reader's decimal places.
 */
const checks = [
  ...startAtZeroChecks,
  ...leverageAndMarginChecks,
  ...marginExhaustionChecks,
  ...stopLossChecks,
  ...openingCalmlyChecks,
  ...volatilityBandChecks,
  ...positionSizeChecks,
  ...borrowedFundMarginChecks,
  ...contractMarginChecks,
  ...shortsChecks,
  ...feesFundingChecks,
  ...liquidationEventChecks,
  ...exchangeFormulaChecks,
];

export const inlineChecks: readonly InlineCheck[] = checks.map((check) => inlineCheckSchema.parse(check));

const byId = new Map(inlineChecks.map((check) => [check.id, check]));

export function inlineCheckById(id: string): InlineCheck | undefined {
  return byId.get(id);
}

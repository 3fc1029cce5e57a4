import { bankruptcyPrice, type Decimal, initialMargin, pnlAndRoe, toDecimal } from '@liqlab/core';
import { type EngineResult, runEngine } from '~/lib/engine-result';

export interface LeverageInputs {
  entry: string;
  quantity: string;
  leverage: string;
}

export interface LeverageFigures {
  notional: Decimal;
  initialMargin: Decimal;
  pnlPerPercent: Decimal;
  roePerPercent: Decimal;
  /** The adverse move (fraction of entry) that consumes the whole margin: the bankruptcy distance. */
  moveToWipeOut: Decimal | null;
}

/** The leverage lesson's figures for a linear long, every one from the engine. */
export function leverageFigures(inputs: LeverageInputs): EngineResult<LeverageFigures> {
  return runEngine(() => {
    const spec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: inputs.entry,
      quantity: inputs.quantity,
      leverage: inputs.leverage,
    } as const;
    const entry = toDecimal(inputs.entry, 'entryPrice');
    // Notional value is the margin a 1× position needs: the whole value, price × quantity.
    const notional = initialMargin({ ...spec, leverage: 1 });
    const margin = initialMargin(spec);
    const { pnl, roe } = pnlAndRoe(spec, entry.times('1.01'));
    const bankruptcy = bankruptcyPrice(spec);
    return {
      notional,
      initialMargin: margin,
      pnlPerPercent: pnl,
      roePerPercent: roe,
      moveToWipeOut: bankruptcy === null ? null : entry.minus(bankruptcy).div(entry),
    };
  });
}

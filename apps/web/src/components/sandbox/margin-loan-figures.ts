import {
  type Decimal,
  isLiquidationError,
  type MarginAccount,
  marginLevel,
  marginLiquidationPrice,
  type PricePath,
  type ReplayResult,
  replayMarginLoan,
  toDecimal,
} from '@liqlab/core';
import { engineErrorMessage } from '~/lib/input-messages';
import type { FieldErrors } from './field-errors';

/** A spot margin trade on borrowed funds, as the learner types it (decimal strings). */
export interface MarginLoanDraft {
  side: 'long' | 'short';
  /** Own collateral, in quote (USDT). */
  collateral: string;
  /** Long: quote borrowed to buy more base. Short: the quote value of the base borrowed and sold. */
  borrowed: string;
  entryPrice: string;
}

export interface MarginLoanFigures {
  account: MarginAccount;
  marginLevel: Decimal;
  marginCallPrice: Decimal | null;
  liquidationPrice: Decimal | null;
  replay: ReplayResult;
}

/** Binance Margin's levels (FAQ "Binance Margin Level and Margin Call"): margin call 1.3, liquidation 1.1. */
export const MARGIN_CALL_LEVEL = '1.3';
export const LIQUIDATION_LEVEL = '1.1';

/**
 * The account after opening: a long buys base with collateral + loan (it holds base, owes quote); a
 * short borrows base worth `borrowed` and sells it (it holds all the quote, owes base).
 */
export function marginAccountOf(draft: MarginLoanDraft): MarginAccount {
  const entry = toDecimal(draft.entryPrice, 'entryPrice');
  const collateral = toDecimal(draft.collateral, 'collateral');
  const borrowed = toDecimal(draft.borrowed, 'borrowed');
  if (draft.side === 'long') {
    return {
      baseAsset: collateral.plus(borrowed).div(entry),
      quoteAsset: '0',
      baseLiability: '0',
      quoteLiability: borrowed,
    };
  }
  return {
    baseAsset: '0',
    quoteAsset: collateral.plus(borrowed),
    baseLiability: borrowed.div(entry),
    quoteLiability: '0',
  };
}

export function marginLoanFigures(
  draft: MarginLoanDraft,
  path: PricePath,
): { ok: true; figures: MarginLoanFigures } | { ok: false; errors: FieldErrors } {
  try {
    const account = marginAccountOf(draft);
    return {
      ok: true,
      figures: {
        account,
        marginLevel: marginLevel(account, draft.entryPrice),
        marginCallPrice: marginLiquidationPrice(account, MARGIN_CALL_LEVEL),
        liquidationPrice: marginLiquidationPrice(account, LIQUIDATION_LEVEL),
        replay: replayMarginLoan(account, path, {
          marginCallLevels: [MARGIN_CALL_LEVEL],
          liquidationLevel: LIQUIDATION_LEVEL,
        }),
      },
    };
  } catch (error) {
    if (!isLiquidationError(error)) throw error;
    return { ok: false, errors: { [error.field ?? 'collateral']: engineErrorMessage(error) } };
  }
}

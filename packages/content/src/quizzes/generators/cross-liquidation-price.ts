import {
  Decimal,
  formatAsGiven,
  liquidationPrice,
  markedGiven,
  type OtherPosition,
  type PositionSpec,
} from '@liqlab/core';
import { required } from '../numeric-question-error';
import { step } from '../worked-solution';
import { sideOf } from './linear-position';
import {
  amountSpec,
  BTC_PRICE_RANGE,
  maintenanceRateSpec,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
  sideSpec,
} from './market-params';
import { type NumericGenerator, type NumericParams, roundToStep } from './numeric-generator';

/** How many times the wallet the cross position's notional is: moderate, as the lesson recommends. */
const ACCOUNT_LEVERAGES = ['2', '3', '4', '5', '8', '10', '15', '20'] as const;
const CROSS_MAINTENANCE_RATES = ['0.004', '0.005', '0.01'] as const;

/**
 * The prompt gives the other positions only as totals (TMM1 and UPNL1 in Binance's notation), while the
 * engine takes positions. These stand-ins reproduce the totals exactly: one with the maintenance
 * margin and no PnL (100 × TMM × 1% = TMM), one with the PnL and no maintenance (rate 0).
 */
export function otherPositionsWithTotals(maintenanceMargin: string, unrealizedPnl: string): OtherPosition[] {
  const others: OtherPosition[] = [];
  if (!new Decimal(maintenanceMargin).isZero()) {
    others.push({
      side: 'long',
      quantity: maintenanceMargin,
      entryPrice: '100',
      markPrice: '100',
      maintenanceMarginRate: '0.01',
    });
  }
  const pnl = new Decimal(unrealizedPnl);
  if (!pnl.isZero()) {
    others.push({
      side: pnl.isPositive() ? 'long' : 'short',
      quantity: '1',
      entryPrice: '1000',
      markPrice: pnl.abs().plus(1000).toFixed(),
      maintenanceMarginRate: '0',
    });
  }
  return others;
}

function position(p: NumericParams<'cross-liquidation-price'>): PositionSpec {
  return {
    rules: 'binance-usdm',
    marginMode: 'cross',
    side: sideOf(p.side),
    entryPrice: p.entryPrice,
    quantity: p.quantity,
    walletBalance: p.walletBalance,
    maintenanceMarginRate: p.maintenanceMarginRate,
    otherPositions: otherPositionsWithTotals(p.otherMaintenanceMargin, p.otherUnrealizedPnl),
  };
}

export const crossLiquidationPrice: NumericGenerator<'cross-liquidation-price'> = {
  id: 'cross-liquidation-price',
  unit: 'USDT',
  params: {
    side: sideSpec,
    entryPrice: priceSpec,
    quantity: quantitySpec,
    walletBalance: amountSpec,
    maintenanceMarginRate: maintenanceRateSpec,
    otherMaintenanceMargin: { kind: 'decimal', min: '0', max: '100000000', money: true },
    otherUnrealizedPnl: { kind: 'decimal', min: '-100000000', max: '100000000', money: true },
  },
  draw: (d) => {
    const side = d.param('side', () => d.pick(['long', 'short']));
    const entryPrice = d.param('entryPrice', () =>
      d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
    );
    const quantity = d.param('quantity', () =>
      d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP),
    );
    const walletBalance = d.param('walletBalance', () =>
      roundToStep(new Decimal(entryPrice).times(quantity).div(d.pick(ACCOUNT_LEVERAGES)), '1'),
    );
    const wallet = new Decimal(walletBalance);
    return {
      side,
      entryPrice,
      quantity,
      walletBalance,
      maintenanceMarginRate: d.param('maintenanceMarginRate', () => d.pick(CROSS_MAINTENANCE_RATES)),
      // The other positions use 1–10% of the wallet as maintenance and are at most 30% up or down.
      otherMaintenanceMargin: d.param('otherMaintenanceMargin', () =>
        d.decimal(wallet.times('0.01'), wallet.times('0.1'), '0.01'),
      ),
      otherUnrealizedPnl: d.param('otherUnrealizedPnl', () =>
        d.decimal(wallet.times('-0.3'), wallet.times('0.3'), '0.01'),
      ),
    };
  },
  answer: (p) => required(liquidationPrice(position(p)), 'cross liquidation price'),
  workedSolution: (p, answer) => {
    const wb = markedGiven(p.walletBalance);
    const tmm = markedGiven(p.otherMaintenanceMargin);
    const ep = markedGiven(p.entryPrice);
    const q = formatAsGiven(p.quantity);
    const mmr = formatAsGiven(p.maintenanceMarginRate);
    // The other positions' PnL as the prompt shows it, written as the next term of the sum.
    const pnl = new Decimal(p.otherUnrealizedPnl);
    const upnl = `${pnl.isNegative() ? '−' : '+'} ${markedGiven(pnl.abs().toFixed())}`;
    const long = sideOf(p.side) === 'long';
    return [
      step(
        'Liquidation price (Binance cross)',
        long ? '(WB − TMM + UPNL − Q × EP) ÷ (Q × MMR − Q)' : '(WB − TMM + UPNL + Q × EP) ÷ (Q × MMR + Q)',
        long
          ? `(${wb} − ${tmm} ${upnl} − ${q} × ${ep}) ÷ (${q} × ${mmr} − ${q})`
          : `(${wb} − ${tmm} ${upnl} + ${q} × ${ep}) ÷ (${q} × ${mmr} + ${q})`,
        answer,
        'USDT',
      ),
    ];
  },
};

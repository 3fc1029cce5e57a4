import {
  binanceBtcusdtTiers,
  crossAccountTotals,
  Decimal,
  fundingPayment,
  initialMargin,
  liquidationPrice,
  liquidationProbability,
  maintenanceTierFor,
  marginLevel,
  marginLiquidationPrice,
  marginLoanResidualAtLiquidation,
  marginRatio,
  type Num,
  type OtherPosition,
  type PositionSpec,
  pnlAndRoe,
  positionMargin,
  type Rules,
  type Side,
  targetPrice,
  unrealizedPnl,
} from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { allQuestions } from '../course';
import { generateNumericQuestion } from '../generate-numeric-question';
import type { NumericGeneratorId } from '../numeric-generators';

/**
 * Each generator's answer checked against @liqlab/core by a different route than the generator takes:
 * an inverse function (the price at which the engine's margin ratio is 1), another reference position
 * (scale invariance), or the defining identity. A generator that re-derived a formula wrongly, or fed
 * the engine the wrong inputs, fails here.
 */
type Params = Readonly<Record<string, string>>;
type Oracle = (p: Params, answer: Decimal) => void;

const SEEDS = Array.from({ length: 50 }, (_, i) => `attempt-${i}`);

function expectClose(actual: Num, expected: Num, relative = '1e-24', label = ''): void {
  const a = new Decimal(actual);
  const e = new Decimal(expected);
  const allowed = Decimal.max(e.abs(), 1).times(relative);
  expect(a.minus(e).abs().lte(allowed), `${label} ${a} ≠ ${e}`).toBe(true);
}

function position(p: Params, extra: Partial<PositionSpec> = {}): PositionSpec {
  return {
    rules: 'binance-usdm',
    side: (p.side ?? 'long') as Side,
    marginMode: 'isolated',
    entryPrice: p.entryPrice!,
    quantity: p.quantity!,
    ...extra,
  };
}

/** One short standing in for the other positions, built differently from the generator's stand-ins. */
function otherAsOneShort(maintenance: string, pnl: string): OtherPosition {
  const mark = new Decimal(1_000_000_000);
  return {
    side: 'short',
    quantity: '1',
    markPrice: mark.toFixed(),
    entryPrice: mark.plus(pnl).toFixed(),
    maintenanceMarginRate: '0.0001',
    maintenanceAmount: mark.times('0.0001').minus(maintenance).toFixed(),
  };
}

const oracles: { [Id in NumericGeneratorId]: Oracle } = {
  'notional-value': (p, answer) =>
    expectClose(initialMargin(position(p, { leverage: 1 })), answer, '0', 'margin at 1x'),
  'initial-margin': (p, answer) => expectClose(positionMargin(position(p, { leverage: p.leverage })), answer),
  'leverage-from-margin': (p, answer) =>
    expectClose(initialMargin(position(p, { leverage: answer })), p.margin!, '1e-30'),
  'return-on-margin': (p, answer) => {
    const spec = position({ entryPrice: '60000', quantity: '0.3' }, { leverage: p.leverage });
    const exit = new Decimal(60000).times(new Decimal(p.priceChangePercent!).div(100).plus(1));
    expectClose(targetPrice(spec, answer.div(100))!, exit);
  },
  'position-equity': (p, answer) => {
    const spec = position(p, { margin: p.margin, maintenanceMarginRate: '0.01' });
    const maintenance = new Decimal(p.quantity!).times(p.currentPrice!).times('0.01');
    expectClose(marginRatio(spec, p.currentPrice!), maintenance.div(answer));
  },
  'bankruptcy-price': (p, answer) => {
    const spec = position(p, { leverage: p.leverage });
    expect(new Decimal(answer).cmp(p.entryPrice!)).toBe(p.side === 'long' ? -1 : 1);
    expectClose(unrealizedPnl(spec, answer).plus(positionMargin(spec)), 0, '1e-30', 'equity at bankruptcy');
  },
  'isolated-liquidation-price': (p, answer) => {
    const spec = position(p, {
      rules: p.rules as Rules,
      leverage: p.leverage,
      maintenanceMarginRate: p.maintenanceMarginRate,
    });
    expect(new Decimal(answer).cmp(p.entryPrice!)).toBe(p.side === 'long' ? -1 : 1);
    expectClose(marginRatio(spec, answer), 1, '1e-24', 'margin ratio at LP');
  },
  'cross-liquidation-price': (p, answer) => {
    const other = otherAsOneShort(p.otherMaintenanceMargin!, p.otherUnrealizedPnl!);
    const totals = crossAccountTotals([other]);
    expectClose(totals.maintenanceMargin, p.otherMaintenanceMargin!, '0');
    expectClose(totals.unrealizedPnl, p.otherUnrealizedPnl!, '0');
    const spec = position(p, {
      marginMode: 'cross',
      walletBalance: p.walletBalance,
      maintenanceMarginRate: p.maintenanceMarginRate,
      otherPositions: [other],
    });
    expectClose(marginRatio(spec, answer), 1, '1e-24', 'cross margin ratio at LP');
  },
  'tiered-maintenance-margin': (p, answer) => {
    const tier = maintenanceTierFor(binanceBtcusdtTiers, p.notional!);
    const expected = new Decimal(p.notional!).times(tier.maintenanceMarginRate).minus(tier.maintenanceAmount);
    expectClose(answer, expected, '0');
  },
  'spot-margin-level': (p, answer) => {
    const account = {
      baseAsset: p.baseAsset!,
      quoteAsset: '0',
      baseLiability: '0',
      quoteLiability: p.quoteLiability!,
      interest: p.interest!,
    };
    expectClose(marginLiquidationPrice(account, answer)!, p.price!, '1e-30');
  },
  'spot-margin-trigger-price': (p, answer) => {
    const account = {
      baseAsset: p.baseAsset!,
      quoteAsset: 0,
      baseLiability: 0,
      quoteLiability: p.quoteLiability!,
    };
    expectClose(marginLevel(account, answer), p.level!, '1e-30');
  },
  'spot-residual-balance': (p, answer) => {
    const account = { baseAsset: '0.37', quoteAsset: 0, baseLiability: 0, quoteLiability: p.debt! };
    expectClose(marginLoanResidualAtLiquidation(account, p.liquidationLevel!).residual, answer, '1e-30');
    expectClose(answer, new Decimal(p.debt!).times(new Decimal(p.liquidationLevel!).minus(1)), '0');
  },
  'borrowing-interest': (p, answer) => {
    let accrued = new Decimal(0);
    for (let day = 0; day < Number(p.days); day++)
      accrued = accrued.plus(new Decimal(p.debt!).times(p.dailyRate!));
    expectClose(answer, accrued, '0');
  },
  'funding-payment': (p, answer) => {
    const short = position({ ...p, side: 'short' });
    expectClose(
      fundingPayment(short, p.entryPrice!, p.fundingRate!).times(p.intervals!),
      answer.negated(),
      '0',
    );
  },
  'short-liquidation-rise-percent': (p, answer) => {
    const short = position(
      { side: 'short', entryPrice: '60000', quantity: '0.25' },
      { leverage: p.leverage, maintenanceMarginRate: p.maintenanceMarginRate },
    );
    expectClose(liquidationPrice(short)!.div(60000).minus(1).times(100), answer);
  },
  'stop-loss-cost': (p, answer) => {
    const spec = position(p, { leverage: 1, takerFeeRate: p.takerFeeRate });
    expectClose(pnlAndRoe(spec, p.fillPrice!, { includeFees: true }).pnl, answer.negated(), '0');
  },
  'recovery-gain-percent': (p, answer) => {
    const kept = new Decimal(1).minus(new Decimal(p.lossPercent!).div(100));
    expectClose(kept.times(answer.div(100).plus(1)), 1);
  },
  'compounded-stop-outs': (p, answer) => {
    let balance = new Decimal(p.balance!);
    for (let i = 0; i < Number(p.stopOuts); i++)
      balance = balance.minus(balance.times(p.riskPercent!).div(100));
    expectClose(answer, balance);
  },
  'expectancy-r': (p, answer) => {
    // A hundred trades at exactly the win rate.
    const wins = new Decimal(p.winRatePercent!);
    expectClose(answer.times(100), wins.times(p.averageWinR!).minus(new Decimal(100).minus(wins)), '0');
  },
  'volatility-over-horizon': (p, answer) => {
    const sigmas = answer.div(new Decimal(p.price!).times(p.annualVolatility!));
    expectClose(sigmas.pow(2).times(8760), p.horizonHours!);
  },
  'stop-touch-probability': (p, answer) => {
    // A down barrier k σ√T away on a 30-day horizon at σ = 80%, driftless in log terms.
    const sd = 0.8 * Math.sqrt(30 / 365);
    const probability = liquidationProbability({
      spot: 60000,
      barrier: 60000 * Math.exp(-Number(p.sigmas) * sd),
      annualVolatility: 0.8,
      horizonDays: 30,
      annualDrift: 0.32,
    });
    expectClose(answer, probability * 100, '1e-8');
    // The Φ(k) the prompt gives, rounded to 4 decimals, leads to the answer within the tolerance.
    const fromPrompt = new Decimal(1).minus(p.normalCdf!).times(200);
    expect(fromPrompt.minus(answer).abs().lte('0.011'), `${fromPrompt} vs ${answer}`).toBe(true);
  },
  'position-size-from-stop': (p, answer) => {
    const spec = position(p, { quantity: answer, leverage: 1, takerFeeRate: p.takerFeeRate });
    const risk = new Decimal(p.balance!).times(p.riskPercent!).div(100);
    expectClose(pnlAndRoe(spec, p.stopPrice!, { includeFees: true }).pnl, risk.negated());
  },
  'break-even-price': (p, answer) => {
    const spec = position({ ...p, quantity: '0.7' }, { leverage: 3, takerFeeRate: p.takerFeeRate });
    expectClose(pnlAndRoe(spec, answer, { includeFees: true }).pnl, 0, '1e-30');
  },
  'annualised-funding-percent': (p, answer) => {
    // On a notional of 100 USDT, the payment per year in USDT is the percentage.
    const payment = fundingPayment(position({ entryPrice: '100', quantity: '1' }), 100, p.fundingRate!);
    expectClose(payment.times(p.intervalsPerDay!).times(365), answer, '0');
  },
  'liquidation-surplus': (p, answer) => {
    const spec = position(p, { leverage: p.leverage });
    expectClose(unrealizedPnl(spec, p.fillPrice!).plus(positionMargin(spec)), answer, '1e-30');
  },
  'liquidation-price-after-top-up': (p, answer) => {
    // Binance's isolated long LP is linear in the margin: each USDT added lowers it by 1 ÷ (Q × (1 − rate)).
    const perUsdt = new Decimal(1).div(
      new Decimal(p.quantity!).times(new Decimal(1).minus(p.maintenanceMarginRate!)),
    );
    expectClose(answer, perUsdt.times(p.topUp!));
    expect(answer.gt(0)).toBe(true);
  },
  'stop-gap-slippage': (p, answer) => {
    const spec = position({ ...p, side: 'long' }, { leverage: 1 });
    const atStop = pnlAndRoe(spec, p.stopPrice!).pnl;
    const atFill = pnlAndRoe(spec, p.fillPrice!).pnl;
    expectClose(atStop.minus(atFill), answer, '0');
    expect(answer.gt(0)).toBe(true);
  },
  'inverse-liquidation-price': (p, answer) => {
    const spec: PositionSpec = {
      rules: 'bybit-inverse',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: p.entryPrice!,
      quantity: p.contracts!,
      contractSize: '1',
      leverage: p.leverage!,
      maintenanceMarginRate: p.maintenanceMarginRate!,
    };
    expect(answer.lt(p.entryPrice!)).toBe(true);
    // At the liquidation price the coin-margined equity is down to the maintenance margin valued at entry.
    const value = new Decimal(p.contracts!).div(p.entryPrice!);
    const equity = value
      .div(p.leverage!)
      .plus(new Decimal(p.contracts!).div(p.entryPrice!))
      .minus(new Decimal(p.contracts!).div(answer));
    expectClose(equity, value.times(p.maintenanceMarginRate!), '1e-24', 'inverse equity at LP');
    expectClose(initialMargin(spec), value.div(p.leverage!), '1e-30');
  },
  'averaged-down-liquidation-price': (p, answer) => {
    const quantity = new Decimal(p.quantity!).plus(p.addQuantity!);
    const cost = new Decimal(p.quantity!)
      .times(p.entryPrice!)
      .plus(new Decimal(p.addQuantity!).times(p.addPrice!));
    const spec = position(
      { side: 'long', entryPrice: cost.div(quantity).toFixed(), quantity: quantity.toFixed() },
      { marginMode: 'cross', walletBalance: p.walletBalance, maintenanceMarginRate: p.maintenanceMarginRate },
    );
    expectClose(marginRatio(spec, answer), 1, '1e-24', 'cross margin ratio at LP');
    // Averaging down moves the liquidation price toward the market, and it stays below the new buy.
    const before = position(p, {
      marginMode: 'cross',
      walletBalance: p.walletBalance,
      maintenanceMarginRate: p.maintenanceMarginRate,
    });
    expect(answer.gt(liquidationPrice(before)!)).toBe(true);
    expect(answer.lt(p.addPrice!)).toBe(true);
  },
};

describe('numeric answers agree with @liqlab/core', () => {
  for (const q of allQuestions) {
    if (q.kind !== 'numeric') continue;
    it(`${q.id} (${q.generator}) over ${SEEDS.length} seeds`, () => {
      for (const seed of SEEDS) {
        const { params, answer } = generateNumericQuestion(q, seed);
        oracles[q.generator](params, answer);
      }
    });
  }

  it('reproduce the textbook touch probabilities', () => {
    const q = allQuestions.find((x) => x.kind === 'numeric' && x.generator === 'stop-touch-probability');
    if (q?.kind !== 'numeric') throw new Error('no stop-touch question');
    const at = (sigmas: string) =>
      generateNumericQuestion({ ...q, fixed: { sigmas } }, 's').answer.toNumber();
    expect(at('1')).toBeCloseTo(31.731, 2);
    expect(at('2')).toBeCloseTo(4.55, 2);
  });
});

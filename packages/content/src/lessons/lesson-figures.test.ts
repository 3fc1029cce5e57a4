import {
  annualisedFundingRate,
  averageEntry,
  balancesAfterStopOuts,
  bankruptcyPrice,
  closingFee,
  Decimal,
  formatDecimal,
  fundingPayment,
  initialMargin,
  liquidationPrice,
  type MarginAccount,
  maintenanceMargin,
  marginAccountValue,
  marginLevel,
  marginLiquidationPrice,
  type Num,
  openingFee,
  type PositionSpec,
  positionMargin,
  positionSizeForRisk,
  recoveryGain,
  replayPosition,
  simpleInterest,
  targetPrice,
  tradingFee,
  typicalMove,
  unrealizedPnl,
} from '@liqlab/core';
import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { describe, expect, it } from 'vitest';
import { long10x } from '../checks/check-positions';
import { touchProbabilityPercent } from '../quizzes/generators/stop-touch-probability';
import { plainNumber, proseNumbers } from './prose-numbers';
import { readLessonFiles } from './read-lesson-files';
import { tierLiquidationRows } from './tier-table-figures';

/**
 * Every result a lesson prints (a number after "=", "≈", "about", "some", "roughly" or "at most", or a
 * price to the cent; see prose-numbers.ts) is recomputed here with @liqlab/core, at the precision it is printed with;
 * an `<Amount>` (shown at the reader's decimal places) at every precision a reader may choose. Tables
 * the widgets and quizzes share are not in this list: they are rendered from the engine (<TierTable>,
 * <TierLiquidationTable>). A new figure in a lesson fails the coverage test until it is added here (or,
 * when the heuristic picks up a given value, to that lesson's `given` list with the reason).
 */
interface LessonFigures {
  /** Printed text → the engine's value (percentages as percent: 10.95 for 10.95 %). */
  figures: Record<string, () => Num>;
  /** Numbers the heuristic marks as results, and `<Amount>`s, that are inputs of the example, with why. */
  given?: Record<string, string>;
}

function num(value: Decimal | null): Decimal {
  if (value === null) throw new Error('the engine has no value here');
  return value;
}

const percent = (ratio: Num) => new Decimal(ratio).times(100);

/** The course's running example: 1 BTC long at 60,000, isolated, 0.5 % maintenance, Binance's formula. */
const btc = (leverage: string, extra: Partial<PositionSpec> = {}): PositionSpec =>
  long10x({ leverage, ...extra });
const btcShort = (leverage: string) => btc(leverage, { side: 'short' });
const withFee = (spec: PositionSpec): PositionSpec => ({ ...spec, takerFeeRate: '0.0005' });
const lp10 = () => num(liquidationPrice(btc('10')));
/** A 1× position's margin is its whole notional value. */
const notional = (extra: Partial<PositionSpec> = {}) => initialMargin(btc('1', extra));
/** How far a long's price may fall before its margin is gone, in percent of the entry. */
const fallToBankruptcy = (leverage: string) =>
  percent(new Decimal(60_000).minus(num(bankruptcyPrice(btc(leverage)))).div(60_000));
/** How far below the entry a long's liquidation price lies, in percent. */
const fallToLiquidation = (leverage: string) =>
  percent(new Decimal(60_000).minus(num(liquidationPrice(btc(leverage)))).div(60_000));
const riseToLiquidation = (leverage: string) =>
  percent(
    num(liquidationPrice(btcShort(leverage)))
      .minus(60_000)
      .div(60_000),
  );

/** Lesson 3's accounts: 0.3 BTC bought with 6,000 own and 12,000 borrowed; 0.1 BTC shorted with 9,000. */
const marginLong: MarginAccount = {
  baseAsset: '0.3',
  quoteAsset: '0',
  baseLiability: '0',
  quoteLiability: '12000',
};
const marginShort: MarginAccount = {
  baseAsset: '0',
  quoteAsset: '9000',
  baseLiability: '0.1',
  quoteLiability: '0',
};
const triggerPrice = (account: MarginAccount, level: string) => num(marginLiquidationPrice(account, level));
const assetsAtTrigger = (account: MarginAccount, level: string) =>
  marginAccountValue(account, triggerPrice(account, level)).assets;
const debtAtTrigger = (account: MarginAccount, level: string) =>
  marginAccountValue(account, triggerPrice(account, level)).debt;

/** Lesson 4's cross account: the BTC long beside an ETH short 500 USDT in the red, 100 USDT maintenance. */
const crossBtc = (otherPositions: PositionSpec['otherPositions'] = []) =>
  btc('10', { marginMode: 'cross', walletBalance: '10000', otherPositions });
const ethShort = [
  {
    side: 'short' as const,
    quantity: '1',
    entryPrice: '2000',
    markPrice: '2500',
    maintenanceMarginRate: '0.04',
  },
];

/** Lesson 8 and 10: balances after consecutive stop-outs. */
const afterStopOuts = (riskPercent: string, stopOuts: number, costPerStopOut = '0') =>
  balancesAfterStopOuts({ balance: '10000', riskPercent, stopOuts, costPerStopOut }).at(-1)!;
const roundTripFees = (notional: string) => tradingFee(notional, '0.0005').times(2);

/** Lesson 10: the stop at 59,000 and its loss per unit with the 0.05 % fee on both fills. */
const lossPerUnit = () =>
  new Decimal(1000).plus(tradingFee('60000', '0.0005')).plus(tradingFee('59000', '0.0005'));
const sized = (extra: { feeRate?: string; quantityStep?: string }) =>
  positionSizeForRisk({
    balance: '10000',
    riskPercent: '1',
    entryPrice: '60000',
    stopPrice: '59000',
    ...extra,
  });

/** Lesson 9's inverse long: 60,000 contracts of 1 USD at 60,000, 10×, on Bybit's inverse formula. */
const inverseLong: PositionSpec = {
  rules: 'bybit-inverse',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '60000',
  quantity: '60000',
  contractSize: '1',
  leverage: '10',
  maintenanceMarginRate: '0.005',
};

/** Lesson 12: the cross long of lesson 9 buys 1 BTC more at 56,000. */
const averagedEntry = () =>
  averageEntry([
    { price: '60000', quantity: '1' },
    { price: '56000', quantity: '1' },
  ]);
const averagedCross = () =>
  btc('10', {
    marginMode: 'cross',
    walletBalance: '10000',
    entryPrice: averagedEntry().toFixed(),
    quantity: '2',
  });

/**
 * Lesson 11: a 5 BTC, 10× Hyperliquid long (max leverage 40) replayed on a fall of 100 a minute; the
 * venue's rule cuts a fifth at the first touch.
 */
function partialEvents() {
  const prices: number[] = [];
  for (let p = 60_000; p >= 53_000; p -= 100) prices.push(p);
  const path = {
    t: Float64Array.from(prices.map((_, i) => 1_700_000_000_000 + i * 60_000)),
    mark: Float64Array.from(prices),
  };
  const spec: PositionSpec = {
    rules: 'hyperliquid',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '60000',
    quantity: '5',
    leverage: '10',
    maxLeverage: '40',
  };
  const cuts = replayPosition(spec, path).events.filter((e) => e.type === 'partial-liquidation');
  expect(cuts[0]!.closedQuantity!.toFixed()).toBe('1');
  expect(cuts[0]!.remainingQuantity!.toFixed()).toBe('4');
  expect(cuts[0]!.price.toFixed()).toBe(num(liquidationPrice(spec)).toFixed());
  return cuts;
}
/** The first cut: filled at the liquidation price, and the liquidation price the 4 BTC left are given. */
const partialCut = () => partialEvents()[0]!;

/** Lesson 9's table is graded by the quiz's generator: the same function prints and grades it. */
const touch = (sigmas: string) => touchProbabilityPercent(sigmas);

const LESSONS: Record<string, LessonFigures> = {
  // Prices in its order book are given, not computed; it prints no result.
  'start-at-zero': {
    figures: {},
    given: {
      '60,000': 'the running example’s price, and the book’s best ask',
      '59,990': 'the book’s best bid',
      '60,010': 'the book’s second ask',
      '59,980': 'the book’s second bid',
      '60,020': 'the book’s third ask',
      '59,970': 'the book’s third bid',
    },
  },
  'leverage-and-margin': {
    figures: {
      '6,000': () => initialMargin(btc('10')),
      '15,000': () => notional({ quantity: '0.25' }),
      // A 1% move on the 1 BTC position, and the 3% move of the ROE example.
      '600': () => unrealizedPnl(btc('10'), '60600'),
      '1,800': () => unrealizedPnl(btc('10'), '61800'),
      '30': () => percent(unrealizedPnl(btc('10'), '61800').div(initialMargin(btc('10')))),
      '12,000': () => initialMargin(btc('5')),
      '3,000': () => initialMargin(btc('20')),
      '1,200': () => initialMargin(btc('50')),
      // The move that consumes the margin: entry to bankruptcy price, in percent of entry.
      '10': () => fallToBankruptcy('10'),
      '2': () => fallToBankruptcy('50'),
      '20': () => fallToBankruptcy('5'),
      '5': () => fallToBankruptcy('20'),
      // Effective leverage of a 10× position whose margin is a tenth of the account: notional ÷ equity.
      '1': () => new Decimal(60_000).div(initialMargin(btc('10')).times(10)),
    },
    given: {
      '60,000': 'the running example’s entry price (and the 1 BTC position’s notional value at it)',
      '63,000': 'a price the example moves to (and the 1 BTC position’s notional value there)',
    },
  },
  'margin-exhaustion-and-forced-liquidation': {
    figures: {
      '54,000': () => num(bankruptcyPrice(btc('10'))),
      '6,000': () => initialMargin(btc('10')),
      '54,271.356784': lp10,
      '54,271': lp10,
      '271': () => lp10().minus(num(bankruptcyPrice(btc('10')))),
      '271.356784': () => maintenanceMargin(btc('10'), lp10()),
      '13,200': () => assetsAtTrigger(marginLong, '1.1'),
      '12,600': () => assetsAtTrigger(marginLong, '1.05'),
      // What is left at most after the debt is repaid, at a 1.1 and a 1.05 liquidation level.
      '1,200': () => assetsAtTrigger(marginLong, '1.1').minus(debtAtTrigger(marginLong, '1.1')),
      '600': () => assetsAtTrigger(marginLong, '1.05').minus(debtAtTrigger(marginLong, '1.05')),
    },
    given: {
      '60,000': 'the running example’s entry price',
      '12,000': 'the margin loan of the example account',
      // The equity table: its prices are given, its PnL and equity recomputed cell by cell, sign
      // included, at every decimal place a reader may choose (lesson-tables.test).
      '63,000': 'a price of the equity table',
      '57,000': 'a price of the equity table',
      '55,000': 'a price of the equity table',
      '53,000': 'a price of the equity table',
      '0': 'the equity table’s PnL at the entry and equity at the bankruptcy price (lesson-tables.test)',
      '1,000': 'the equity table’s equity at 55,000 (lesson-tables.test)',
      '3,000': 'the equity table’s PnL at 63,000, and equity at 57,000 (lesson-tables.test)',
      '9,000': 'the equity table’s equity at 63,000 (lesson-tables.test)',
      '−1,000': 'the equity table’s equity at 53,000, a debt (lesson-tables.test)',
      '−3,000': 'the equity table’s PnL at 57,000 (lesson-tables.test)',
      '−5,000': 'the equity table’s PnL at 55,000 (lesson-tables.test)',
      '−6,000': 'the equity table’s PnL at the bankruptcy price (lesson-tables.test)',
      '−7,000': 'the equity table’s PnL at 53,000 (lesson-tables.test)',
    },
  },
  'borrowed-fund-margin': {
    figures: {
      '3': () => {
        const { assets, debt } = marginAccountValue(marginLong, '60000');
        return assets.div(assets.minus(debt));
      },
      '1.5': () => marginLevel(marginLong, '60000'),
      '18,000': () => marginAccountValue(marginLong, '60000').assets,
      '19,800': () => marginAccountValue(marginLong, '66000').assets,
      '7,800': () => {
        const { assets, debt } = marginAccountValue(marginLong, '66000');
        return assets.minus(debt);
      },
      '2.40': () => simpleInterest({ principal: '12000', ratePerPeriod: '0.0002', periods: 1 }),
      '144': () => simpleInterest({ principal: '12000', ratePerPeriod: '0.0002', periods: 60 }),
      '528': () =>
        triggerPrice({ ...marginLong, interest: '144' }, '1.1').minus(triggerPrice(marginLong, '1.1')),
      '9,000': () => marginAccountValue(marginShort, '60000').assets,
      '15,600': () => assetsAtTrigger(marginLong, '1.3'),
      '52,000': () => triggerPrice(marginLong, '1.3'),
      '13,200': () => assetsAtTrigger(marginLong, '1.1'),
      '44,000': () => triggerPrice(marginLong, '1.1'),
      '26.7': () => percent(new Decimal(60_000).minus(triggerPrice(marginLong, '1.1')).div(60_000)),
      '13,358.4': () => assetsAtTrigger({ ...marginLong, interest: '144' }, '1.1'),
      '44,528': () => triggerPrice({ ...marginLong, interest: '144' }, '1.1'),
      '6,923.076923': () => debtAtTrigger(marginShort, '1.3'),
      '69,230.769231': () => triggerPrice(marginShort, '1.3'),
      '8,181.818182': () => debtAtTrigger(marginShort, '1.1'),
      '81,818.181818': () => triggerPrice(marginShort, '1.1'),
      '15': () => percent(triggerPrice(marginShort, '1.3').minus(60_000).div(60_000)),
      '36': () => percent(triggerPrice(marginShort, '1.1').minus(60_000).div(60_000)),
    },
    given: {
      '6,000': 'the long’s own deposit, and the short’s sale proceeds (0.1 BTC at 60,000)',
      '12,000': 'the loan the example takes',
      '60,000': 'the running example’s price',
      '66,000': 'a price the example rises to',
      '3,000': 'the short’s own deposit',
    },
  },
  'contract-margin-futures-and-perpetuals': {
    figures: {
      '54,271.356784': lp10,
      '57,286.432161': () => num(liquidationPrice(btc('20'))),
      '57,000': () => num(bankruptcyPrice(btc('20'))),
      '6,000': () => initialMargin(btc('10')),
      '540': () => fundingPayment(btc('10'), '60000', '0.0001').times(3 * 30),
      '3,000': () => initialMargin(btc('20')),
      // Funding at +0.01% per 8 hours on the 1 BTC long: per interval and per day.
      '6': () => fundingPayment(btc('10'), '60000', '0.0001'),
      '18': () => fundingPayment(btc('10'), '60000', '0.0001').times(3),
      // The worked formula's numerator: the notional at entry less what the wallet holds for it.
      '50,000': () => notional().minus(10_000),
      '50,600': () => notional().minus(new Decimal(10_000).minus(100).minus(500)),
      '50,251.256281': () => num(liquidationPrice(crossBtc())),
      '4,020': () => lp10().minus(num(liquidationPrice(crossBtc()))),
      '50,854.271357': () => num(liquidationPrice(crossBtc(ethShort))),
      '603': () => num(liquidationPrice(crossBtc(ethShort))).minus(num(liquidationPrice(crossBtc()))),
      // The inverse long: 60,000 contracts of 1 USD at 60,000 are worth 1 BTC.
      '1': () => positionMargin(inverseLong).times(10),
      '54,794.520548': () => num(liquidationPrice(inverseLong)),
      // Bybit's inverse denominator, in BTC: position value + initial margin − maintenance margin.
      '0.1': () => positionMargin(inverseLong),
      '1.095': () =>
        positionMargin(inverseLong)
          .times(10)
          .plus(positionMargin(inverseLong))
          .minus(maintenanceMargin(inverseLong, '60000')),
      '54,300.00': () => num(liquidationPrice(btc('10', { rules: 'bybit-linear' }))),
      '495': () =>
        num(liquidationPrice(inverseLong)).minus(num(liquidationPrice(btc('10', { rules: 'bybit-linear' })))),
    },
    given: {
      '7,000': 'a loss the example names',
      '60,000': 'the running example’s entry price (and the inverse long’s 60,000 USD of contracts)',
      '52,800': 'the last price the example’s sell order prints',
      '56,400': 'the mark price the example assumes',
      '10,000': 'the cross example’s wallet',
      '500': 'the ETH short’s loss (1 ETH short at 2,000, marked at 2,500)',
      '100': 'the ETH short’s maintenance margin (4 % of 2,500)',
    },
  },
  'how-exchanges-compute-the-liquidation-price': {
    figures: {
      '54,271.356784': lp10,
      '6,000': () => initialMargin(btc('10')),
      '54,000': () => new Decimal(60_000).minus(initialMargin(btc('10'))),
      '54,221.105528': () =>
        tierLiquidationRows({
          tiersPreset: 'binance-btcusdt',
          rules: 'binance-usdm',
          side: 'long',
          entryPrice: '60000',
          leverage: '10',
          quantities: ['1'],
        })[0]!.liquidation!,
      // Continuity at the first boundary: both neighbouring rows give the same requirement.
      '200': () => {
        const below = maintenanceMargin(
          btc('1', { entryPrice: '49999.99', maintenanceMarginRate: '0.004' }),
          '50000',
        );
        const above = maintenanceMargin(
          btc('1', { entryPrice: '50000', maintenanceMarginRate: '0.005', maintenanceAmount: '50' }),
          '50000',
        );
        expect(below.toFixed()).toBe(above.toFixed());
        return above;
      },
      '1,691': () => {
        const rows = tierLiquidationRows({
          tiersPreset: 'binance-btcusdt',
          rules: 'binance-usdm',
          side: 'long',
          entryPrice: '60000',
          leverage: '10',
          quantities: ['0.5', '300'],
        });
        return rows[1]!.liquidation!.minus(rows[0]!.liquidation!);
      },
      '54,300': () => num(liquidationPrice(btc('10', { rules: 'bybit-linear' }))),
      '54,300.00': () => num(liquidationPrice(btc('10', { rules: 'bybit-linear' }))),
      // Bybit's maintenance margin, valued at the entry price.
      '300': () => maintenanceMargin(btc('10'), '60000'),
      '54,298.642534': () => num(liquidationPrice(withFee(btc('10', { rules: 'okx-linear' })))),
    },
    given: {
      '60,000': 'the running example’s entry price',
    },
  },
  'shorts-and-short-squeezes': {
    figures: {
      '62,686.567164': () => num(liquidationPrice(btcShort('20'))),
      '65,671.641791': () => num(liquidationPrice(btcShort('10'))),
      '79,601.99004975': () => num(liquidationPrice(btcShort('3'))),
      // The table: each leverage's margin, the formula's numerator (entry + margin) and the result.
      '6,000': () => initialMargin(btcShort('10')),
      '12,000': () => initialMargin(btcShort('5')),
      '20,000': () => initialMargin(btcShort('3')),
      '66,000': () => initialMargin(btcShort('10')).plus(60_000),
      '72,000': () => initialMargin(btcShort('5')).plus(60_000),
      '80,000': () => initialMargin(btcShort('3')).plus(60_000),
      '71,641.791045': () => num(liquidationPrice(btcShort('5'))),
      '119,402.985075': () => num(liquidationPrice(btcShort('1'))),
      // The 1 BTC short's result at 57,000 (a gain) and 63,000 (a loss of the same size), and its loss
      // when the price doubles to 120,000 and triples.
      '3,000': () => {
        expect(unrealizedPnl(btcShort('10'), '63000').neg().toFixed()).toBe(
          unrealizedPnl(btcShort('10'), '57000').toFixed(),
        );
        return unrealizedPnl(btcShort('10'), '57000');
      },
      '60,000': () => unrealizedPnl(btcShort('10'), '120000').neg(),
      '120,000': () => unrealizedPnl(btcShort('10'), '180000').neg(),
      '4.5': () => riseToLiquidation('20'),
      '9.5': () => riseToLiquidation('10'),
      '19.4': () => riseToLiquidation('5'),
      '32.7': () => riseToLiquidation('3'),
      '99': () => riseToLiquidation('1'),
    },
    given: {
      '57,000': 'a price the example falls to',
      '63,000': 'a price the example rises to',
      '69,000': 'the replay’s peak',
    },
  },
  'stop-losses': {
    figures: {
      '6,000': () => initialMargin(btc('10')),
      '54,271.356784': lp10,
      '3,000': () => unrealizedPnl(btc('10'), '57000').neg(),
      '30': () => openingFee(withFee(btc('10'))),
      '28.5': () => closingFee(withFee(btc('10')), '57000'),
      '3,058.5': () =>
        unrealizedPnl(btc('10'), '57000')
          .neg()
          .plus(openingFee(withFee(btc('10'))))
          .plus(closingFee(withFee(btc('10')), '57000')),
      '28.35': () => closingFee(withFee(btc('10')), '56700'),
      '3,300': () => unrealizedPnl(btc('10'), '56700').neg(),
      '54,000': () => num(bankruptcyPrice(btc('10'))),
      '3,358.35': () =>
        unrealizedPnl(btc('10'), '56700')
          .neg()
          .plus(openingFee(withFee(btc('10'))))
          .plus(closingFee(withFee(btc('10')), '56700')),
      '11.1': () => percent(recoveryGain('0.1')),
      '33.3': () => percent(recoveryGain('0.25')),
    },
    given: {
      '60,000': 'the running example’s entry price',
      '57,000': 'the stop the example sets',
      '56,700': 'the fill the example assumes in a sudden drop',
      '56,900': 'the stop-limit example’s limit',
      '57,050': 'a price the stop-limit example’s market falls from',
      '56,000': 'a price the stop-limit example’s market falls to',
      '52,800': 'the gap the example assumes',
    },
  },
  'opening-calmly': {
    figures: {
      '5': () => roundTripFees('5000'),
      '9,227.446944': () => afterStopOuts('1', 8),
      '9,189': () => afterStopOuts('1', 8, roundTripFees('5000').toFixed()),
      '8.1': () => percent(new Decimal(10_000).minus(afterStopOuts('1', 8, '5')).div(10_000)),
      '8': () => percent(new Decimal(10_000).minus(afterStopOuts('1', 8, '5')).div(10_000)),
      '8.8': () => percent(recoveryGain(new Decimal(10_000).minus(afterStopOuts('1', 8, '5')).div(10_000))),
    },
    given: {
      '5,000': 'the notional of each trade, an input of the example',
      '10,000': 'the account the example starts with',
      '58,000': 'the low of the example’s range',
      '62,000': 'the high of the example’s range',
      '61,500': 'the example’s entry near the top of the range',
      '60,500': 'the example’s stop inside the range',
    },
  },
  'the-volatility-band': {
    figures: {
      '3.14': () => percent(typicalMove({ price: 1, annualVolatility: '0.6', horizonDays: 1 })),
      '1,884': () => typicalMove({ price: 60_000, annualVolatility: '0.6', horizonDays: 1 }),
      '1.28': () =>
        percent(typicalMove({ price: 1, annualVolatility: '0.6', horizonDays: new Decimal(4).div(24) })),
      '385': () =>
        typicalMove({ price: 60_000, annualVolatility: '0.6', horizonDays: new Decimal(1).div(24) }),
      '0.64': () =>
        percent(typicalMove({ price: 1, annualVolatility: '0.6', horizonDays: new Decimal(1).div(24) })),
      '4.9': () =>
        typicalMove({ price: 1, annualVolatility: '0.6', horizonDays: 1 }).div(
          typicalMove({ price: 1, annualVolatility: '0.6', horizonDays: new Decimal(1).div(24) }),
        ),
      '31.7': () => touch('1'),
      '13.4': () => touch('1.5'),
      '4.6': () => touch('2'),
      '0.3': () => touch('3'),
      // The ATR example: 1,100 USDT from the entry at a 1-hour ATR of 450.
      '2.4': () => new Decimal(60_000).minus(58_900).div(450),
      '1,100': () => new Decimal(60_000).minus(58_900),
      '675': () => new Decimal(450).times('1.5'),
      '6.3': () => percent(typicalMove({ price: 1, annualVolatility: '0.6', horizonDays: 1 }).times(2)),
      '4.5': () => fallToLiquidation('20'),
      '9.5': () => fallToLiquidation('10'),
      '3.1': () => percent(typicalMove({ price: 1, annualVolatility: '0.6', horizonDays: 1 })),
    },
    given: {
      '60,000': 'the running example’s price',
      '450': 'the ATR the example assumes',
      '59,200': 'the support the example assumes',
      '59,500': 'the first stop the example tries',
      '58,900': 'the second stop the example tries',
    },
  },
  'position-size': {
    figures: {
      '100': () => new Decimal(10_000).times('0.01'),
      '0.1': () => sized({}),
      '1,059.50': lossPerUnit,
      '30': () => tradingFee('60000', '0.0005'),
      '29.50': () => tradingFee('59000', '0.0005'),
      '6,000': () => notional({ quantity: sized({}).toFixed() }),
      '10.6': () => percent(lossPerUnit().div(10_000)),
      // 1 BTC on the 10,000 account: effective leverage 6×, so a 10% fall costs 60% of it.
      '6': () => notional().div(10_000),
      '60': () => percent(unrealizedPnl(btc('10'), '54000').neg().div(10_000)),
      '0.0944': () => sized({ feeRate: '0.0005' }),
      '99.593': () => sized({ feeRate: '0.0005', quantityStep: '0.001' }).times(lossPerUnit()),
      '200,000': () => new Decimal(10_000).times(20),
      '1,000': () => new Decimal(60_000).minus(59_000),
      '120': () => initialMargin(btc('50', { quantity: '0.1' })),
      '59,095.477387': () => num(liquidationPrice(btc('50', { quantity: '0.1' }))),
      // The table: each leverage's isolated margin and liquidation price.
      '3,000': () => initialMargin(btc('2', { quantity: '0.1' })),
      '600': () => initialMargin(btc('10', { quantity: '0.1' })),
      '30,150.753769': () => num(liquidationPrice(btc('2', { quantity: '0.1' }))),
      '54,271.356784': () => num(liquidationPrice(btc('10', { quantity: '0.1' }))),
      '90.4': () => percent(afterStopOuts('1', 10).div(10_000)),
      '0.904': () => afterStopOuts('1', 10).div(10_000),
      '34.9': () => percent(afterStopOuts('10', 10).div(10_000)),
      '0.349': () => afterStopOuts('10', 10).div(10_000),
    },
    given: {
      '10,000': 'the account the example starts with',
      '60,000': 'the running example’s entry price',
      '59,000': 'the example’s stop',
    },
  },
  'fees-funding-and-the-insurance-fund': {
    figures: {
      '60,060.030015': () => num(targetPrice(withFee(btc('1')), 0, { includeFees: true })),
      '30': () => openingFee(withFee(btc('10'))),
      '30,000': () => initialMargin(btc('10', { quantity: '5' })),
      '10.95': () => percent(annualisedFundingRate({ fundingRate: '0.0001', intervalsPerDay: 3 })),
      '109.5': () => percent(annualisedFundingRate({ fundingRate: '0.0001', intervalsPerDay: 3 })).times(10),
      '540': () => fundingPayment(btc('10'), '60000', '0.0001').times(3 * 30),
      '54,271.356784': lp10,
      // The surplus of a fill at 54,200 over the bankruptcy price (and the shortfall of one at 53,800).
      '200': () => {
        const bankruptcy = num(bankruptcyPrice(btc('10')));
        expect(bankruptcy.minus(53_800).toFixed()).toBe(new Decimal(54_200).minus(bankruptcy).toFixed());
        return new Decimal(54_200).minus(bankruptcy);
      },
      '60': () => openingFee(withFee(btc('10'))).plus(closingFee(withFee(btc('10')), '60000')),
      '600': () =>
        openingFee(withFee(btc('10')))
          .plus(closingFee(withFee(btc('10')), '60000'))
          .plus(fundingPayment(btc('10'), '60000', '0.0001').times(90)),
      '10': () =>
        percent(
          openingFee(withFee(btc('10')))
            .plus(closingFee(withFee(btc('10')), '60000'))
            .plus(fundingPayment(btc('10'), '60000', '0.0001').times(90))
            .div(initialMargin(btc('10'))),
        ),
      '11': () => percent(annualisedFundingRate({ fundingRate: '0.0001', intervalsPerDay: 3 })),
      // Hyperliquid's partial liquidation, replayed by the engine on a slow fall through the price.
      '54,683.544304': () => partialCut().price,
      '5,316.455696': () => partialCut().realizedPnl!.neg(),
      '54,510.495113': () => num(partialCut().liquidationPrice ?? null),
      '54,000': () => num(bankruptcyPrice(btc('10'))),
      '6,000': () => initialMargin(btc('10')),
    },
    given: {
      '60,000': 'the running example’s entry price',
      '54,200': 'the fill the example assumes',
      '53,800': 'the fill a crash allows',
    },
  },
  'during-a-liquidation-event': {
    figures: {
      '54,271.356784': lp10,
      '6,000': () => initialMargin(btc('10')),
      '52,000': () => new Decimal(60_000).minus(initialMargin(btc('10')).plus(2000)),
      '52,261.306533': () => num(liquidationPrice(btc('10', { margin: '8000' }))),
      '8,000': () => initialMargin(btc('10')).plus(2000),
      '2,000': () => new Decimal(60_000).minus(averagedEntry()),
      '5,600': () => initialMargin(btc('10', { entryPrice: '56000' })),
      '11,600': () => initialMargin(btc('10')).plus(initialMargin(btc('10', { entryPrice: '56000' }))),
      '50,251.256281': () => num(liquidationPrice(crossBtc())),
      '58,000': averagedEntry,
      // The worked formula's numerator: the 2 BTC's notional at the average entry less the wallet.
      '106,000': () => notional({ quantity: '2', entryPrice: averagedEntry().toFixed() }).minus(10_000),
      '53,266.331658': () => num(liquidationPrice(averagedCross())),
      '3,015': () => num(liquidationPrice(averagedCross())).minus(num(liquidationPrice(crossBtc()))),
      '10.3': () => percent(new Decimal(56_000).minus(num(liquidationPrice(crossBtc()))).div(56_000)),
      '4.9': () => percent(new Decimal(56_000).minus(num(liquidationPrice(averagedCross()))).div(56_000)),
      // Isolated: the added bitcoin brings its own 10× margin (1 × 56,000 ÷ 10).
      '52,462.311558': () =>
        num(
          liquidationPrice(
            btc('10', {
              entryPrice: averagedEntry().toFixed(),
              quantity: '2',
              margin: initialMargin(btc('10'))
                .plus(initialMargin(btc('10', { entryPrice: '56000' })))
                .toFixed(),
            }),
          ),
        ),
    },
    given: {
      '60,000': 'the running example’s entry price',
      '10,000': 'the cross example’s wallet',
      '56,000': 'the price the example buys more at',
      '1,000': 'a fall the example names',
    },
  },
};

const lessons = readLessonFiles();

/** The figure as printed: rounded half-up to the printed number of decimals, grouped by thousands. */
function asPrinted(value: Num, printed: string): string {
  const digits = plainNumber(printed).split('.')[1]?.length ?? 0;
  return formatDecimal(new Decimal(value), { digits });
}

describe('figures printed in the lessons are the engine’s', () => {
  it('covers every lesson', () => {
    expect(Object.keys(LESSONS).sort()).toEqual(lessons.map((l) => l.meta.slug).sort());
  });

  describe.each(lessons.map((l) => [l.meta.slug, l] as const))('%s', (slug, lesson) => {
    const { figures, given = {} } = LESSONS[slug]!;
    const printed = proseNumbers(lesson.body);

    it('recomputes each listed figure at its printed precision', () => {
      for (const [text, compute] of Object.entries(figures)) {
        expect(
          printed.some((n) => n.text === text),
          `${slug}: ${text} is listed but not printed`,
        ).toBe(true);
        expect(asPrinted(compute(), text), `${slug}: ${text}`).toBe(text);
      }
    });

    it('lists every result it prints', () => {
      const unlisted = printed.filter((n) => n.derived && !(n.text in figures) && !(n.text in given));
      expect(unlisted.map((n) => `l.${n.line} ${n.text}: ${n.context}`)).toEqual([]);
    });

    it('writes each <Amount> as the engine’s value at every decimal place a reader may choose', () => {
      for (const n of printed.filter((p) => p.amount !== undefined)) {
        const where = `${slug} l.${n.line}: <Amount value="${n.amount}" />`;
        // A negative amount (a loss in a table) is listed with its sign: "−3,000" is not "3,000".
        const key = n.amount!.startsWith('-') ? `−${n.text}` : n.text;
        const compute = figures[key];
        expect(compute !== undefined || key in given, `${where} is neither listed nor given`).toBe(true);
        if (!compute) continue;
        for (const digits of CURRENCY_DIGIT_CHOICES) {
          expect(formatDecimal(new Decimal(n.amount!), { digits }), `${where} at ${digits} places`).toBe(
            formatDecimal(new Decimal(compute()), { digits }),
          );
        }
      }
    });
  });
});

/**
 * The ids of the numeric-question generators and the parameters each one draws per attempt.
 * The generators themselves (drawing from a seed, computing the answer with the engine) live in
 * generators/<id>.ts, and generate-numeric-question.ts turns a question and a seed into an exercise;
 * numeric-generators.md describes each one, and the content test keeps the two lists identical.
 * Prompts may reference parameters as {{name}}.
 */
export const NUMERIC_GENERATORS = {
  'notional-value': ['entryPrice', 'quantity'],
  'initial-margin': ['entryPrice', 'quantity', 'leverage'],
  'leverage-from-margin': ['entryPrice', 'quantity', 'margin'],
  'return-on-margin': ['priceChangePercent', 'leverage'],
  'position-equity': ['side', 'entryPrice', 'currentPrice', 'quantity', 'margin'],
  'bankruptcy-price': ['side', 'entryPrice', 'quantity', 'leverage'],
  'isolated-liquidation-price': [
    'rules',
    'side',
    'entryPrice',
    'quantity',
    'leverage',
    'maintenanceMarginRate',
  ],
  'cross-liquidation-price': [
    'side',
    'entryPrice',
    'quantity',
    'walletBalance',
    'maintenanceMarginRate',
    'otherMaintenanceMargin',
    'otherUnrealizedPnl',
  ],
  'tiered-maintenance-margin': ['notional'],
  'spot-margin-level': ['baseAsset', 'price', 'quoteLiability', 'interest'],
  'spot-margin-trigger-price': ['baseAsset', 'quoteLiability', 'level'],
  'spot-residual-balance': ['debt', 'liquidationLevel'],
  'borrowing-interest': ['debt', 'dailyRate', 'days'],
  'funding-payment': ['entryPrice', 'quantity', 'fundingRate', 'intervals'],
  'short-liquidation-rise-percent': ['leverage', 'maintenanceMarginRate'],
  'stop-loss-cost': ['entryPrice', 'stopPrice', 'fillPrice', 'quantity', 'takerFeeRate'],
  'recovery-gain-percent': ['lossPercent'],
  'compounded-stop-outs': ['balance', 'riskPercent', 'stopOuts'],
  'expectancy-r': ['winRatePercent', 'averageWinR'],
  'volatility-over-horizon': ['annualVolatility', 'horizonHours', 'price'],
  'stop-touch-probability': ['sigmas', 'normalCdf'],
  'position-size-from-stop': ['balance', 'riskPercent', 'entryPrice', 'stopPrice', 'takerFeeRate'],
  'break-even-price': ['entryPrice', 'takerFeeRate'],
  'annualised-funding-percent': ['fundingRate', 'intervalsPerDay'],
  'liquidation-surplus': ['entryPrice', 'quantity', 'leverage', 'fillPrice'],
  'liquidation-price-after-top-up': ['entryPrice', 'quantity', 'leverage', 'maintenanceMarginRate', 'topUp'],
  'stop-gap-slippage': ['entryPrice', 'stopPrice', 'fillPrice', 'quantity'],
  'inverse-liquidation-price': ['entryPrice', 'contracts', 'leverage', 'maintenanceMarginRate'],
  'averaged-down-liquidation-price': [
    'walletBalance',
    'entryPrice',
    'quantity',
    'addPrice',
    'addQuantity',
    'maintenanceMarginRate',
  ],
} as const satisfies Record<string, readonly string[]>;

export type NumericGeneratorId = keyof typeof NUMERIC_GENERATORS;
export const numericGeneratorIds = Object.keys(NUMERIC_GENERATORS) as [
  NumericGeneratorId,
  ...NumericGeneratorId[],
];

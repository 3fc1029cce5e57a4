// Venue-shaped tables shared by the tests (the way replay/test-paths.ts shares price paths): one copy
// of each, so a test of the parser, the solver and the replay read the same rows.

/**
 * OKX's published ETHUSDT perpetual tiers 1–3 of 2021-06-11 (Min./Max. amount in contracts: 0–3,000,
 * 3,001–6,000, 6,001–12,000; "OKEx position tiers to be adjusted"), in the fields of
 * GET /api/v5/public/position-tiers. The face value the tests pair them with is their own choice.
 */
export const OKX_ETHUSDT_2021_ROWS = [
  { tier: '1', minSz: '0', maxSz: '3000', mmr: '0.004', imr: '0.008', maxLever: '125' },
  { tier: '2', minSz: '3001', maxSz: '6000', mmr: '0.005', imr: '0.01', maxLever: '100' },
  { tier: '3', minSz: '6001', maxSz: '12000', mmr: '0.01', imr: '0.015', maxLever: '66.66' },
].map((t) => ({ uly: 'ETH-USDT', instFamily: 'ETH-USDT', instId: '', ...t }));

/**
 * Test figures in Bybit's /v5/market/risk-limit shape (not a published table): rates as fractions,
 * continuous deductions (10,000 = 2M × 0.5%; 30,000 = 10,000 + 4M × 0.5%).
 */
export const BYBIT_TEST_ROWS = [
  {
    symbol: 'BTCUSDT',
    riskLimitValue: '2000000',
    maintenanceMargin: '0.005',
    initialMargin: '0.01',
    maxLeverage: '100',
    mmDeduction: '',
  },
  {
    symbol: 'BTCUSDT',
    riskLimitValue: '4000000',
    maintenanceMargin: '0.01',
    initialMargin: '0.0175',
    maxLeverage: '57.14',
    mmDeduction: '10000',
  },
  {
    symbol: 'BTCUSDT',
    riskLimitValue: '6000000',
    maintenanceMargin: '0.015',
    initialMargin: '0.025',
    maxLeverage: '40',
    mmDeduction: '30000',
  },
];

/** The whole response, envelope and all, as a learner would paste it. */
export function okxResponse(rows: readonly object[] = OKX_ETHUSDT_2021_ROWS): string {
  return JSON.stringify({ code: '0', msg: '', data: rows });
}

export function bybitResponse(rows: readonly object[] = BYBIT_TEST_ROWS): string {
  return JSON.stringify({ retCode: 0, retMsg: 'OK', result: { category: 'linear', list: rows } });
}

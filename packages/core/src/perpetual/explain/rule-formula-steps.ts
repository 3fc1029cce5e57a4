import { Decimal } from '../../decimal';
import type { Rules } from '../rules/rule-set-catalog';
import { evaluateFormula, type FormulaPart, type FormulaValue, formulaValue } from './formula-parts';

/** One line of arithmetic: what it computes, the formula (whose values are the reader's), the result. */
export interface FormulaStep {
  readonly id: string;
  readonly title: string;
  /** The symbol of the result (LP, MM, …). */
  readonly symbol: string;
  readonly parts: readonly FormulaPart[];
  /** evaluateFormula(parts): the figure is the written arithmetic, never a second copy of it. */
  readonly result: Decimal;
  readonly unit?: string;
}

export function formulaStep(
  id: string,
  title: string,
  symbol: string,
  parts: readonly FormulaPart[],
  unit?: string,
): FormulaStep {
  const result = evaluateFormula(parts);
  return unit === undefined
    ? { id, title, symbol, parts, result }
    : { id, title, symbol, parts, result, unit };
}

/** The values one rule set's closed form reads, already parsed (the engine's PricingInput, in words). */
export interface FormulaInputs {
  readonly sign: 1 | -1;
  readonly quantity: Decimal;
  readonly contractSize: Decimal;
  readonly entryPrice: Decimal;
  /** Isolated margin, or what cross margin leaves for this position (see the explanation's steps). */
  readonly available: FormulaValue;
  readonly maintenanceRate: Decimal;
  /** The taker fee to close, when the formula adds it to the rate; zero otherwise. */
  readonly feeRate: Decimal;
  readonly amount: Decimal;
  /** The asset margin and PnL are counted in (USDT, BTC, …), and the quote of the price. */
  readonly marginAsset: string;
  readonly priceUnit: string;
  /** 'liquidation' or 'bankruptcy': the bankruptcy price is the same formula with no requirement left. */
  readonly target: 'liquidation' | 'bankruptcy';
}

/** A rule set's published formula, as steps, with the page it was published on. */
export interface RuleFormulaSteps {
  readonly source: { readonly title: string; readonly url: string };
  /** The symbol the venue uses for isolated margin (cross margin is named by the explanation). */
  readonly marginSymbol: string;
  /** Ends with the price step (`id` 'price'); earlier steps are the formula's own sub-terms. */
  steps(input: FormulaInputs): FormulaStep[];
}

const ONE = new Decimal(1);

function side(sign: 1 | -1): FormulaValue {
  return formulaValue('Side', new Decimal(sign), sign === 1 ? '1 for a long' : '−1 for a short');
}

/** MMR, or (MMR + fee) where the formula adds the closing fee to the maintenance rate. */
function rateParts(input: FormulaInputs, symbol = 'MMR'): FormulaPart[] {
  const fee = formulaValue('Fee', input.feeRate, 'taker fee rate to close');
  if (input.target === 'bankruptcy') {
    // Nothing is kept back at the bankruptcy price but, where the formula has it, the fee to close.
    return input.feeRate.isZero()
      ? [formulaValue(symbol, input.maintenanceRate, 'none: the margin is used up at the bankruptcy price')]
      : [fee];
  }
  const rate = formulaValue(symbol, input.maintenanceRate, 'maintenance margin rate of the tier');
  if (input.feeRate.isZero()) return [rate];
  return ['(', rate, '+', fee, ')'];
}

function amountValue(input: FormulaInputs, symbol: string, meaning: string): FormulaValue {
  return formulaValue(symbol, input.amount, meaning, input.marginAsset);
}

function priceTitle(input: FormulaInputs): string {
  return input.target === 'liquidation' ? 'Liquidation price' : 'Bankruptcy price';
}

function priceSymbol(input: FormulaInputs): string {
  return input.target === 'liquidation' ? 'LP' : 'BP';
}

function entry(input: FormulaInputs, symbol = 'EP'): FormulaValue {
  return formulaValue(symbol, input.entryPrice, 'entry price', input.priceUnit);
}

/** Linear position value at entry, Q × EP, in the order the engine multiplies. */
function linearValueStep(input: FormulaInputs, quantity: FormulaValue, symbol: string): FormulaStep {
  return formulaStep(
    'position-value',
    'Position value at entry',
    symbol,
    [quantity, '×', entry(input)],
    input.marginAsset,
  );
}

const binanceUsdm: RuleFormulaSteps = {
  source: {
    title: 'Binance FAQ: How to Calculate Liquidation Price of USDS-M Futures Contracts',
    url: 'https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93',
  },
  marginSymbol: 'WB',
  steps(input) {
    const position = formulaValue('Position', input.quantity, 'position size (base asset)');
    const cum = amountValue(input, 'cum', 'maintenance amount of the tier');
    const s = side(input.sign);
    return [
      formulaStep(
        'price',
        priceTitle(input),
        priceSymbol(input),
        [
          '(',
          input.available,
          '+',
          cum,
          '−',
          s,
          '×',
          position,
          '×',
          entry(input),
          ')',
          '÷',
          '(',
          position,
          '×',
          ...rateParts(input),
          '−',
          s,
          '×',
          position,
          ')',
        ],
        input.priceUnit,
      ),
    ];
  },
};

const binanceCoinm: RuleFormulaSteps = {
  source: {
    title: 'Binance FAQ: How to Calculate Liquidation Price of COIN-M Futures Contracts',
    url: 'https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46',
  },
  marginSymbol: 'WB',
  steps(input) {
    const contracts = formulaValue('B', input.quantity, 'position in contracts');
    const size = formulaValue('CS', input.contractSize, 'contract size', input.priceUnit);
    const cum = amountValue(input, 'cum', 'maintenance amount of the tier');
    const s = side(input.sign);
    return [
      formulaStep(
        'price',
        priceTitle(input),
        priceSymbol(input),
        [
          '(',
          contracts,
          '×',
          ...rateParts(input),
          '+',
          s,
          '×',
          contracts,
          ')',
          '÷',
          '(',
          '(',
          input.available,
          '+',
          cum,
          ')',
          '÷',
          size,
          '+',
          s,
          '×',
          contracts,
          '÷',
          entry(input),
          ')',
        ],
        input.priceUnit,
      ),
    ];
  },
};

const bybitLinear: RuleFormulaSteps = {
  source: {
    title: 'Bybit Help Center: Liquidation Price (USDT Contract)',
    url: 'https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract',
  },
  marginSymbol: 'Margin',
  steps(input) {
    const size = formulaValue('Size', input.quantity, 'position size (base asset)');
    const value = linearValueStep(input, size, 'PV');
    const mm = formulaStep(
      'maintenance-margin',
      input.target === 'liquidation' ? 'Maintenance margin (valued at entry)' : 'Margin kept back',
      'MM',
      [
        formulaValue('PV', value.result, 'position value at entry', input.marginAsset),
        '×',
        ...rateParts(input),
        '−',
        amountValue(input, 'Deduction', 'maintenance margin deduction of the tier'),
      ],
      input.marginAsset,
    );
    const price = formulaStep(
      'price',
      priceTitle(input),
      priceSymbol(input),
      [
        entry(input),
        '−',
        side(input.sign),
        '×',
        '(',
        input.available,
        '−',
        formulaValue('MM', mm.result, 'maintenance margin', input.marginAsset),
        ')',
        '÷',
        size,
      ],
      input.priceUnit,
    );
    return [value, mm, price];
  },
};

const bybitLinearUnified: RuleFormulaSteps = {
  source: {
    title: 'Bybit Help Center: Liquidation Price Calculation under Isolated Mode (Unified Trading Account)',
    url: 'https://www.bybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account',
  },
  marginSymbol: 'Margin',
  steps(input) {
    const size = formulaValue('Size', input.quantity, 'position size (base asset)');
    const s = side(input.sign);
    return [
      formulaStep(
        'price',
        priceTitle(input),
        priceSymbol(input),
        [
          '(',
          size,
          '×',
          entry(input),
          '−',
          s,
          '×',
          '(',
          input.available,
          '+',
          amountValue(input, 'Deduction', 'maintenance margin deduction of the tier'),
          ')',
          ')',
          '÷',
          '(',
          size,
          '×',
          '(',
          formulaValue('1', ONE, 'one'),
          '−',
          s,
          '×',
          ...rateParts(input),
          ')',
          ')',
        ],
        input.priceUnit,
      ),
    ];
  },
};

const bybitInverse: RuleFormulaSteps = {
  source: {
    title: 'Bybit Help Center: Liquidation Price Calculation under Isolated Mode (Unified Trading Account)',
    url: 'https://www.bybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account',
  },
  marginSymbol: 'Margin',
  steps(input) {
    const quantity = formulaValue('Qty', input.quantity, 'contracts');
    const size = formulaValue('CS', input.contractSize, 'contract size', input.priceUnit);
    const value = formulaStep(
      'position-value',
      'Position value at entry',
      'PV',
      [quantity, '×', size, '÷', entry(input)],
      input.marginAsset,
    );
    const pv = formulaValue('PV', value.result, 'position value at entry', input.marginAsset);
    const mm = formulaStep(
      'maintenance-margin',
      input.target === 'liquidation' ? 'Maintenance margin (valued at entry)' : 'Margin kept back',
      'MM',
      [pv, '×', ...rateParts(input), '−', amountValue(input, 'Deduction', 'maintenance margin deduction')],
      input.marginAsset,
    );
    const price = formulaStep(
      'price',
      priceTitle(input),
      priceSymbol(input),
      [
        quantity,
        '×',
        size,
        '÷',
        '(',
        pv,
        '+',
        side(input.sign),
        '×',
        '(',
        input.available,
        '−',
        formulaValue('MM', mm.result, 'maintenance margin', input.marginAsset),
        ')',
        ')',
      ],
      input.priceUnit,
    );
    return [value, mm, price];
  },
};

const okxLinear: RuleFormulaSteps = {
  source: {
    title: 'OKX Help Center: tiered maintenance margin ratio rules (isolated, USDT-margined)',
    url: 'https://www.okx.com/help/v-tiered-maintenance-margin-ratio-rules',
  },
  marginSymbol: 'Margin',
  steps(input) {
    const size = formulaValue('Size', input.quantity, 'face value × |contracts| (base asset)');
    const open = formulaValue('Avg', input.entryPrice, 'average open price', input.priceUnit);
    const margin: FormulaPart[] = input.amount.isZero()
      ? [input.available]
      : [input.available, '+', amountValue(input, 'Deduction', 'maintenance deduction of the tier')];
    // OKX writes the long and the short separately: − open value and (rate − 1) for a long, + and + 1 for a short.
    const signOp = input.sign === 1 ? '−' : '+';
    return [
      formulaStep(
        'price',
        priceTitle(input),
        priceSymbol(input),
        [
          '(',
          ...margin,
          signOp,
          size,
          '×',
          open,
          ')',
          '÷',
          '(',
          size,
          '×',
          '(',
          ...rateParts(input),
          signOp,
          formulaValue('1', ONE, 'one'),
          ')',
          ')',
        ],
        input.priceUnit,
      ),
    ];
  },
};

const gateLinear: RuleFormulaSteps = {
  source: {
    title:
      "Gate's published liquidation-price rule (Gate Square answer by Gate's official account, 2023-07-02)",
    url: 'https://www.gatenode.pro/post/status/3870211',
  },
  marginSymbol: 'Margin',
  steps(input) {
    const position = formulaValue('Position', input.quantity, 'multiplier × contracts (base asset)');
    const margin: FormulaPart[] = input.amount.isZero()
      ? [input.available]
      : [
          '(',
          input.available,
          '+',
          amountValue(input, 'Deduction', 'maintenance deduction of the tier'),
          ')',
        ];
    const s = side(input.sign);
    return [
      formulaStep(
        'price',
        priceTitle(input),
        priceSymbol(input),
        [
          '(',
          formulaValue('Avg', input.entryPrice, 'average open price', input.priceUnit),
          '−',
          s,
          '×',
          ...margin,
          '÷',
          position,
          ')',
          '÷',
          '(',
          formulaValue('1', ONE, 'one'),
          '−',
          s,
          '×',
          ...rateParts(input),
          ')',
        ],
        input.priceUnit,
      ),
    ];
  },
};

const hyperliquid: RuleFormulaSteps = {
  source: {
    title: 'Hyperliquid docs: Trading › Liquidations',
    url: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations',
  },
  marginSymbol: 'Margin',
  steps(input) {
    const size = formulaValue('Size', input.quantity, 'position size (base asset)');
    const value = linearValueStep(input, size, 'PV');
    const l = rateParts(input, 'l');
    const required = formulaStep(
      'maintenance-margin',
      input.target === 'liquidation' ? 'Maintenance margin required at entry' : 'Margin kept back',
      'MM',
      [
        formulaValue('PV', value.result, 'position value at entry', input.marginAsset),
        '×',
        ...l,
        '−',
        amountValue(input, 'Deduction', 'maintenance deduction'),
      ],
      input.marginAsset,
    );
    const s = side(input.sign);
    const price = formulaStep(
      'price',
      priceTitle(input),
      priceSymbol(input),
      [
        entry(input, 'Price'),
        '−',
        s,
        '×',
        '(',
        input.available,
        '−',
        formulaValue('MM', required.result, 'maintenance margin required', input.marginAsset),
        ')',
        '÷',
        size,
        '÷',
        '(',
        formulaValue('1', ONE, 'one'),
        '−',
        s,
        '×',
        ...l,
        ')',
      ],
      input.priceUnit,
    );
    return [value, required, price];
  },
};

/**
 * Each rule set's closed form written as steps, in the same order of operations as its `priceFor`
 * (rules/*.ts, where each formula's derivation is cited), so the explained figure is the engine's to
 * the last digit (liquidation-explanation.test.ts checks it for every rule set). A rule set added to the
 * catalog fails to compile here until it is explained.
 */
export const RULE_FORMULA_STEPS: Record<Rules, RuleFormulaSteps> = {
  'binance-usdm': binanceUsdm,
  'binance-coinm': binanceCoinm,
  'bybit-linear': bybitLinear,
  'bybit-linear-unified': bybitLinearUnified,
  'bybit-inverse': bybitInverse,
  'okx-linear': okxLinear,
  'gate-linear': gateLinear,
  hyperliquid,
};

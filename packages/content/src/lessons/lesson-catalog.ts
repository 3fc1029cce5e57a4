// GENERATED from src/lessons/*.mdx by scripts/generate-lesson-catalog.ts (`pnpm generate`); do not edit by hand.
import type { LessonMeta } from './lesson-schema';

export const lessonCatalog: readonly LessonMeta[] = [
  {
    title: 'Start at zero: spot, long, short and the order book',
    slug: 'start-at-zero',
    order: 1,
    summary:
      'For anyone who has only bought coins in an app — spot versus derivatives, long and short, USDT, the order book, market and limit orders, and the three prices a trading screen shows.',
    minutes: 8,
    prerequisites: [],
    objectives: [
      'Tell buying a coin on the spot market from trading a derivative of its price',
      'Explain what a long and a short position gain or lose when the price moves',
      'Explain what USDT and other stablecoins are and why prices are quoted in them',
      'Read an order book and choose between a market order and a limit order',
      'Name the last, index and mark price and say what each one is for',
    ],
    sections: [
      {
        id: 'spot-you-own-the-coin',
        title: 'Spot: you own the coin',
      },
      {
        id: 'stablecoins-and-usdt',
        title: 'Stablecoins and USDT',
      },
      {
        id: 'derivatives-trading-the-price-without-the-coin',
        title: 'Derivatives: trading the price without the coin',
      },
      {
        id: 'long-and-short',
        title: 'Long and short',
      },
      {
        id: 'the-order-book',
        title: 'The order book',
      },
      {
        id: 'market-orders-and-limit-orders',
        title: 'Market orders and limit orders',
      },
      {
        id: 'three-prices-on-one-screen',
        title: 'Three prices on one screen',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'Leverage and margin',
    slug: 'leverage-and-margin',
    order: 2,
    summary:
      'What a leveraged position really is — its notional value, the initial margin you post, and leverage as the ratio between the two.',
    minutes: 7,
    prerequisites: ['start-at-zero'],
    objectives: [
      'Compute the notional value of a position from its price and quantity',
      'Compute the initial margin a position needs at a given leverage',
      'Express leverage as notional value divided by margin, and read it both ways',
      'Explain why leverage changes how fast losses reach your margin, not how much the market moves',
    ],
    sections: [
      {
        id: 'a-position-has-a-size-and-a-deposit',
        title: 'A position has a size and a deposit',
      },
      {
        id: 'notional-value',
        title: 'Notional value',
      },
      {
        id: 'initial-margin',
        title: 'Initial margin',
      },
      {
        id: 'leverage-is-a-ratio',
        title: 'Leverage is a ratio',
      },
      {
        id: 'what-leverage-does-not-change',
        title: 'What leverage does not change',
      },
      {
        id: 'profit-and-loss-in-percent-of-margin',
        title: 'Profit and loss in percent of margin',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'Margin exhaustion and forced liquidation',
    slug: 'margin-exhaustion-and-forced-liquidation',
    order: 3,
    summary:
      'How equity shrinks as the price moves against you, why the exchange closes the position while equity is still positive, and what is left for you afterwards.',
    minutes: 9,
    prerequisites: ['leverage-and-margin'],
    objectives: [
      'Compute the equity of a leveraged position at any price',
      'Define margin exhaustion as equity reaching zero and explain who bears a negative balance',
      'Explain maintenance margin and why liquidation happens before the bankruptcy price',
      "Relate a venue's liquidation ratio to the residual balance a trader gets back",
    ],
    sections: [
      {
        id: 'equity-is-margin-plus-unrealized-profit-or-loss',
        title: 'Equity is margin plus unrealized profit or loss',
      },
      {
        id: 'margin-exhaustion-equity-at-zero',
        title: 'Margin exhaustion: equity at zero',
      },
      {
        id: 'maintenance-margin-the-line-before-zero',
        title: 'Maintenance margin: the line before zero',
      },
      {
        id: 'why-close-early',
        title: 'Why close early',
      },
      {
        id: 'the-liquidation-ratio',
        title: 'The liquidation ratio',
      },
      {
        id: 'the-residual-balance',
        title: 'The residual balance',
      },
      {
        id: 'cross-margin-changes-the-picture',
        title: 'Cross margin changes the picture',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'Stop-losses',
    slug: 'stop-losses',
    order: 4,
    summary:
      "What a stop-loss order does and does not guarantee, how gaps and slippage change the exit price, and the gambler's reasoning that leads traders to skip the one order that prevents most liquidations.",
    minutes: 8,
    prerequisites: ['margin-exhaustion-and-forced-liquidation'],
    objectives: [
      'Explain what a stop-loss order does and how stop-market and stop-limit orders differ',
      'Compute the planned loss of a stop-out, including fees and slippage',
      'Explain why a stop must sit between the entry and the liquidation price',
      "Recognise the gambler's arguments for skipping stops and answer them with arithmetic",
    ],
    sections: [
      {
        id: 'what-a-stop-loss-does',
        title: 'What a stop-loss does',
      },
      {
        id: 'stop-market-and-stop-limit',
        title: 'Stop-market and stop-limit',
      },
      {
        id: 'the-planned-loss',
        title: 'The planned loss',
      },
      {
        id: 'gaps-and-slippage',
        title: 'Gaps and slippage',
      },
      {
        id: 'the-gamblers-mindset',
        title: "The gambler's mindset",
      },
      {
        id: 'setting-a-stop-that-makes-sense',
        title: 'Setting a stop that makes sense',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'Opening calmly',
    slug: 'opening-calmly',
    order: 5,
    summary:
      'Why the moment you open a position shapes its risk — trends versus ranges, impulsive entries, and how a string of small stop-outs quietly adds up to a large loss.',
    minutes: 8,
    prerequisites: ['stop-losses'],
    objectives: [
      'Tell a trending market from a ranging one using highs and lows',
      'Explain why stops placed inside a range are hit repeatedly',
      'Compute the cumulative cost of several stop-outs, including fees',
      'Use a short pre-trade checklist to avoid impulsive entries',
    ],
    sections: [
      {
        id: 'impulsive-entries',
        title: 'Impulsive entries',
      },
      {
        id: 'trends-and-ranges',
        title: 'Trends and ranges',
      },
      {
        id: 'whipsaws-and-the-cost-of-small-stop-outs',
        title: 'Whipsaws and the cost of small stop-outs',
      },
      {
        id: 'win-rate-and-payoff',
        title: 'Win rate and payoff',
      },
      {
        id: 'leverage-makes-impatience-expensive',
        title: 'Leverage makes impatience expensive',
      },
      {
        id: 'a-pre-trade-checklist',
        title: 'A pre-trade checklist',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'The volatility band',
    slug: 'the-volatility-band',
    order: 6,
    summary:
      'How to measure the ordinary noise of a market and place a stop-loss outside it, so that it protects against a real move instead of firing on random wiggles.',
    minutes: 9,
    prerequisites: ['opening-calmly'],
    objectives: [
      'Define market noise and the volatility band around the current price',
      'Convert an annual volatility into a typical move over a day or a few hours',
      'Estimate how often a stop at one, one and a half or two standard deviations is touched',
      'Combine the band with support and resistance to place a stop, and check it against the liquidation price',
    ],
    sections: [
      {
        id: 'noise-and-the-band-around-the-price',
        title: 'Noise and the band around the price',
      },
      {
        id: 'measuring-volatility',
        title: 'Measuring volatility',
      },
      {
        id: 'how-often-is-a-stop-touched',
        title: 'How often is a stop touched?',
      },
      {
        id: 'placing-the-stop',
        title: 'Placing the stop',
      },
      {
        id: 'the-trade-off-wider-stops-need-smaller-positions',
        title: 'The trade-off: wider stops need smaller positions',
      },
      {
        id: 'check-the-band-against-the-liquidation-price',
        title: 'Check the band against the liquidation price',
      },
      {
        id: 'volatility-changes',
        title: 'Volatility changes',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'Position size',
    slug: 'position-size',
    order: 7,
    summary:
      'Sizing a position from the loss you accept and the distance to your stop, why leverage is a separate and smaller decision, and how to recognise — and refuse — an oversized trade.',
    minutes: 9,
    prerequisites: ['stop-losses', 'the-volatility-band'],
    objectives: [
      'Define risk per trade as a fraction of the account',
      'Compute a position size from account balance, risk per trade, entry, stop and fees',
      'Explain why leverage sets the collateral and the liquidation distance but not the loss at the stop',
      'Recognise an oversized position by its loss at the stop and its effective leverage',
    ],
    sections: [
      {
        id: 'start-from-the-loss-not-from-the-leverage',
        title: 'Start from the loss, not from the leverage',
      },
      {
        id: 'sizing-from-the-stop-distance',
        title: 'Sizing from the stop distance',
      },
      {
        id: 'where-leverage-comes-in',
        title: 'Where leverage comes in',
      },
      {
        id: 'recognising-an-oversized-position',
        title: 'Recognising an oversized position',
      },
      {
        id: 'why-small-sizes-survive',
        title: 'Why small sizes survive',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'Borrowed-fund margin (spot margin loans)',
    slug: 'borrowed-fund-margin',
    order: 8,
    summary:
      'Borrowing coins or stablecoins on a spot margin account — the margin level, the margin call, liquidation at a level such as 1.1, and the interest that quietly moves the line.',
    minutes: 8,
    prerequisites: ['margin-exhaustion-and-forced-liquidation'],
    objectives: [
      'Describe how a spot margin loan creates a leveraged long or short',
      'Compute a margin level from assets, debt and accrued interest',
      'Find the price that triggers a margin call and the price that triggers liquidation',
      'Explain how accumulating interest moves the liquidation price closer',
    ],
    sections: [
      {
        id: 'how-a-margin-loan-creates-leverage',
        title: 'How a margin loan creates leverage',
      },
      {
        id: 'the-margin-level',
        title: 'The margin level',
      },
      {
        id: 'margin-call-and-liquidation-levels',
        title: 'Margin call and liquidation levels',
      },
      {
        id: 'interest-moves-the-line',
        title: 'Interest moves the line',
      },
      {
        id: 'a-short-on-margin',
        title: 'A short on margin',
      },
      {
        id: 'spot-margin-versus-contracts',
        title: 'Spot margin versus contracts',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'Contract margin: futures and perpetuals',
    slug: 'contract-margin-futures-and-perpetuals',
    order: 9,
    summary:
      'Margin on futures and perpetual contracts — why liquidation follows the mark price rather than the last trade, how funding drains or feeds margin, isolated versus cross margin, and why a coin-margined (inverse) long is liquidated sooner.',
    minutes: 9,
    prerequisites: ['margin-exhaustion-and-forced-liquidation'],
    objectives: [
      'Explain why contract margin can be exhausted even though nothing is borrowed',
      'Distinguish mark price, last price and index price, and say which one triggers liquidation',
      "Compute a funding payment and its effect on an isolated position's margin",
      'Compare the liquidation price of the same position in isolated and cross margin, including other positions in the account',
      'Compute the liquidation price of a coin-margined (inverse) long and say why it comes sooner',
    ],
    sections: [
      {
        id: 'margin-as-a-performance-guarantee',
        title: 'Margin as a performance guarantee',
      },
      {
        id: 'mark-price-last-price-and-index-price',
        title: 'Mark price, last price and index price',
      },
      {
        id: 'why-you-can-be-liquidated-before-your-price',
        title: 'Why you can be liquidated before your price',
      },
      {
        id: 'funding-on-perpetual-contracts',
        title: 'Funding on perpetual contracts',
      },
      {
        id: 'isolated-versus-cross-margin',
        title: 'Isolated versus cross margin',
      },
      {
        id: 'cross-margin-and-the-other-positions',
        title: 'Cross margin and the other positions',
      },
      {
        id: 'inverse-contracts-margin-in-the-coin',
        title: 'Inverse contracts: margin in the coin',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'Shorts and short squeezes after a new high',
    slug: 'shorts-and-short-squeezes',
    order: 10,
    summary:
      'How a leveraged short works, why its loss has no ceiling, and why a break to a new high can set off a chain of forced buy-backs that liquidates even patient shorts.',
    minutes: 8,
    prerequisites: ['contract-margin-futures-and-perpetuals'],
    objectives: [
      'Compute the profit, loss and liquidation price of a leveraged short',
      "Explain why a short's potential loss is unbounded while a long's is capped at its entry value",
      'Describe the mechanics of a short squeeze and why new highs make squeezes more likely',
      "Compare how leverage changes a short's chance of surviving a squeeze",
    ],
    sections: [
      {
        id: 'what-a-short-position-is',
        title: 'What a short position is',
      },
      {
        id: 'why-a-shorts-loss-has-no-ceiling',
        title: "Why a short's loss has no ceiling",
      },
      {
        id: 'the-liquidation-price-of-a-short',
        title: 'The liquidation price of a short',
      },
      {
        id: 'anatomy-of-a-short-squeeze',
        title: 'Anatomy of a short squeeze',
      },
      {
        id: 'why-new-highs-invite-squeezes',
        title: 'Why new highs invite squeezes',
      },
      {
        id: 'shorting-with-your-eyes-open',
        title: 'Shorting with your eyes open',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'Fees, funding, the liquidation fee, the insurance fund and auto-deleveraging',
    slug: 'fees-funding-and-the-insurance-fund',
    order: 11,
    summary:
      'The costs that eat margin while a position is open, what happens to the money left at a liquidation, and how exchanges cover the losses a liquidation cannot — the insurance fund and auto-deleveraging.',
    minutes: 9,
    prerequisites: ['contract-margin-futures-and-perpetuals'],
    objectives: [
      'Compute trading fees and the break-even price of a position',
      "Annualise a funding rate and compare it with a position's margin",
      'Explain where the surplus or shortfall of a liquidation goes',
      'Describe the insurance fund and the order in which auto-deleveraging closes profitable positions',
    ],
    sections: [
      {
        id: 'trading-fees',
        title: 'Trading fees',
      },
      {
        id: 'funding-annualised',
        title: 'Funding, annualised',
      },
      {
        id: 'the-liquidation-fee-and-the-surplus',
        title: 'The liquidation fee and the surplus',
      },
      {
        id: 'the-insurance-fund',
        title: 'The insurance fund',
      },
      {
        id: 'auto-deleveraging',
        title: 'Auto-deleveraging',
      },
      {
        id: 'partial-liquidation-large-positions-go-in-steps',
        title: 'Partial liquidation: large positions go in steps',
      },
      {
        id: 'adding-it-up',
        title: 'Adding it up',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
  {
    title: 'During a liquidation event',
    slug: 'during-a-liquidation-event',
    order: 12,
    summary:
      'A calm checklist for the moment the market is moving hard against you — what you can still do, what only makes things worse, and how to learn from it afterwards.',
    minutes: 8,
    prerequisites: ['position-size', 'fees-funding-and-the-insurance-fund'],
    objectives: [
      'Read the real distance to liquidation using the mark price and the margin mode',
      'Compare the effects of closing, reducing, adding margin and doing nothing',
      'Name the actions that increase risk during a liquidation event and avoid them',
      'Run a short review after a liquidation or a narrow escape',
    ],
    sections: [
      {
        id: 'first-the-facts-on-the-screen',
        title: 'First, the facts on the screen',
      },
      {
        id: 'what-you-can-still-do',
        title: 'What you can still do',
      },
      {
        id: 'what-not-to-do',
        title: 'What not to do',
      },
      {
        id: 'averaging-down-in-numbers',
        title: 'Averaging down, in numbers',
      },
      {
        id: 'if-the-position-is-liquidated',
        title: 'If the position is liquidated',
      },
      {
        id: 'the-review-afterwards',
        title: 'The review afterwards',
      },
      {
        id: 'the-checklist-in-one-place',
        title: 'The checklist, in one place',
      },
    ],
  },
  {
    title: 'Deep dive: how exchanges compute the liquidation price',
    slug: 'how-exchanges-compute-the-liquidation-price',
    order: 13,
    summary:
      'Optional deep dive — the published liquidation-price formulas of Binance, Bybit and OKX, tiered maintenance margin, and why a large position is liquidated sooner than a small one at the same leverage.',
    minutes: 10,
    prerequisites: ['contract-margin-futures-and-perpetuals'],
    objectives: [
      "Apply Binance's USDS-M liquidation-price formula to an isolated position",
      'Read a tiered maintenance-margin table, including the maintenance amount',
      'Explain why larger positions are liquidated sooner at the same leverage',
      'Compare how Binance, Bybit and OKX treat the same position and say where the differences come from',
    ],
    sections: [
      {
        id: 'binance-one-formula-for-isolated-and-cross',
        title: 'Binance: one formula for isolated and cross',
      },
      {
        id: 'tiered-maintenance-margin',
        title: 'Tiered maintenance margin',
      },
      {
        id: 'why-large-positions-are-liquidated-sooner',
        title: 'Why large positions are liquidated sooner',
      },
      {
        id: 'bybit-margin-measured-at-entry',
        title: 'Bybit: margin measured at entry',
      },
      {
        id: 'okx-the-closing-fee-inside-the-formula',
        title: 'OKX: the closing fee inside the formula',
      },
      {
        id: 'side-by-side',
        title: 'Side by side',
      },
      {
        id: 'key-takeaways',
        title: 'Key takeaways',
      },
    ],
  },
];

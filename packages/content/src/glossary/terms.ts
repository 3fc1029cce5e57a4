import { type GlossaryTerm, glossarySchema } from './glossary-schema';
import { liquidationRemainderSentence } from './liquidation-remainder-sentence';

const L1 = 'leverage-and-margin';
const L2 = 'margin-exhaustion-and-forced-liquidation';
const L3 = 'borrowed-fund-margin';
const L4 = 'contract-margin-futures-and-perpetuals';
const L5 = 'how-exchanges-compute-the-liquidation-price';
const L6 = 'shorts-and-short-squeezes';
const L7 = 'stop-losses';
const L8 = 'opening-calmly';
const L9 = 'the-volatility-band';
const L10 = 'position-size';
const L11 = 'fees-funding-and-the-insurance-fund';
const L12 = 'during-a-liquidation-event';

const terms: GlossaryTerm[] = [
  {
    id: 'leverage',
    term: 'Leverage',
    short:
      'The ratio of a position’s notional value to the margin behind it; 10× means each unit of margin carries ten units of exposure.',
    long: 'Leverage is notional value divided by margin. It does not change how much a position gains or loses per price move — that depends on the quantity — but it sets how thin the cushion is: at 10× a 10% adverse move consumes the whole initial margin, at 50× a 2% move does. Exchanges let you choose leverage per position; what matters for the account as a whole is the effective leverage.',
    related: ['notional-value', 'initial-margin', 'effective-leverage'],
    lessons: [L1, L8, L10],
  },
  {
    id: 'notional-value',
    term: 'Notional value',
    short: 'The full market value of a position: price × quantity.',
    long: 'Notional value is what the position would be worth if you held it outright at the current price. A position of 1 BTC at 60,000 USDT has a notional value of 60,000 USDT regardless of leverage. Profit and loss, trading fees, funding payments and maintenance margin are all computed on notional value, which is why high leverage makes those costs large relative to margin.',
    related: ['leverage', 'initial-margin', 'position-size'],
    lessons: [L1, L5],
  },
  {
    id: 'initial-margin',
    term: 'Initial margin',
    short: 'The collateral required to open a position: notional value ÷ leverage.',
    long: 'Initial margin is the deposit an exchange locks when you open a leveraged position. A 10× long of 1 BTC at 60,000 USDT needs 6,000 USDT. In isolated margin it is also the most the position can lose; in cross margin it is only the entry ticket, and the whole wallet balance stands behind the position.',
    related: ['leverage', 'maintenance-margin', 'isolated-margin'],
    lessons: [L1, L2],
  },
  {
    id: 'maintenance-margin',
    term: 'Maintenance margin',
    short: 'The minimum equity a position must keep; when equity falls to it, the position is liquidated.',
    long: 'Maintenance margin is a small share of notional value (the maintenance margin rate), minus a tier’s maintenance amount where one applies. It is the buffer the liquidation engine needs to close a position before its equity becomes negative, paying for slippage and the closing fee. When equity reaches the maintenance margin, the exchange takes over the position.',
    related: ['maintenance-margin-rate', 'maintenance-amount', 'liquidation-price', 'equity'],
    lessons: [L2, L5],
  },
  {
    id: 'maintenance-margin-rate',
    term: 'Maintenance margin rate (MMR)',
    short: 'The percentage of notional value required as maintenance margin, set by the exchange per tier.',
    long: 'The maintenance margin rate is typically a fraction of a percent for small positions (0.4% or 0.5% in our examples) and rises for larger ones through the tier table. It appears in every liquidation-price formula: a higher rate moves the liquidation price closer to the entry.',
    related: ['maintenance-margin', 'margin-tiers', 'maintenance-amount'],
    lessons: [L2, L5],
  },
  {
    id: 'maintenance-amount',
    term: 'Maintenance amount',
    short: 'A fixed deduction per tier that keeps the maintenance requirement continuous at tier boundaries.',
    long: 'In a tiered table the maintenance margin is notional × rate − maintenance amount. Binance calls the amount “cum”. It is not a fee: it is chosen so that at each tier boundary both neighbouring rows give the same requirement, for example 0.4% × 50,000 = 200 and 0.5% × 50,000 − 50 = 200.',
    related: ['margin-tiers', 'maintenance-margin-rate'],
    lessons: [L5],
  },
  {
    id: 'margin-tiers',
    term: 'Maintenance margin tiers',
    short:
      'An exchange table that raises the maintenance rate and lowers the maximum leverage as a position’s notional value grows.',
    long: 'Also called brackets or risk limits. Because closing a large position moves the market more, exchanges require larger positions to keep a larger buffer. Each row gives a notional range, a maximum leverage, a maintenance margin rate and a maintenance amount. At the same leverage, a larger position therefore has a liquidation price closer to its entry.',
    related: ['maintenance-margin-rate', 'maintenance-amount', 'partial-liquidation'],
    lessons: [L5, L11],
  },
  {
    id: 'equity',
    term: 'Equity (margin balance)',
    short: 'What a position is worth to you now: margin plus unrealized profit or loss.',
    long: 'Equity, also called margin balance, is the money you would have if you closed the position at the current mark price, before fees. It rises and falls with the price. Margin exhaustion is equity reaching zero; liquidation is triggered earlier, when equity falls to the maintenance margin.',
    related: ['unrealized-pnl', 'maintenance-margin', 'margin-exhaustion'],
    lessons: [L2],
  },
  {
    id: 'unrealized-pnl',
    term: 'Unrealized PnL',
    short: 'The profit or loss of an open position, valued at the current mark price but not yet booked.',
    long: 'For a long, unrealized PnL is (current price − entry price) × quantity; for a short, (entry price − current price) × quantity. It becomes realized PnL when you close. In cross margin, the unrealized PnL of every position feeds into the shared balance and so into every other position’s liquidation price.',
    related: ['equity', 'realized-pnl', 'mark-price'],
    lessons: [L2, L4, L6],
  },
  {
    id: 'realized-pnl',
    term: 'Realized PnL',
    short: 'Profit or loss that has been locked in by closing all or part of a position.',
    long: 'Realized PnL is booked to your wallet balance when a position is reduced or closed, together with the fees paid. Unlike unrealized PnL it no longer changes with the price. A stop-loss converts an open, growing unrealized loss into a fixed realized one.',
    related: ['unrealized-pnl', 'wallet-balance'],
    lessons: [L7],
  },
  {
    id: 'margin-exhaustion',
    term: 'Margin exhaustion',
    short: 'The state in which losses have consumed a position’s margin, so its equity is zero or negative.',
    long: 'Margin exhaustion is the point where a leveraged position has lost everything deposited behind it. It can only happen with borrowed or contract exposure: a coin bought outright with your own money can fall in value, but nobody forces its sale. Exchanges try to prevent exhaustion by liquidating earlier, at the maintenance margin; when they fail, the insurance fund covers the gap.',
    related: ['equity', 'bankruptcy-price', 'forced-liquidation'],
    lessons: [L2],
  },
  {
    id: 'forced-liquidation',
    term: 'Forced liquidation',
    short:
      'The exchange closing your position without asking, because its equity fell to the required minimum.',
    long: 'A forced liquidation (getting liquidated) is carried out by the exchange’s liquidation engine when equity reaches the maintenance margin, or when a margin account’s margin level reaches its liquidation ratio. The position is closed at market, usually with a fee, and the remaining margin rarely comes back to the trader.',
    related: ['liquidation-price', 'maintenance-margin', 'residual-balance', 'margin-exhaustion'],
    lessons: [L1, L2],
  },
  {
    id: 'liquidation-price',
    term: 'Liquidation price',
    short:
      'The mark price at which a position’s equity equals its maintenance margin and the exchange takes it over.',
    long: 'The liquidation price is the solution of “equity = maintenance margin” for the price. For an isolated 10× long of 1 BTC at 60,000 with a 0.5% maintenance rate, Binance’s formula gives about 54,271.36. It depends on leverage, position size (through the tiers), margin mode, other positions in cross margin, fees and funding.',
    related: ['bankruptcy-price', 'maintenance-margin', 'mark-price'],
    lessons: [L2, L5],
  },
  {
    id: 'bankruptcy-price',
    term: 'Bankruptcy price',
    short: 'The price at which a position’s equity is exactly zero: its margin is fully used up.',
    long: 'For an isolated long the bankruptcy price is entry − margin ÷ quantity; for a short, entry + margin ÷ quantity. It lies beyond the liquidation price. If the liquidation engine closes above it (for a long), the surplus usually goes to the insurance fund; below it, the shortfall is covered by the fund or, as a last resort, by auto-deleveraging.',
    related: ['liquidation-price', 'insurance-fund', 'margin-exhaustion'],
    lessons: [L2, L11],
  },
  {
    id: 'liquidation-ratio',
    term: 'Liquidation ratio',
    short: 'The threshold value of an account’s risk ratio at which the venue starts a forced liquidation.',
    long: 'Each venue writes its trigger as a ratio: Binance futures liquidate when the margin ratio (maintenance margin ÷ margin balance) reaches 100%; spot margin accounts liquidate when the margin level (assets ÷ debt) falls to a floor such as 1.1. A higher liquidation ratio acts sooner and leaves a larger residual balance; a lower one gives more room and leaves less.',
    related: ['margin-level', 'margin-ratio', 'residual-balance'],
    lessons: [L2, L3],
  },
  {
    id: 'residual-balance',
    term: 'Residual balance',
    short: 'What is left for the trader after a forced liquidation, once debt, fees and slippage are paid.',
    long: `The residual balance is equity at the trigger minus the liquidation fee and slippage. On a spot margin account liquidated at a margin level of 1.1, at most about a tenth of the debt remains. ${liquidationRemainderSentence()}`,
    related: ['liquidation-ratio', 'liquidation-fee', 'insurance-fund'],
    lessons: [L2, L11, L12],
  },
  {
    id: 'margin-ratio',
    term: 'Margin ratio',
    short:
      'On contract venues, maintenance margin divided by margin balance; liquidation when it reaches 100%.',
    long: 'The margin ratio shown by Binance futures and several other venues expresses how much of your equity the maintenance requirement already claims. It rises as losses grow. Some venues define the ratio the other way round (equity ÷ maintenance), so always check which direction is dangerous on your venue.',
    related: ['liquidation-ratio', 'maintenance-margin', 'equity'],
    lessons: [L2],
  },
  {
    id: 'margin-level',
    term: 'Margin level',
    short: 'On a spot margin account, total asset value divided by total debt plus accrued interest.',
    long: 'The margin level measures how comfortably a margin account’s assets cover its loans. It starts above 1 (1.5 for a 3× long funded with one part own money and two parts loan) and falls as the collateral loses value. Venues send a margin call at one level (for example 1.3) and liquidate at a lower one (for example 1.1).',
    related: ['margin-call', 'margin-loan', 'liquidation-ratio'],
    lessons: [L2, L3],
  },
  {
    id: 'margin-call',
    term: 'Margin call',
    short:
      'A warning that an account’s margin level has fallen to the point where collateral should be added or debt reduced.',
    long: 'A margin call is the venue telling you that liquidation is getting close. It is not itself a forced sale. Adding collateral, repaying part of the loan or reducing the position raises the margin level at once; waiting for a rebound does not. In fast markets the time between a margin call and liquidation can be minutes.',
    related: ['margin-level', 'margin-loan'],
    lessons: [L3],
  },
  {
    id: 'margin-loan',
    term: 'Margin loan (borrowed-fund margin)',
    short:
      'Borrowing coins or stablecoins on a spot margin account, against deposited collateral, to trade with leverage.',
    long: 'With a margin loan you hold real assets and owe a real debt. Borrowing stablecoins to buy coins creates a leveraged long; borrowing coins to sell them creates a short. The loan charges interest, and the venue liquidates the account when its margin level falls to the liquidation ratio.',
    related: ['margin-level', 'borrowing-interest', 'collateral', 'contract-margin'],
    lessons: [L3],
  },
  {
    id: 'borrowing-interest',
    term: 'Borrowing interest',
    short: 'The interest charged on a margin loan, usually accrued hourly or daily and added to the debt.',
    long: 'Interest turns time into risk on a margin account: as it accumulates, the debt grows and the liquidation price of a long creeps up. At 0.02% per day, 12,000 USDT of debt accrues 144 USDT in 60 days, moving the liquidation price of a 0.3 BTC long at a 1.1 level from 44,000 to 44,528.',
    related: ['margin-loan', 'margin-level', 'funding-rate'],
    lessons: [L3],
  },
  {
    id: 'collateral',
    term: 'Collateral',
    short:
      'Assets pledged to secure a loan or a leveraged position, which the venue may sell if losses grow.',
    long: 'On a margin account every asset in the account serves as collateral for the loans. On a contract account, the margin is collateral for possible losses. When the value of collateral falls too far relative to what is owed, the venue sells it: that is the forced liquidation.',
    related: ['margin-loan', 'initial-margin'],
    lessons: [L3],
  },
  {
    id: 'contract-margin',
    term: 'Contract margin',
    short:
      'Margin posted for futures or perpetual contracts, guaranteeing that you can pay your losses; nothing is borrowed.',
    long: 'When you trade a futures or perpetual contract, no coins change hands and no loan is made; you and a counterparty settle price differences. The exchange still needs collateral to guarantee that the losing side pays, so contract positions can be liquidated exactly like margin loans.',
    related: ['futures-contract', 'perpetual-contract', 'margin-loan', 'maintenance-margin'],
    lessons: [L4],
  },
  {
    id: 'futures-contract',
    term: 'Futures contract',
    short: 'An agreement to settle the price difference of an asset between now and a set expiry date.',
    long: 'A dated futures contract expires on a fixed date, when positions are settled against an index. Its price can trade above or below spot before expiry. Like perpetuals, futures are traded on margin and can be liquidated when equity falls to the maintenance margin.',
    related: ['perpetual-contract', 'contract-margin'],
    lessons: [L4],
  },
  {
    id: 'perpetual-contract',
    term: 'Perpetual contract',
    short:
      'A futures-like contract with no expiry, kept close to the index price by periodic funding payments.',
    long: 'Perpetual contracts (perps) are the most traded crypto derivatives. Because they never expire, a funding rate paid between longs and shorts every few hours pulls the contract price toward the index. Positions are margined and liquidated on the mark price.',
    related: ['funding-rate', 'futures-contract', 'mark-price'],
    lessons: [L4],
  },
  {
    id: 'linear-contract',
    term: 'Linear contract',
    short:
      'A contract margined and settled in a stablecoin such as USDT, so profit and loss are linear in the price.',
    long: 'In a linear (USDT- or USDC-margined) contract, the quantity is in coins and profit and loss are in the stablecoin: one BTC long gains 1 USDT for every 1 USDT rise. All worked examples in this course are linear unless they say otherwise.',
    related: ['inverse-contract', 'perpetual-contract'],
    lessons: [L4],
  },
  {
    id: 'inverse-contract',
    term: 'Inverse contract',
    short: 'A contract margined and settled in the coin itself, with a fixed dollar value per contract.',
    long: 'In an inverse (coin-margined) contract, each contract is worth a fixed number of dollars and the margin is held in the coin. A long loses twice in a fall: the position loses value and so does the collateral, so inverse longs are liquidated sooner than their linear counterparts at the same leverage.',
    related: ['linear-contract', 'collateral'],
    lessons: [L4],
  },
  {
    id: 'funding-rate',
    term: 'Funding rate',
    short:
      'The periodic rate at which perpetual longs pay shorts (or shorts pay longs), computed on position notional.',
    long: 'Funding keeps a perpetual contract near its index. When the rate is positive, longs pay shorts; when negative, shorts pay longs. A rate of 0.01% every 8 hours costs a 60,000 USDT position 6 USDT per interval — about 10.95% of notional per year, or 109.5% of the margin at 10×. In isolated margin it comes out of the position’s margin.',
    related: ['perpetual-contract', 'mark-price', 'trading-fee'],
    lessons: [L4, L11],
  },
  {
    id: 'mark-price',
    term: 'Mark price',
    short:
      'The fair price an exchange uses to value positions and trigger liquidations, built from the index plus a smoothed premium.',
    long: 'The mark price is designed to ignore brief spikes in one exchange’s order book. Liquidations, unrealized PnL and often stop triggers follow it. It explains why a position can be liquidated when the last price on a chart never touched the liquidation price, and why a deep wick in the last price sometimes liquidates nobody.',
    related: ['last-price', 'index-price', 'liquidation-price'],
    lessons: [L4, L12],
  },
  {
    id: 'last-price',
    term: 'Last price',
    short: 'The price of the most recent trade on a particular exchange’s order book.',
    long: 'The last price is what most charts show. A single large market order in a thin book can move it far for a few seconds, leaving a wick. Because it is easy to push around, exchanges do not liquidate on it; they use the mark price instead.',
    related: ['mark-price', 'index-price', 'slippage'],
    lessons: [L4],
  },
  {
    id: 'index-price',
    term: 'Index price',
    short:
      'An average of an asset’s spot price across several major exchanges, used as the anchor of the mark price.',
    long: 'The index price is computed from spot order books on several venues, often with weights and outlier filters, so that no single exchange can move it. The mark price is the index plus a smoothed premium or discount of the contract.',
    related: ['mark-price', 'last-price'],
    lessons: [L4],
  },
  {
    id: 'isolated-margin',
    term: 'Isolated margin',
    short: 'A margin mode in which only the margin assigned to one position can be lost by that position.',
    long: 'In isolated margin each position has its own collateral. Its liquidation price is closer than in cross margin, but a liquidation cannot touch the rest of the account. Funding and fees are taken from the position’s own margin, which moves its liquidation price over time.',
    related: ['cross-margin', 'initial-margin', 'liquidation-price'],
    lessons: [L4],
  },
  {
    id: 'cross-margin',
    term: 'Cross margin',
    short:
      'A margin mode in which the whole account balance backs every position, including other positions’ gains and losses.',
    long: 'Cross margin pushes the liquidation price further away because more money stands behind each position, but a liquidation can consume nearly the whole account. Other positions matter: their maintenance margin and losses reduce the cushion, so a losing position elsewhere moves every liquidation price closer.',
    related: ['isolated-margin', 'wallet-balance', 'liquidation-price'],
    lessons: [L2, L4],
  },
  {
    id: 'wallet-balance',
    term: 'Wallet balance',
    short: 'The collateral in a futures account excluding unrealized profit and loss of open positions.',
    long: 'Wallet balance is deposits plus realized PnL, minus fees and funding paid. In cross margin it is the WB term of Binance’s liquidation formula: the larger it is compared with the positions, the further away their liquidation prices.',
    related: ['cross-margin', 'realized-pnl', 'equity'],
    lessons: [L4],
  },
  {
    id: 'long-position',
    term: 'Long position',
    short: 'A position that profits when the price rises; its loss is at most its entry value.',
    long: 'A long buys first and sells later. Its unrealized PnL is (price − entry) × quantity. Because the price cannot fall below zero, a long’s loss is bounded; with leverage, however, a fall of 1 ÷ leverage consumes roughly the whole margin.',
    related: ['short-position', 'leverage'],
    lessons: [L6],
  },
  {
    id: 'short-position',
    term: 'Short position',
    short: 'A position that profits when the price falls; its potential loss has no upper limit.',
    long: 'A short sells first and buys back later, either with borrowed coins on a margin account or by opening the sell side of a contract. Its unrealized PnL is (entry − price) × quantity. Its liquidation price lies above the entry — about 4.5% above at 20× with a 0.5% maintenance rate.',
    related: ['long-position', 'short-squeeze', 'liquidation-price'],
    lessons: [L6],
  },
  {
    id: 'short-squeeze',
    term: 'Short squeeze',
    short:
      'A sharp rise driven largely by short sellers forced to buy back through stop-losses and liquidations.',
    long: 'Every short must eventually buy. When the price rises through a level where many shorts keep their stops, those stops fire as market buys, pushing the price into the liquidation prices of leveraged shorts, whose forced closes are more market buys. Squeezes are especially likely after a break to a new high.',
    related: ['short-position', 'liquidation-cascade', 'all-time-high'],
    lessons: [L6],
  },
  {
    id: 'all-time-high',
    term: 'All-time high (new high)',
    short:
      'The highest price an asset has ever traded at; breaking it leaves no earlier buyers waiting to sell at break-even.',
    long: 'Above a previous high there are no holders who bought higher and want to get out even, so rising prices meet less supply. Shorts often cluster their stops just above the old high, and record prices tempt new leveraged shorts — the ingredients of a short squeeze.',
    related: ['short-squeeze', 'support-and-resistance'],
    lessons: [L6],
  },
  {
    id: 'liquidation-cascade',
    term: 'Liquidation cascade',
    short: 'A chain reaction in which forced closes move the price into further liquidation prices.',
    long: 'Liquidations are market orders: long liquidations sell, short liquidations buy. When many leveraged positions have liquidation prices close together, each forced close pushes the price toward the next ones. A cascade ends when the forced orders are exhausted, often with a sharp reversal.',
    related: ['short-squeeze', 'forced-liquidation', 'slippage'],
    lessons: [L6, L12],
  },
  {
    id: 'stop-loss',
    term: 'Stop-loss',
    short:
      'An order that closes a position automatically when the price reaches a level you chose in advance.',
    long: 'A stop-loss records your exit decision while you are calm and carries it out when you might not be. For a long it sits below the entry, for a short above it, and in both cases it must lie between the entry and the liquidation price or it will never fire. It limits the loss to the stop distance times the quantity, plus fees and slippage.',
    related: ['stop-market-order', 'stop-limit-order', 'stop-distance', 'take-profit'],
    lessons: [L7, L9, L12],
  },
  {
    id: 'stop-market-order',
    term: 'Stop-market order',
    short: 'A stop order that sends a market order when triggered: the exit is certain, the price is not.',
    long: 'When its trigger is reached, a stop-market order closes the position at the best prices available in the book. In a fast or gapping market the fill can be worse than the trigger; that difference is slippage. For protective stops it is usually preferred because it does close the position.',
    related: ['stop-loss', 'stop-limit-order', 'slippage'],
    lessons: [L7],
  },
  {
    id: 'stop-limit-order',
    term: 'Stop-limit order',
    short:
      'A stop order that places a limit order when triggered: the price is bounded, but the order may not fill.',
    long: 'A stop-limit order will not sell below (or buy above) its limit. If the market jumps through the limit, the order rests unfilled and the position stays open, possibly all the way to its liquidation price. It suits entries better than protective exits.',
    related: ['stop-loss', 'stop-market-order', 'price-gap'],
    lessons: [L7],
  },
  {
    id: 'slippage',
    term: 'Slippage',
    short:
      'The difference between the price you expected, such as a stop trigger, and the price at which the order filled.',
    long: 'Slippage comes from a thin order book or a fast market: a market order eats through several price levels. A stop at 57,000 that fills at 56,700 has 300 USDT of slippage per bitcoin. Plan for some slippage when sizing a position; liquidation engines face it too, which is why maintenance margin exists.',
    related: ['price-gap', 'stop-market-order', 'last-price'],
    lessons: [L7],
  },
  {
    id: 'price-gap',
    term: 'Price gap',
    short:
      'A jump in which the price moves from one level to another without trading at the prices in between.',
    long: 'Gaps happen after sudden news, in thin markets or when large orders sweep the book. Orders with triggers inside the gap are filled at the first available price after it, not at their trigger. A gap can carry a price past both a stop and a liquidation price in one step.',
    related: ['slippage', 'stop-limit-order'],
    lessons: [L7],
  },
  {
    id: 'take-profit',
    term: 'Take-profit order',
    short: 'An order that closes a winning position when the price reaches a target level.',
    long: 'A take-profit is the mirror image of a stop-loss: it books a planned gain. It is optional in a risk plan, whereas the stop-loss is not. Both are often attached to a position as reduce-only orders.',
    related: ['stop-loss', 'reduce-only-order'],
    lessons: [L7],
  },
  {
    id: 'reduce-only-order',
    term: 'Reduce-only order',
    short: 'An order flag ensuring the order can only shrink an existing position, never open or flip one.',
    long: 'Stops and take-profits should be reduce-only. Without the flag, a stop for a position you already closed by hand could open a new position in the opposite direction when it triggers — a common surprise during hectic markets.',
    related: ['stop-loss', 'take-profit'],
    lessons: [L7],
  },
  {
    id: 'trend',
    term: 'Trend',
    short:
      'A persistent direction in price, seen as higher highs and higher lows (up) or lower highs and lower lows (down).',
    long: 'In a trend, a trade in the trend’s direction that is correct tends to move away from its stop. Trends are judged on a chosen time frame: a market can trend on the daily chart and range on the hourly one. Trading with a clear trend is one of the calm-entry habits of lesson 8.',
    related: ['ranging-market', 'support-and-resistance'],
    lessons: [L8],
  },
  {
    id: 'ranging-market',
    term: 'Ranging market',
    short:
      'A market moving sideways between a floor and a ceiling, with frequent reversals in both directions.',
    long: 'In a range, swings of the same size happen in both directions and reverse quickly. Stops placed inside those swings are hit repeatedly (whipsaws), and the losses add up. A range ends with a breakout, which is itself a common time for stops to be swept.',
    related: ['trend', 'support-and-resistance', 'market-noise'],
    lessons: [L8],
  },
  {
    id: 'support-and-resistance',
    term: 'Support and resistance',
    short: 'Price areas where falls (support) or rises (resistance) have repeatedly stalled in the past.',
    long: 'Support and resistance mark where buyers or sellers have tended to appear. They are zones, not exact lines. A protective stop for a long usually belongs beyond a support level and outside the volatility band, so that only a genuine break of the level reaches it.',
    related: ['trend', 'ranging-market', 'volatility-band'],
    lessons: [L8, L9],
  },
  {
    id: 'volatility',
    term: 'Volatility',
    short: 'How much a price typically moves, usually the standard deviation of returns quoted per year.',
    long: 'Volatility scales with the square root of time: an annual volatility of 60% corresponds to about 3.14% per day and 0.64% per hour. It changes over time, rising around news and after sharp moves. Higher volatility means wider stops and, for the same risk, smaller positions.',
    related: ['volatility-band', 'average-true-range', 'market-noise'],
    lessons: [L9],
  },
  {
    id: 'volatility-band',
    term: 'Volatility band',
    short:
      'The range the price ordinarily wanders through over your holding period; stops inside it are hit by noise.',
    long: 'The volatility band can be measured with ATR (for example ±1.5 to 2 ATR) or with standard deviations over the holding period. In a random-walk model a stop one standard deviation away is touched about 31.7% of the time within the period, two standard deviations about 4.6%. Stops belong outside the band.',
    related: ['volatility', 'average-true-range', 'market-noise', 'stop-loss'],
    lessons: [L9],
  },
  {
    id: 'average-true-range',
    term: 'Average true range (ATR)',
    short:
      'The average size of recent candles’ full ranges, including gaps from the previous close, in price units.',
    long: 'ATR over N candles (often 14) tells you how far the price typically travels in one candle of that time frame. A 1-hour ATR of 450 USDT suggests that a stop 300 USDT away will be touched by ordinary movement. Stops are often placed 1.5 to 3 ATR from the entry, beyond nearby support or resistance.',
    related: ['volatility', 'volatility-band'],
    lessons: [L9],
  },
  {
    id: 'market-noise',
    term: 'Market noise',
    short:
      'The ordinary, directionless back-and-forth of price that carries no information about your trade idea.',
    long: 'Noise is the price movement that happens even when nothing changes. A stop placed within the range of noise measures nothing about whether the trade idea was right; it mostly measures bad luck. Telling noise from a meaningful move is the purpose of the volatility band.',
    related: ['volatility-band', 'ranging-market'],
    lessons: [L9],
  },
  {
    id: 'position-size',
    term: 'Position size',
    short: 'The quantity of a position, chosen so that a stop-out costs no more than the risk per trade.',
    long: 'Position size follows from three inputs: the risk amount (account × risk per trade), the stop distance, and fees: quantity = risk ÷ (stop distance + fees per unit). With 10,000 USDT, 1% risk and a 1,000 USDT stop distance the size is 0.1 BTC before fees. Leverage is chosen afterwards.',
    related: ['risk-per-trade', 'stop-distance', 'effective-leverage'],
    lessons: [L10],
  },
  {
    id: 'risk-per-trade',
    term: 'Risk per trade',
    short:
      'The share of the account you accept losing if a trade reaches its stop, decided before the trade.',
    long: 'Risk-management texts commonly cite 0.5% to 2%; this course uses 1% in examples without recommending any figure. The point is that the loss at the stop is fixed in advance, so a losing streak shrinks the account gradually: ten 1% losses leave about 90.4% of it, ten 10% losses about 34.9%.',
    related: ['position-size', 'stop-distance', 'drawdown'],
    lessons: [L10],
  },
  {
    id: 'stop-distance',
    term: 'Stop distance',
    short: 'The price distance between a position’s entry and its stop-loss.',
    long: 'The stop distance times the quantity is the planned loss before fees and slippage. Sizing divides the risk amount by the stop distance (plus fees per unit), so a wider stop means a smaller position for the same risk.',
    related: ['position-size', 'stop-loss', 'risk-per-trade'],
    lessons: [L10],
  },
  {
    id: 'effective-leverage',
    term: 'Effective leverage',
    short: 'The total notional value of your open positions divided by your whole account equity.',
    long: 'Effective leverage describes the real exposure of an account, whatever leverage setting the exchange screen shows. A 0.1 BTC position at 60,000 on a 10,000 USDT account has an effective leverage of 0.6×, even if it was opened at 10×. Position sizing keeps effective leverage low.',
    related: ['leverage', 'position-size', 'notional-value'],
    lessons: [L1, L10],
  },
  {
    id: 'drawdown',
    term: 'Drawdown',
    short: 'The fall of an account from its previous peak, usually in percent.',
    long: 'Drawdown measures how deep a losing streak has taken an account. Recovery is asymmetric: a 10% drawdown needs about an 11.1% gain to recover, a 50% drawdown needs 100%. Small risk per trade keeps drawdowns shallow enough to recover from.',
    related: ['risk-per-trade', 'position-size'],
    lessons: [L7, L8, L10],
  },
  {
    id: 'trading-fee',
    term: 'Trading fee',
    short: 'The exchange’s charge on each trade, a percentage of notional value.',
    long: 'Fees are charged on notional, not on margin, so at high leverage they are a large share of the deposit: a 60 USDT round trip on a 60,000 notional is 1% of a 6,000 margin. They also raise the break-even price: with 0.05% each way a long at 60,000 breaks even at about 60,060.03.',
    related: ['maker-and-taker', 'funding-rate', 'liquidation-fee'],
    lessons: [L7, L11],
  },
  {
    id: 'maker-and-taker',
    term: 'Maker and taker',
    short:
      'The two roles in a trade: a maker’s order rests in the book, a taker’s order fills at once against it.',
    long: 'Makers add liquidity and usually pay a lower fee (0.02% in our examples); takers remove it and pay more (0.05%). Stop-market orders and liquidations are taker orders.',
    related: ['trading-fee', 'market-order'],
    lessons: [L11],
  },
  {
    id: 'market-order',
    term: 'Market order',
    short: 'An order to buy or sell immediately at the best prices available in the order book.',
    long: 'A market order guarantees execution but not price. Large market orders in thin books suffer slippage and can leave wicks in the last price. Stop-market orders, forced liquidations and short squeezes are all made of market orders.',
    related: ['slippage', 'maker-and-taker', 'stop-market-order'],
    lessons: [L7, L11],
  },
  {
    id: 'liquidation-fee',
    term: 'Liquidation fee',
    short: 'A charge some venues levy on a liquidated position, on top of losing its remaining margin.',
    long: 'Venues differ: some charge an explicit liquidation (clearance) fee on the liquidated notional, others keep the difference between the liquidation engine’s fill and the bankruptcy price. Either way it reduces the residual balance, usually to zero for isolated contract positions.',
    related: ['residual-balance', 'insurance-fund', 'trading-fee'],
    lessons: [L11],
  },
  {
    id: 'insurance-fund',
    term: 'Insurance fund',
    short: 'A pool kept by an exchange to pay for liquidations that end below zero equity.',
    long: 'The fund grows from liquidation surpluses and pays the shortfall when a liquidated position is closed beyond its bankruptcy price, so that winning traders receive their full profit. When a shortfall exceeds the fund, the exchange falls back on auto-deleveraging.',
    related: ['auto-deleveraging', 'bankruptcy-price', 'liquidation-fee'],
    lessons: [L2, L11],
  },
  {
    id: 'auto-deleveraging',
    term: 'Auto-deleveraging (ADL)',
    short:
      'A last-resort mechanism that closes profitable opposite positions to cover a loss the insurance fund cannot.',
    long: 'When a bankrupt position cannot be closed in the market without a shortfall the insurance fund can pay, the exchange matches it against traders on the opposite side, ranked by profit and leverage, at the bankruptcy price. They keep their profit up to that price but lose the position. Interfaces show your place in the ADL queue.',
    related: ['insurance-fund', 'bankruptcy-price'],
    lessons: [L11],
  },
  {
    id: 'partial-liquidation',
    term: 'Partial liquidation',
    short:
      'A forced close of only part of a position, typically to bring it into a lower tier with a smaller requirement.',
    long: 'For larger positions several venues first cancel open orders and then reduce the position step by step instead of closing it all at once. Each step pays fees on the part closed. The remainder keeps running with its own, recalculated liquidation price.',
    related: ['margin-tiers', 'forced-liquidation'],
    lessons: [L11],
  },
];

/** The glossary, validated when this module loads: a broken term fails the build, not the page. */
export const glossary: readonly GlossaryTerm[] = glossarySchema.parse(terms);

const byId = new Map(glossary.map((term) => [term.id, term]));

export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return byId.get(id);
}

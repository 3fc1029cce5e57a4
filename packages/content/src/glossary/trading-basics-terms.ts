import type { GlossaryTermInput } from './glossary-schema';
import { L0, L1, L2, L3, L4, L5, L6, L7, L8, L9, L10, L11, L12 } from './lesson-slugs';
import { runningExampleBreakEven } from './running-example-figures';

/**
 * The words the course takes for granted: what someone who has only bought coins in an app meets
 * in the first lessons (spot, USDT, order book, long and short, order types, chart words) and the
 * trading vocabulary of the later ones. `lessons` lists where a lesson links the term.
 */
export const tradingBasicsTerms: GlossaryTermInput[] = [
  {
    id: 'exchange',
    term: 'Exchange (venue)',
    short: 'A marketplace where coins and contracts are traded; this course also calls it a venue.',
    long: 'An exchange matches the orders of buyers and sellers, holds their deposits and, for leveraged products, enforces the margin rules and runs the liquidation engine. Binance, Bybit, OKX, Gate and Hyperliquid are the venues whose published rules this course uses. Each writes its own rules, so the same position can be treated a little differently from one venue to the next.',
    related: ['spot', 'order-book', 'liquidation-engine'],
    lessons: [L0, L1, L2, L3, L4, L5, L7, L8, L10, L11, L12],
  },
  {
    id: 'derivative',
    term: 'Derivative',
    aliases: ['derivatives'],
    short: 'A contract whose value follows the price of something else, such as bitcoin, without owning it.',
    long: 'Futures and perpetual contracts are derivatives: two traders agree to settle the difference as the price moves, and no coin changes hands. Derivatives let you bet on a fall as easily as on a rise and hold a large position with a small deposit (leverage) — which is also why they can be closed by force, unlike a coin bought on spot with your own money.',
    related: ['spot', 'perpetual-contract', 'futures-contract'],
    lessons: [L0],
  },
  {
    id: 'spot',
    term: 'Spot',
    short:
      'Buying or selling the coin itself for immediate delivery, as opposed to trading a contract on its price.',
    long: 'On the spot market you pay the full price and the coin is yours: buy 1 BTC at 60,000 USDT and you hand over 60,000 USDT. Nobody can force you to sell a coin you bought spot with your own money. The spot price is the price of that market; the index price that anchors contracts is an average of spot prices on several exchanges.',
    related: ['exchange', 'futures-contract', 'index-price'],
    lessons: [L0, L1, L2, L3, L4, L6],
  },
  {
    id: 'stablecoin',
    term: 'Stablecoin',
    short: 'A crypto token designed to stay worth one unit of a currency, usually one US dollar.',
    long: 'A stablecoin lets traders hold a dollar-like balance on an exchange without leaving crypto. Most are backed by reserves held by the issuer. A stablecoin can briefly trade away from its target in a crisis, so it is close to a dollar, not identical to one. USDT and USDC are the best known.',
    related: ['usdt', 'linear-contract'],
    lessons: [L0, L1, L3, L4, L11],
  },
  {
    id: 'usdt',
    term: 'USDT',
    aliases: ['Tether'],
    short:
      'Tether’s US-dollar stablecoin, the unit in which most crypto prices, margins and profits are quoted.',
    long: 'Prices in this course are written in USDT: “60,000 USDT” means about 60,000 US dollars. Linear contracts are margined and settled in USDT, so a 1 USDT rise in the price gives a 1 BTC long 1 USDT of profit. Treat 1 USDT as roughly one dollar, while remembering that it is a token issued by a company.',
    related: ['stablecoin', 'linear-contract', 'base-and-quote-asset'],
    lessons: [L0, L1, L2, L3, L4, L5, L6, L7, L8, L9, L10, L11, L12],
  },
  {
    id: 'base-and-quote-asset',
    term: 'Base and quote asset',
    aliases: ['base asset', 'quote asset', 'quote currency'],
    short:
      'In a pair such as BTC/USDT, the base asset (BTC) is what you trade and the quote asset (USDT) is what its price is counted in.',
    long: 'A price of 60,000 on BTC/USDT means one unit of the base asset costs 60,000 units of the quote asset. Quantities are counted in the base asset (0.1 BTC), while margin, fees and profit on a linear contract are counted in the quote asset. On a margin account you can borrow either one: the quote to go long, the base to go short.',
    related: ['usdt', 'margin-loan', 'notional-value'],
    lessons: [L3],
  },
  {
    id: 'position',
    term: 'Position',
    short:
      'What you hold in a market after a trade is opened and before it is closed: a side, a quantity and an entry price.',
    long: 'Opening a position means starting exposure to a price; closing it ends that exposure and books the profit or loss. A leveraged position also has margin behind it, and therefore a liquidation price. Its size is its quantity, or its notional value in the quote currency.',
    related: ['long-position', 'short-position', 'notional-value'],
    lessons: [L0, L1, L2, L3, L4, L5, L6, L7, L8, L9, L10, L11, L12],
  },
  {
    id: 'margin',
    term: 'Margin',
    short: 'Your own money set aside behind a leveraged position, which absorbs its losses.',
    long: 'Margin is the deposit that stands between a position’s losses and the exchange. You post initial margin to open; the position must keep at least the maintenance margin to stay open. When losses eat the margin down to that line, the position is liquidated. The word also names the whole way of trading with deposits instead of full payment: trading on margin.',
    related: ['initial-margin', 'maintenance-margin', 'leverage'],
    lessons: [L1, L2, L3, L4, L5, L6, L7, L10, L11, L12],
  },
  {
    id: 'pnl',
    term: 'PnL',
    short: 'Short for profit and loss: what a position has gained or lost, in money.',
    long: 'Exchanges show PnL for every position, split into unrealized PnL (open positions, valued at the current price) and realized PnL (booked when you close). A percentage next to it is usually the return on margin, which is why it swings so much at high leverage.',
    related: ['unrealized-pnl', 'realized-pnl', 'roe'],
    lessons: [L1],
  },
  {
    id: 'roe',
    term: 'ROE (return on equity)',
    aliases: ['return on margin', 'PnL %'],
    short: 'A position’s profit or loss as a percentage of its margin rather than of its notional value.',
    long: 'ROE is what many exchange screens show next to a position: PnL divided by the initial margin. Because margin is notional ÷ leverage, ROE is the price change times the leverage: a 3% move is 30% ROE at 10×. It describes how fast your deposit grows or shrinks, not how far the market moved.',
    related: ['pnl', 'leverage', 'initial-margin'],
    lessons: [L1],
  },
  {
    id: 'order-book',
    term: 'Order book',
    aliases: ['book'],
    short: 'The list of buy and sell orders waiting on an exchange, each at its own price.',
    long: 'The order book holds bids (offers to buy) below the current price and asks (offers to sell) above it. A market order is filled against the orders at the top of the book and, if it is large, further down. A thin book, with little waiting at each price, lets a big order move the price far, which is where slippage and wicks come from.',
    related: ['market-order', 'limit-order', 'slippage'],
    lessons: [L0, L2, L4, L7, L11],
  },
  {
    id: 'limit-order',
    term: 'Limit order',
    short:
      'An order to buy or sell only at a price you set or better; it waits in the order book until it can fill.',
    long: 'A buy limit at 59,000 fills only at 59,000 or lower, so the price is controlled but the fill is not guaranteed. While it waits, a limit order rests in the book and usually pays the lower maker fee. A stop-limit order places a limit order when its trigger is reached.',
    related: ['market-order', 'order-book', 'stop-limit-order'],
    lessons: [L0, L7],
  },
  {
    id: 'wick',
    term: 'Wick',
    short:
      'The thin line above or below a chart candle showing how far the price briefly reached before it came back.',
    long: 'A long wick means the last price touched a level for a moment and did not stay there, often because a large order swept a thin order book. Because liquidations follow the mark price, a wick on the chart does not always liquidate positions whose liquidation price it crossed, and a position can be liquidated without a visible wick.',
    related: ['last-price', 'mark-price', 'candle'],
    lessons: [L0, L4],
  },
  {
    id: 'candle',
    term: 'Candle (candlestick)',
    short:
      'One bar of a price chart, showing the opening, highest, lowest and closing price over a fixed period.',
    long: 'Each candle covers one period of the chosen time frame, for example one hour. Its body spans the open and the close; its wicks reach the high and the low. Indicators such as the average true range are computed from a run of candles.',
    related: ['wick', 'time-frame', 'average-true-range'],
    lessons: [L8, L9],
  },
  {
    id: 'time-frame',
    term: 'Time frame',
    short:
      'The period each candle of a chart covers, such as one hour or one day, and so the scale at which you read the market.',
    long: 'The same market can trend on the daily chart and move sideways on the hourly one, so a statement about trend, range or volatility needs its time frame. Choose the time frame that matches how long you plan to hold the position.',
    related: ['candle', 'trend', 'ranging-market'],
    lessons: [L8],
  },
  {
    id: 'swing-high-and-low',
    term: 'Swing high and swing low',
    aliases: ['swing high', 'swing low'],
    short:
      'A swing high is a peak with lower prices on both sides of it; a swing low is a trough with higher prices on both sides.',
    long: 'Swing highs and lows are the turning points of a chart. Rising swing highs and lows mark an uptrend, falling ones a downtrend, and overlapping ones a range. A protective stop for a long often sits just below a recent swing low, where the trade idea would clearly be wrong.',
    related: ['trend', 'support-and-resistance'],
    lessons: [L8, L9],
  },
  {
    id: 'whipsaw',
    term: 'Whipsaw',
    short:
      'A quick move one way and then back, which stops out positions on both sides before the market settles.',
    long: 'Whipsaws are typical of ranging markets. A trader whose stops sit inside the ordinary swings is closed at a loss, sees the price return, re-enters and is closed again. Each stop-out is small, but together they drain the account.',
    related: ['ranging-market', 'market-noise', 'stop-loss'],
    lessons: [L8],
  },
  {
    id: 'win-rate',
    term: 'Win rate',
    short: 'The share of trades that end in a profit.',
    long: 'A win rate means little on its own: a strategy that wins 40% of the time can make money if its winners are much larger than its losers, and one that wins 70% can lose money if its few losses are large. Judge it together with the average win and loss, measured in R.',
    related: ['r-multiple', 'risk-per-trade'],
    lessons: [L8],
  },
  {
    id: 'r-multiple',
    term: 'R (risk unit)',
    short:
      'The amount a trade is planned to lose at its stop, used as a unit: a win of 2R is twice the planned loss.',
    long: 'Measuring results in R makes trades of different sizes comparable. A trade that risked 100 USDT and made 250 USDT returned 2.5R; a stop-out is −1R plus fees and slippage. Expected results per trade are then win rate × average win in R minus loss rate × 1R.',
    related: ['win-rate', 'risk-per-trade', 'stop-distance'],
    lessons: [L8],
  },
  {
    id: 'standard-deviation',
    term: 'Standard deviation',
    short:
      'A measure of how widely values spread around their average; for prices, the size of a typical move.',
    long: 'Volatility is the standard deviation of returns. If returns were normally distributed, about two thirds of moves would stay within one standard deviation and about 95% within two. Real crypto returns have more large moves than that, so the figures are a guide, not a promise.',
    related: ['volatility', 'normal-distribution', 'volatility-band'],
    lessons: [L9],
  },
  {
    id: 'normal-distribution',
    term: 'Normal distribution',
    short:
      'The bell-shaped curve of chance in which small deviations from the average are common and large ones rare.',
    long: 'Many simple price models assume that returns follow a normal distribution. Its distribution function, written Φ, gives the probability of a value below a given number of standard deviations. Markets break the assumption in crashes: large moves happen far more often than the bell curve says.',
    related: ['standard-deviation', 'fat-tails', 'random-walk'],
    lessons: [L9],
  },
  {
    id: 'random-walk',
    term: 'Random walk',
    short: 'A model in which each price step is random and independent of the previous ones.',
    long: 'A random walk without drift has no tendency to go up or down; it simply wanders, and how far it tends to wander grows with the square root of time. It is the model behind the touch probabilities of the volatility band: useful for a sense of scale, not a description of how real markets behave in a panic.',
    related: ['volatility', 'standard-deviation', 'market-noise'],
    lessons: [L9],
  },
  {
    id: 'fat-tails',
    term: 'Fat tails',
    aliases: ['fatter tails'],
    short:
      'The tendency of real price changes to include many more extreme moves than a normal distribution predicts.',
    long: 'Crypto prices have fat tails: days with a 10% or 20% move occur far more often than a bell curve would allow. Any figure computed from a normal model, such as the chance that a stop is touched, therefore understates how often very large moves arrive.',
    related: ['normal-distribution', 'volatility', 'price-gap'],
    lessons: [L9],
  },
  {
    id: 'break-even-price',
    term: 'Break-even price',
    aliases: ['breaks even'],
    short: 'The exit price at which a position, after paying its fees, neither gains nor loses.',
    long: `Fees move the break-even price away from the entry. A long bought at 60,000 and closed with a 0.05% taker fee on each side breaks even only at ${runningExampleBreakEven()}, so a position that returns to its entry price has lost the fees.`,
    related: ['trading-fee', 'round-trip'],
    lessons: [L11],
  },
  {
    id: 'round-trip',
    term: 'Round trip',
    short: 'Opening a position and closing it again; its cost is the fee on both trades together.',
    long: 'A round trip pays two fees, one on the notional value at entry and one at exit. For 1 BTC at 60,000 with a 0.05% taker fee on each side, the round trip costs about 60 USDT, which is 1% of the margin at 10× leverage.',
    related: ['trading-fee', 'break-even-price'],
    lessons: [L8, L11],
  },
  {
    id: 'liquidation-engine',
    term: 'Liquidation engine',
    short:
      'The exchange’s automatic system that takes over and closes positions that reached their liquidation price.',
    long: 'The liquidation engine watches every position against the mark price. When one reaches its liquidation price, the engine cancels its orders, closes all or part of it with market orders and settles the result against the insurance fund. It does not wait for the owner, and its fills suffer slippage like any other market order.',
    related: ['forced-liquidation', 'insurance-fund', 'partial-liquidation'],
    lessons: [L2, L7, L11, L12],
  },
  {
    id: 'one-way-mode',
    term: 'One-way mode',
    aliases: ['hedge mode'],
    short:
      'The position mode in which a contract account holds one net position per contract, long or short but not both.',
    long: 'In one-way mode a sell order reduces a long before it opens a short. Hedge mode instead keeps a long and a short in the same contract side by side, each with its own margin and liquidation price. The formulas in this course are written for one-way mode.',
    related: ['long-position', 'short-position', 'hedge'],
    lessons: [L5],
  },
  {
    id: 'hedge',
    term: 'Hedge',
    short: 'A second position opened to offset the risk of a first, such as a short against a long.',
    long: 'A hedge reduces how much a price move changes your account, but it costs fees and, on margin, needs margin of its own. Opened in panic, in the same cross-margin account, it often adds costs and confusion without removing the original problem.',
    related: ['short-position', 'cross-margin', 'one-way-mode'],
    lessons: [L12],
  },
  {
    id: 'averaging-down',
    term: 'Averaging down',
    short:
      'Adding to a losing position at a worse price, so that its average entry price moves toward the market.',
    long: 'Averaging down lowers the average entry of a long (or raises a short’s), which looks like progress, but it enlarges the bet that is currently failing. Each further move against you now costs more, and with leverage the liquidation price comes closer.',
    related: ['position-size', 'liquidation-price', 'revenge-trading'],
    lessons: [L12],
  },
  {
    id: 'revenge-trading',
    term: 'Revenge trading',
    short: 'Opening a new trade straight after a loss in order to win the money back quickly.',
    long: 'Revenge trades are reactions, not plans: they are usually larger, more leveraged and placed without a clear stop. They are a common way for one liquidation to be followed by another. A written rule to pause after a loss is the usual defence.',
    related: ['averaging-down', 'risk-per-trade', 'drawdown'],
    lessons: [L12],
  },
];

import { type CaseStudy, caseStudySchema } from './case-study-schema';

/**
 * Real crashes, told from published reports. Every price a reconstruction draws is a cited fact; where a
 * source gives only a window or a day for it, the point's time is marked approximate. Reports of the
 * same event disagree (each venue had its own low, and data firms count liquidations differently), so
 * each figure names who reported it. The wording is ours; no source is quoted.
 */
const CASE_STUDIES_DATA: CaseStudy[] = [
  {
    id: 'black-thursday-2020',
    title: 'Black Thursday: 12–13 March 2020',
    date: '2020-03-12',
    asset: 'BTC',
    story: [
      'As the pandemic sent stock markets into their steepest fall since 1987, bitcoin fell in two waves about thirteen hours apart. The first wave was fast but orderly. The second came late in the evening (UTC) and broke the market: buyers stepped away, and each forced sale pushed the price lower for the next one.',
      'On BitMEX, then the largest venue for leveraged bitcoin, long positions were closed by the liquidation engine faster than the thin order book could absorb them. Within a day bitcoin had lost about half its value, then won back a large part of it.',
    ],
    sources: [
      {
        id: 'btcmex-black-thursday',
        publisher: 'BTCMEX blog',
        title: 'Black Thursday: What Actually Happened to Bitcoin',
        url: 'https://blog.btcmex.com/black-thursday-what-actually-happened-to-bitcoin/',
      },
      {
        id: 'cryptoglobe-bitmex-liquidations',
        publisher: 'CryptoGlobe',
        title: "Bitcoin's Crash Led to Over $1.6 Billion in Liquidations on BitMEX",
        url: 'https://cryptoglobe.com/latest/2020/03/bitcoins-crash-led-to-over-1-6-billion-in-liquidations-on-bitmex',
        published: '2020-03-13',
      },
    ],
    facts: [
      {
        id: 'before-first-wave',
        text: 'Bitcoin stood near $7,300 before the first wave, around 10:00 UTC on 12 March.',
        price: '7300',
        source: 'btcmex-black-thursday',
      },
      {
        id: 'first-wave-low',
        text: 'The first wave, between about 10:00 and 11:00 UTC, took the price down to $5,690.',
        price: '5690',
        source: 'btcmex-black-thursday',
      },
      {
        id: 'before-second-wave',
        text: 'Around 23:00 UTC the price was back near $5,800, just before the second wave.',
        price: '5800',
        source: 'btcmex-black-thursday',
      },
      {
        id: 'second-wave-low',
        text: 'The second wave, from 23:00 UTC on the 12th to 02:15 UTC on the 13th, reached a low of $3,900.',
        price: '3900',
        source: 'btcmex-black-thursday',
      },
      {
        id: 'rebound',
        text: 'Later on 13 March the price was back above $5,500.',
        price: '5500',
        source: 'cryptoglobe-bitmex-liquidations',
      },
      {
        id: 'bitmex-liquidations',
        text: 'BitMEX alone liquidated more than $1.6 billion of positions over the two days, $1.17 billion of it long positions on 12 March (Datamish data, as reported by CryptoGlobe).',
        source: 'cryptoglobe-bitmex-liquidations',
      },
    ],
    reconstruction: [
      { at: '2020-03-12T10:00Z', fact: 'before-first-wave', approximateTime: true },
      { at: '2020-03-12T11:00Z', fact: 'first-wave-low', approximateTime: true },
      { at: '2020-03-12T23:00Z', fact: 'before-second-wave', approximateTime: false },
      { at: '2020-03-13T02:15Z', fact: 'second-wave-low', approximateTime: false },
      { at: '2020-03-13T12:00Z', fact: 'rebound', approximateTime: true },
    ],
    lessons: ['margin-exhaustion-and-forced-liquidation', 'during-a-liquidation-event'],
  },
  {
    id: 'may-19-2021',
    title: 'The 19 May 2021 crash',
    date: '2021-05-19',
    asset: 'BTC',
    story: [
      'A month after its April record, bitcoin was already falling on news from China and on Elon Musk turning against it. On 19 May the fall became a rout: after breaking below $40,000 around midday (UTC), the price dropped about a quarter in a few hours as long positions were liquidated one after another, and several large exchanges slowed down or paused withdrawals.',
      'By the next day much of the drop was recovered. Traders who had only bought bitcoin lost nothing they had not already lost on paper; leveraged longs that touched their liquidation price lost their whole margin.',
    ],
    sources: [
      {
        id: 'mlmrehab-overnight',
        publisher: 'mlmrehab.com (market report)',
        title: 'Overnight Wealth Evaporates as Crypto Markets Collapse',
        url: 'https://www.mlmrehab.com/1564.html',
      },
      {
        id: 'mtwwr-30500',
        publisher: 'mtwwr.com (market report)',
        title: 'Bitcoin Plummets to $30,500 Amid Market-Wide Crypto Sell-Off',
        url: 'https://www.mtwwr.com/3541.html',
      },
      {
        id: 'newsbreak-bybt',
        publisher: 'NewsBreak',
        title: 'Mastercard Exec Shares Thoughts on Crypto Rewards, Stablecoin and CBDC Plans',
        url: 'https://www.newsbreak.com/news/2263120909471/mastercard-exec-shares-thoughts-on-crypto-rewards-stablecoin-and-cbdc-plans',
      },
    ],
    facts: [
      {
        id: 'late-morning',
        text: 'At 11:07 UTC on 19 May bitcoin was about 11% down on the day and only just above $40,000.',
        price: '40000',
        source: 'mlmrehab-overnight',
      },
      {
        id: 'bitstamp-low',
        text: 'Bitstamp printed a low of $30,500 that day, close to 30% below its level 24 hours earlier; other venues printed lower lows.',
        price: '30500',
        source: 'mtwwr-30500',
      },
      {
        id: 'next-day',
        text: 'By 20 May bitcoin had climbed back to about $40,000.',
        price: '40000',
        source: 'mlmrehab-overnight',
      },
      {
        id: 'coinglass-total',
        text: 'CoinGlass counted about $5.92 billion of positions liquidated over 24 hours, across nearly 480,000 traders.',
        source: 'mtwwr-30500',
      },
      {
        id: 'bybt-total',
        text: 'Bybt (CoinGlass’s former name) reported more than $8.6 billion liquidated on 19 May: totals depend on the window and on which venues report.',
        source: 'newsbreak-bybt',
      },
    ],
    reconstruction: [
      { at: '2021-05-19T11:07Z', fact: 'late-morning', approximateTime: false },
      { at: '2021-05-19T14:00Z', fact: 'bitstamp-low', approximateTime: true },
      { at: '2021-05-20T12:00Z', fact: 'next-day', approximateTime: true },
    ],
    lessons: ['margin-exhaustion-and-forced-liquidation', 'the-volatility-band'],
  },
  {
    id: 'ftx-collapse-2022',
    title: 'The FTX collapse: November 2022',
    date: '2022-11-08',
    asset: 'BTC',
    story: [
      'FTX, then one of the largest exchanges, ran out of money to pay its customers after a report questioned its balance sheet and a rival said it would sell its FTX tokens. Withdrawals froze, and FTX filed for bankruptcy on 11 November.',
      'Unlike a flash crash, this one took days: bitcoin fell about 11% on 8 November and another 13% on 9 November, then kept sliding to a two-year low two weeks later. A slow fall gives time to act, but a leveraged long left alone is liquidated just the same; and money held on a failing exchange can be lost whatever the position does.',
    ],
    sources: [
      {
        id: 'socialbites-ftx',
        publisher: 'Socialbites',
        title: 'Bitcoin fell to its lowest level in months: what happened with FTX',
        url: 'https://socialbites.ca/business/116157.html',
      },
      {
        id: 'coindesk-first-mover-2022-11-22',
        publisher: 'CoinDesk',
        title: 'First Mover Americas: Bitcoin Drops as FTX Fallout Spreads',
        url: 'https://dev.coindesk.com/zh/markets/2022/11/22/first-mover-americas-bitcoin-drops-as-ftx-fallout-spreads',
        published: '2022-11-22',
      },
    ],
    facts: [
      {
        id: 'week-before',
        text: 'The week before the collapse, bitcoin traded above $21,000.',
        price: '21000',
        source: 'socialbites-ftx',
      },
      {
        id: 'november-10-low',
        text: 'On the night of 9–10 November bitcoin fell to about $15,600, its lowest in months.',
        price: '15600',
        source: 'socialbites-ftx',
      },
      {
        id: 'two-year-low',
        text: 'On 22 November, as the fallout spread to other crypto lenders, bitcoin set a two-year low of $15,480 (CoinDesk data).',
        price: '15480',
        source: 'coindesk-first-mover-2022-11-22',
      },
      {
        id: 'coinglass-daily',
        text: 'CoinGlass reported more than $717 million of positions liquidated in one day, across nearly 330,000 positions.',
        source: 'socialbites-ftx',
      },
    ],
    reconstruction: [
      { at: '2022-11-06T00:00Z', fact: 'week-before', approximateTime: true },
      { at: '2022-11-09T23:00Z', fact: 'november-10-low', approximateTime: true },
      { at: '2022-11-22T11:00Z', fact: 'two-year-low', approximateTime: true },
    ],
    lessons: ['opening-calmly', 'fees-funding-and-the-insurance-fund'],
  },
  {
    id: 'october-10-2025',
    title: 'The 10 October 2025 liquidation cascade',
    date: '2025-10-10',
    asset: 'BTC',
    story: [
      'Bitcoin had set a new record a few days earlier, and traders held a record amount of leveraged longs. On Friday 10 October a US announcement of 100% tariffs on Chinese imports turned markets. Late that evening (UTC), on thin weekend liquidity, a cascade of forced sales liquidated billions of dollars of positions within an hour.',
      'Each venue printed its own low, because each venue’s last price is set by its own order book: reports range from about $102,000 to about $105,000 for bitcoin, and some smaller coins briefly lost more than half their value. Liquidation follows each venue’s mark price, which is built from several venues and fell less than the deepest prints.',
    ],
    sources: [
      {
        id: 'ainvest-19b',
        publisher: 'AInvest',
        title: "Trump Tariffs Expose Crypto's Leverage Crisis: $19B Liquidated in Historic Collapse",
        url: 'https://www.ainvest.com/news/bitcoin-news-today-trump-tariffs-expose-crypto-leverage-crisis-19b-liquidated-historic-collapse-2510',
        published: '2025-10-11',
      },
      {
        id: 'amberdata-timeline',
        publisher: 'Binance Square (summary of Amberdata and CoinGlass data)',
        title: 'What happened on Oct 10',
        url: 'https://generallink.top/ar/square/post/292165153256930',
      },
      {
        id: 'eyeonlondon-crash',
        publisher: 'EyeOnLondon',
        title: 'Bitcoin crash wipes out billions as traders face largest liquidation day of the year',
        url: 'https://eye-on-london.com/bitcoin-crash-wipes-out-billions',
      },
    ],
    facts: [
      {
        id: 'day-high',
        text: 'Before the slide, bitcoin traded as high as $122,574 on 10 October.',
        price: '122574',
        source: 'amberdata-timeline',
      },
      {
        id: 'cascade',
        text: 'The cascade began at 20:50 UTC; $6.93 billion of positions were liquidated in 40 minutes, $3.21 billion of them in the single minute after 21:15 UTC (Amberdata).',
        source: 'amberdata-timeline',
      },
      {
        id: 'reported-low',
        text: 'Bitcoin fell to $104,782, more than 10% down (as reported by AInvest); across major centralised venues lows near $102,000 were reported (EyeOnLondon).',
        price: '104782',
        source: 'ainvest-19b',
      },
      {
        id: 'weekend-level',
        text: 'Over the weekend bitcoin steadied around $111,000.',
        price: '111000',
        source: 'eyeonlondon-crash',
      },
      {
        id: 'coinglass-total',
        text: 'CoinGlass counted about $19.2 billion liquidated within 24 hours, across more than 1.6 million traders: the largest liquidation day on record.',
        source: 'ainvest-19b',
      },
    ],
    reconstruction: [
      { at: '2025-10-10T13:00Z', fact: 'day-high', approximateTime: true },
      { at: '2025-10-10T21:15Z', fact: 'reported-low', approximateTime: true },
      { at: '2025-10-11T12:00Z', fact: 'weekend-level', approximateTime: true },
    ],
    lessons: ['during-a-liquidation-event', 'stop-losses'],
  },
];

/** Validated at import: a malformed case study fails the build and the tests, never a reader's page. */
export const CASE_STUDIES: readonly CaseStudy[] = CASE_STUDIES_DATA.map((study) =>
  caseStudySchema.parse(study),
);

export function caseStudyById(id: string): CaseStudy | undefined {
  return CASE_STUDIES.find((study) => study.id === id);
}

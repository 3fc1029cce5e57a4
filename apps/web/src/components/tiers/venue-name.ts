const VENUE_NAMES: Readonly<Record<string, string>> = {
  binance: 'Binance',
  okx: 'OKX',
  bybit: 'Bybit',
  gate: 'Gate',
  hyperliquid: 'Hyperliquid',
};

/** A venue as the page names it (a venue id the page does not know is shown as it is). */
export function venueName(venue: string): string {
  return VENUE_NAMES[venue] ?? venue;
}

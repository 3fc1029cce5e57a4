'use client';

import type { CustomTierTable, TierTableVenue } from '@liqlab/scenario/scenario-tier-table';
import { useState } from 'react';
import { VenuePasteForm } from '~/components/ui/venue-paste-form';
import { errorMessage } from '~/lib/error-message';

/** Each venue's public endpoint whose response (or a CSV with its field names) can be pasted as it is. */
const VENUES: readonly { value: TierTableVenue; label: string; endpoint: string }[] = [
  { value: 'binance', label: 'Binance leverage brackets', endpoint: 'GET /fapi/v1/leverageBracket' },
  { value: 'okx', label: 'OKX position tiers', endpoint: 'GET /api/v5/public/position-tiers' },
  { value: 'bybit', label: 'Bybit risk limits', endpoint: 'GET /v5/market/risk-limit' },
  { value: 'gate', label: 'Gate risk-limit tiers', endpoint: 'GET /api/v4/futures/usdt/risk_limit_tiers' },
  { value: 'hyperliquid', label: 'Hyperliquid margin table', endpoint: 'POST /info {"type": "marginTable"}' },
];

/** Today in UTC (YYYY-MM-DD): a pasted table is dated the day it was taken from the venue. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface TierTablePasteProps {
  onTable: (table: CustomTierTable) => void;
  defaultVenue?: TierTableVenue;
}

/**
 * Paste or upload a venue's tier table in the venue's own shape. Core reads it (parseVenueTiers) and
 * the scenario package keeps it with its venue and date; a table that cannot be read comes back as one
 * plain sentence naming the row and the field.
 */
export function TierTablePaste({ onTable, defaultVenue = 'binance' }: TierTablePasteProps) {
  const [venue, setVenue] = useState<TierTableVenue>(defaultVenue);
  const [contractSize, setContractSize] = useState('0.01');
  const [symbol, setSymbol] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const endpoint = VENUES.find((v) => v.value === venue)?.endpoint;

  const use = async () => {
    setError(null);
    try {
      // Loaded on use: the reader and its schema are not part of the page's start-up.
      const { customTierTableFromText } = await import('@liqlab/scenario/scenario-tier-table');
      onTable(customTierTableFromText(text, { venue, symbol, contractSize, asOf: todayUtc() }));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <div
      data-testid="tier-table-paste"
      className="flex flex-col gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700"
    >
      <VenuePasteForm
        venues={VENUES}
        venue={venue}
        onVenue={setVenue}
        venueLabel="Table format"
        note={
          <>
            Paste the venue's response to <code>{endpoint}</code> as it comes, or a CSV whose header uses the
            same field names.
          </>
        }
        {...(venue === 'okx'
          ? {
              contracts: {
                faceValue: contractSize,
                onFaceValue: setContractSize,
                hint: 'OKX counts tiers in contracts: 0.01 BTC each for BTC-USDT-SWAP',
              },
            }
          : {})}
        symbol={symbol}
        onSymbol={setSymbol}
        symbolLabel={
          // A Hyperliquid margin table names no asset: the field only labels it.
          venue === 'hyperliquid'
            ? 'Asset (names the table)'
            : 'Instrument (only when the table lists several)'
        }
        text={text}
        onText={setText}
        textLabel="Tier table (JSON or CSV)"
        rows={5}
        upload={{ onError: setError }}
        submitLabel="Use this table"
        onSubmit={() => void use()}
        error={error}
      />
    </div>
  );
}

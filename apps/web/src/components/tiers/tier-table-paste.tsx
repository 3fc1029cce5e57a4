'use client';

import type { CustomTierTable, TierTableVenue } from '@liqlab/scenario/scenario-tier-table';
import { type ChangeEvent, useId, useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { SelectField } from '~/components/ui/select-field';
import { errorMessage } from '~/lib/error-message';

/** Each venue's public endpoint whose response (or a CSV with its field names) can be pasted as it is. */
const VENUES: readonly { value: TierTableVenue; label: string; endpoint: string }[] = [
  { value: 'binance', label: 'Binance leverage brackets', endpoint: 'GET /fapi/v1/leverageBracket' },
  { value: 'okx', label: 'OKX position tiers', endpoint: 'GET /api/v5/public/position-tiers' },
  { value: 'bybit', label: 'Bybit risk limits', endpoint: 'GET /v5/market/risk-limit' },
  { value: 'gate', label: 'Gate risk-limit tiers', endpoint: 'GET /api/v4/futures/usdt/risk_limit_tiers' },
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
  const textId = useId();
  const symbolId = useId();
  const fileId = useId();
  const errorId = useId();
  const endpoint = VENUES.find((v) => v.value === venue)?.endpoint;

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > 1_000_000) {
      setError(
        `The file is ${Math.round(file.size / 1000)} kB; a tier table is a few kB (at most 1,000 kB are read).`,
      );
      return;
    }
    setText(await file.text());
    setError(null);
  };

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
      <SelectField label="Table format" value={venue} options={VENUES} onChange={setVenue} />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Paste the venue's response to <code>{endpoint}</code> as it comes, or a CSV whose header uses the same
        field names.
      </p>
      {venue === 'okx' ? (
        <DecimalField
          label="Contract face value (ctVal)"
          hint="OKX counts tiers in contracts: 0.01 BTC each for BTC-USDT-SWAP"
          value={contractSize}
          onChange={setContractSize}
        />
      ) : null}
      <div>
        <label htmlFor={symbolId} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
          Instrument (only when the table lists several)
        </label>
        <input
          id={symbolId}
          value={symbol}
          maxLength={40}
          onChange={(event) => setSymbol(event.target.value)}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
      </div>
      <div>
        <label htmlFor={textId} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
          Tier table (JSON or CSV)
        </label>
        <textarea
          id={textId}
          value={text}
          rows={5}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setText(event.target.value)}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={fileId} className="text-xs font-medium">
          or upload a file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,.csv,.txt,application/json,text/csv"
          onChange={readFile}
          className="text-xs"
        />
      </div>
      <button
        type="button"
        onClick={() => void use()}
        className="self-start rounded-md bg-safe px-3 py-1.5 text-sm font-semibold text-white dark:text-slate-950"
      >
        Use this table
      </button>
      {error ? (
        <p id={errorId} role="alert" className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

'use client';

import { parseVenuePosition, type VenuePosition } from '@liqlab/core';
import { useId, useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { SelectField } from '~/components/ui/select-field';
import { errorMessage } from '~/lib/error-message';

type Venue = 'binance' | 'okx';

const VENUES: readonly { value: Venue; label: string; endpoint: string }[] = [
  { value: 'binance', label: 'Binance USDⓈ-M (positionRisk)', endpoint: 'GET /fapi/v2/positionRisk' },
  { value: 'okx', label: 'OKX USDT swap (positions)', endpoint: 'GET /api/v5/account/positions' },
];

/** Paste a position as the venue's API returns it; core reads it (parseVenuePosition) into the form. */
export function PositionPaste({ onPosition }: { onPosition: (position: VenuePosition) => void }) {
  const [venue, setVenue] = useState<Venue>('binance');
  const [contractSize, setContractSize] = useState('0.01');
  const [symbol, setSymbol] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [read, setRead] = useState<string | null>(null);
  const textId = useId();
  const symbolId = useId();
  const errorId = useId();

  const submit = () => {
    setError(null);
    setRead(null);
    try {
      const options =
        venue === 'okx'
          ? { venue, contractSize, ...(symbol.trim() ? { symbol: symbol.trim() } : {}) }
          : { venue, ...(symbol.trim() ? { symbol: symbol.trim() } : {}) };
      const position = parseVenuePosition(text, options);
      onPosition(position);
      setRead(`Read ${position.symbol}: ${position.side} ${position.quantity}, ${position.marginMode}.`);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <section
      aria-labelledby="paste-position-title"
      data-testid="position-paste"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <h2 id="paste-position-title" className="text-sm font-semibold">
        Paste the position from your exchange
      </h2>
      <SelectField label="Exchange report" value={venue} options={VENUES} onChange={setVenue} />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The JSON your exchange's API returns for{' '}
        <code>{VENUES.find((v) => v.value === venue)?.endpoint}</code>, as it comes. It stays in your browser.
      </p>
      {venue === 'okx' ? (
        <DecimalField
          label="Contract face value (ctVal)"
          hint="OKX counts positions in contracts: 0.01 BTC each for BTC-USDT-SWAP"
          value={contractSize}
          onChange={setContractSize}
        />
      ) : null}
      <div>
        <label htmlFor={symbolId} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
          Symbol (only when several positions are open)
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
          Position JSON
        </label>
        <textarea
          id={textId}
          rows={4}
          value={text}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setText(event.target.value)}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
        />
      </div>
      <button
        type="button"
        onClick={submit}
        className="self-start rounded-md bg-safe px-3 py-1.5 text-sm font-semibold text-white dark:text-slate-950"
      >
        Read position
      </button>
      {error ? (
        <p id={errorId} role="alert" className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
      {read ? (
        <p role="status" className="text-xs text-safe">
          {read}
        </p>
      ) : null}
    </section>
  );
}

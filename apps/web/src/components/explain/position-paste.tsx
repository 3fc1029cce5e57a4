'use client';

import { parseVenuePosition, type VenuePosition } from '@liqlab/core';
import { useState } from 'react';
import { VenuePasteForm } from '~/components/ui/venue-paste-form';
import { errorMessage } from '~/lib/error-message';

type Venue = 'binance' | 'okx';

const VENUES: readonly { value: Venue; label: string; endpoint: string }[] = [
  { value: 'binance', label: 'Binance USDS-M (positionRisk)', endpoint: 'GET /fapi/v2/positionRisk' },
  { value: 'okx', label: 'OKX USDT swap (positions)', endpoint: 'GET /api/v5/account/positions' },
];

/** Paste a position as the venue's API returns it; core reads it (parseVenuePosition) into the form. */
export function PositionPaste({ onPosition }: { onPosition: (position: VenuePosition) => void }) {
  const [venue, setVenue] = useState<Venue>('binance');
  const [contractSize, setContractSize] = useState('0.01');
  const [lotSize, setLotSize] = useState('');
  const [symbol, setSymbol] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [read, setRead] = useState<string | null>(null);

  const submit = () => {
    setError(null);
    setRead(null);
    try {
      const chosen = symbol.trim() ? { symbol: symbol.trim() } : {};
      const options =
        venue === 'okx'
          ? { venue, contractSize, ...(lotSize.trim() ? { lotSize: lotSize.trim() } : {}), ...chosen }
          : { venue, ...chosen };
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
      <VenuePasteForm
        venues={VENUES}
        venue={venue}
        onVenue={setVenue}
        venueLabel="Exchange report"
        note={
          <>
            The JSON your exchange's API returns for{' '}
            <code>{VENUES.find((v) => v.value === venue)?.endpoint}</code>, as it comes. It stays in your
            browser.
          </>
        }
        {...(venue === 'okx'
          ? {
              contracts: {
                faceValue: contractSize,
                onFaceValue: setContractSize,
                hint: 'OKX counts positions in contracts: 0.01 BTC each for BTC-USDT-SWAP',
                lotSize: { value: lotSize, onChange: setLotSize },
              },
            }
          : {})}
        symbol={symbol}
        onSymbol={setSymbol}
        symbolLabel="Symbol (only when several positions are open)"
        text={text}
        onText={setText}
        textLabel="Position JSON"
        rows={4}
        submitLabel="Read position"
        onSubmit={submit}
        error={error}
        status={read}
      />
    </section>
  );
}

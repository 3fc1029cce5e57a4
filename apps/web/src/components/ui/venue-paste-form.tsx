'use client';

import { type ChangeEvent, type ReactNode, useId } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { HoldingButton } from '~/components/ui/holding-button';
import { SelectField } from '~/components/ui/select-field';
import { TextField } from '~/components/ui/text-field';

/** The text a venue's response comes as: pasted, or (with `upload`) read from a file of at most 1 MB. */
const MAX_UPLOAD_BYTES = 1_000_000;

export interface VenuePasteFormProps<V extends string> {
  venues: readonly { value: V; label: string }[];
  venue: V;
  onVenue: (venue: V) => void;
  venueLabel: string;
  /** What to paste for the chosen venue (the endpoint, in the venue's words). */
  note: ReactNode;
  /** OKX counts in contracts: its face value, and optionally its lot size, are asked for. */
  contracts?: {
    faceValue: string;
    onFaceValue: (value: string) => void;
    hint: string;
    lotSize?: { value: string; onChange: (value: string) => void };
  };
  symbol: string;
  onSymbol: (symbol: string) => void;
  symbolLabel: string;
  text: string;
  onText: (text: string) => void;
  textLabel: string;
  rows: number;
  /** Offer a file upload next to the text box; `onError` hears about a file too large to read. */
  upload?: { onError: (message: string | null) => void };
  submitLabel: string;
  onSubmit: () => void;
  error: string | null;
  status?: string | null;
}

/**
 * The form a venue's own response is pasted into (a position on /explain, a tier table in the sandbox):
 * the venue, what it needs to be read, the text, and one plain sentence when it cannot be read.
 */
export function VenuePasteForm<V extends string>(props: VenuePasteFormProps<V>) {
  const fileId = useId();
  const { contracts, upload, error } = props;

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file || !upload) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      upload.onError(
        `The file is ${Math.round(file.size / 1000)} kB; a venue's response is a few kB (at most 1,000 kB are read).`,
      );
      return;
    }
    props.onText(await file.text());
    upload.onError(null);
  };

  return (
    <>
      <SelectField
        label={props.venueLabel}
        value={props.venue}
        options={props.venues}
        onChange={props.onVenue}
      />
      <p className="text-xs text-slate-600 dark:text-slate-400">{props.note}</p>
      {contracts ? (
        <>
          <DecimalField
            label="Contract face value (ctVal)"
            hint={contracts.hint}
            value={contracts.faceValue}
            onChange={contracts.onFaceValue}
          />
          {contracts.lotSize ? (
            <DecimalField
              label="Lot size in contracts (lotSz, optional)"
              hint="From /api/v5/public/instruments; when given, the size must be a whole number of lots"
              value={contracts.lotSize.value}
              onChange={contracts.lotSize.onChange}
            />
          ) : null}
        </>
      ) : null}
      <TextField label={props.symbolLabel} value={props.symbol} maxLength={40} onChange={props.onSymbol} />
      <TextField
        label={props.textLabel}
        value={props.text}
        rows={props.rows}
        code
        error={error}
        onChange={props.onText}
      />
      {upload ? (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={fileId} className="text-xs font-normal">
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
      ) : null}
      {/* Tapped before the page's scripts ran (the text pasted meanwhile), it reads once they have. */}
      <HoldingButton
        onClick={props.onSubmit}
        className="self-start rounded-md bg-safe px-3 py-1.5 text-sm font-semibold text-white dark:text-slate-950"
      >
        {props.submitLabel}
      </HoldingButton>
      {props.status ? (
        <p role="status" className="text-xs text-safe">
          {props.status}
        </p>
      ) : null}
    </>
  );
}

'use client';

import { formatDecimal, PATH_SHAPES } from '@liqlab/core';
import { useId, useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { SelectField } from '~/components/ui/select-field';
import { errorFor, type FieldErrors } from './field-errors';
import { MAX_UPLOAD_TICKS, ticksPathOfCsv } from './path-of-draft';
import type { AnalysisSettings, NamedPathDraft, PathDraft } from './sandbox-state';

type NamedName = NamedPathDraft['name'];
const NAMED = PATH_SHAPES.filter((shape) => shape.name !== 'gbm');

export interface PathFormProps {
  path: PathDraft;
  entryPrice: string;
  /** The asset prices are quoted in (the position's rule set: USDT, or USD for an inverse contract). */
  priceUnit: string;
  analysis: AnalysisSettings;
  errors: FieldErrors | undefined;
  onChange: (path: PathDraft) => void;
  onAnalysisChange: (analysis: AnalysisSettings) => void;
}

function namedDefaults(name: NamedName, seed: string, startPrice: string): NamedPathDraft {
  const common = { kind: 'named' as const, seed, startPrice, steps: 1000 };
  switch (name) {
    case 'flash-crash-wick':
      return { ...common, name, horizonHours: 24, wickPercent: '25', markDipPercent: '6' };
    case 'short-squeeze-after-new-high':
      return { ...common, name, horizonHours: 48, squeezePercent: '30' };
    case 'choppy-range':
      return { ...common, name, horizonHours: 72, rangePercent: '3' };
    case 'slow-bleed':
      return { ...common, name, horizonDays: 14, declinePercent: '30' };
  }
}

const int = (text: string) => Number.parseInt(text, 10) || 0;
// Not toLocaleString: the first Intl call in a page sets up ICU's number formatting, 17–65 ms on the
// main thread (measured in fresh Chromium tabs), and this label renders during hydration.
const UPLOAD_LIMIT = formatDecimal(MAX_UPLOAD_TICKS, { digits: 0 });

/** The price path to replay: a seeded random walk, a named lesson shape, or an uploaded CSV. */
export function PathForm({
  path,
  entryPrice,
  priceUnit,
  analysis,
  errors,
  onChange,
  onAnalysisChange,
}: PathFormProps) {
  const fileId = useId();
  const [csvError, setCsvError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const seed = path.kind === 'ticks' ? 'sandbox' : path.seed;
  const err = (field: string) => errorFor(errors, `path.${field}`);

  const onKind = (kind: PathDraft['kind']) => {
    if (kind === 'gbm') {
      onChange({
        kind,
        seed,
        startPrice: entryPrice,
        annualVolatility: '0.6',
        annualDrift: '0',
        horizonDays: 1,
        steps: 1440,
      });
    } else if (kind === 'named') onChange(namedDefaults('flash-crash-wick', seed, entryPrice));
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setLoading(true);
    const result = ticksPathOfCsv(await file.text());
    setLoading(false);
    if (result.ok) {
      setCsvError(null);
      onChange(result.path);
    } else setCsvError(result.message);
  };

  return (
    <fieldset className="grid grid-cols-2 gap-3">
      <legend className="col-span-2 mb-1 text-sm font-semibold">Price path</legend>
      <SelectField
        className="col-span-2"
        label="Path"
        value={path.kind}
        options={[
          { value: 'gbm', label: 'Seeded random walk' },
          { value: 'named', label: 'Named shape' },
          ...(path.kind === 'ticks' ? [{ value: 'ticks' as const, label: 'Uploaded CSV' }] : []),
        ]}
        onChange={onKind}
      />
      {path.kind === 'gbm' ? (
        <>
          <DecimalField
            label="Volatility (σ per year)"
            hint="0.6 = 60%"
            value={path.annualVolatility}
            error={err('annualVolatility')}
            onChange={(annualVolatility) => onChange({ ...path, annualVolatility })}
          />
          <DecimalField
            label="Drift (per year)"
            value={path.annualDrift ?? '0'}
            error={err('annualDrift')}
            onChange={(annualDrift) => onChange({ ...path, annualDrift })}
          />
          <DecimalField
            label="Horizon"
            unit="days"
            value={String(path.horizonDays)}
            error={err('horizonDays')}
            onChange={(days) => onChange({ ...path, horizonDays: Number(days) || 0 })}
          />
          <DecimalField
            label="Steps"
            value={String(path.steps)}
            error={err('steps')}
            onChange={(steps) => onChange({ ...path, steps: int(steps) })}
          />
        </>
      ) : null}
      {path.kind === 'named' ? (
        <>
          <SelectField<NamedName>
            className="col-span-2"
            label="Shape"
            value={path.name}
            options={NAMED.map((shape) => ({ value: shape.name as NamedName, label: shape.title }))}
            onChange={(name) => onChange(namedDefaults(name, path.seed, path.startPrice))}
          />
          <p className="col-span-2 text-xs text-slate-600 dark:text-slate-400">
            {PATH_SHAPES.find((shape) => shape.name === path.name)?.description}
          </p>
          {path.name === 'flash-crash-wick' ? (
            <>
              <DecimalField
                label="Last-price wick"
                unit="%"
                value={path.wickPercent ?? '25'}
                error={err('wickPercent')}
                onChange={(wickPercent) => onChange({ ...path, wickPercent })}
              />
              <DecimalField
                label="Mark-price dip"
                unit="%"
                value={path.markDipPercent ?? '6'}
                error={err('markDipPercent')}
                onChange={(markDipPercent) => onChange({ ...path, markDipPercent })}
              />
            </>
          ) : null}
          {path.name === 'short-squeeze-after-new-high' ? (
            <DecimalField
              label="Squeeze"
              unit="%"
              value={path.squeezePercent ?? '30'}
              error={err('squeezePercent')}
              onChange={(squeezePercent) => onChange({ ...path, squeezePercent })}
            />
          ) : null}
          {path.name === 'choppy-range' ? (
            <DecimalField
              label="Range half-width"
              unit="%"
              value={path.rangePercent ?? '3'}
              error={err('rangePercent')}
              onChange={(rangePercent) => onChange({ ...path, rangePercent })}
            />
          ) : null}
          {path.name === 'slow-bleed' ? (
            <DecimalField
              label="Total decline"
              unit="%"
              value={path.declinePercent ?? '30'}
              error={err('declinePercent')}
              onChange={(declinePercent) => onChange({ ...path, declinePercent })}
            />
          ) : null}
          <DecimalField
            label="Steps"
            value={String(path.steps ?? 1000)}
            error={err('steps')}
            onChange={(steps) => onChange({ ...path, steps: int(steps) })}
          />
        </>
      ) : null}
      {path.kind !== 'ticks' ? (
        <>
          <DecimalField
            label="Start price"
            unit={priceUnit}
            value={path.startPrice}
            error={err('startPrice')}
            onChange={(startPrice) => onChange({ ...path, startPrice })}
          />
          <div className="flex items-end gap-2">
            <DecimalField
              className="flex-1"
              label="Seed"
              value={path.seed}
              error={err('seed')}
              onChange={(value) => onChange({ ...path, seed: value })}
            />
            <button
              type="button"
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-600"
              onClick={() => onChange({ ...path, seed: Math.random().toString(36).slice(2, 10) })}
            >
              New seed
            </button>
          </div>
        </>
      ) : (
        <p className="col-span-2 text-sm">
          {formatDecimal(path.ticks.length, { digits: 0 })} uploaded ticks.
        </p>
      )}
      <div className="col-span-2">
        <label htmlFor={fileId} className="block text-xs font-normal text-slate-700 dark:text-slate-300">
          Or upload a CSV (timestamp,price or timestamp,mark,last; up to {UPLOAD_LIMIT} rows)
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={csvError ? `${fileId}-error` : undefined}
          onChange={(event) => void onFile(event.target.files?.[0])}
          className="mt-1 block w-full text-sm"
        />
        {loading ? <p className="text-xs">Reading…</p> : null}
        {csvError ? (
          <p id={`${fileId}-error`} role="alert" className="mt-1 text-xs font-normal text-danger">
            {csvError}
          </p>
        ) : null}
      </div>
      {path.kind !== 'gbm' ? (
        <>
          <p className="col-span-2 text-xs text-slate-600 dark:text-slate-400">
            For the σ distance and the probability of liquidation, assume:
          </p>
          <DecimalField
            label="Volatility (σ per year)"
            value={analysis.annualVolatility}
            error={errorFor(errors, 'analysis.annualVolatility')}
            onChange={(annualVolatility) => onAnalysisChange({ ...analysis, annualVolatility })}
          />
          <DecimalField
            label="Horizon"
            unit="days"
            value={analysis.horizonDays}
            error={errorFor(errors, 'analysis.horizonDays')}
            onChange={(horizonDays) => onAnalysisChange({ ...analysis, horizonDays })}
          />
        </>
      ) : null}
    </fieldset>
  );
}

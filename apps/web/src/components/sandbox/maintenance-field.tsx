'use client';

import { isInverse, ruleSetInfo, TIER_SNAPSHOTS, tierSnapshotNamed } from '@liqlab/core';
import { tierTableOf } from '@liqlab/scenario/tier-table-facts';
import { useState } from 'react';
import { TierTableFactsLine } from '~/components/tiers/tier-table-facts';
import { TierTablePaste } from '~/components/tiers/tier-table-paste';
import { venueName } from '~/components/tiers/venue-name';
import { DecimalField } from '~/components/ui/decimal-field';
import { InfoTip } from '~/components/ui/info-tip';
import { SelectField } from '~/components/ui/select-field';
import { errorFor, type FieldErrors } from './field-errors';
import { lessonHref } from './lesson-links';
import type { PositionDraft } from './sandbox-state';

/** The choice as the select holds it: a bundled snapshot by id, the learner's own table, or a rule. */
type Choice = `snapshot:${string}` | 'custom' | 'fixed' | 'max-leverage';

function choiceOf(maintenance: PositionDraft['maintenance']): Choice {
  if (maintenance.kind === 'tiers')
    return `snapshot:${tierSnapshotNamed(maintenance.preset)?.id ?? maintenance.preset}`;
  if (maintenance.kind === 'custom-tiers') return 'custom';
  return maintenance.kind;
}

export interface MaintenanceFieldProps {
  position: PositionDraft;
  onChange: (position: PositionDraft) => void;
  errors: FieldErrors | undefined;
}

/**
 * The maintenance requirement: any bundled tier snapshot (core's TIER_SNAPSHOTS, so a new one appears
 * here by itself), a table pasted or uploaded in the venue's own shape, a fixed rate, or Hyperliquid's
 * rule. Wherever a dated table is used, its date and age are shown.
 */
export function MaintenanceField({ position, onChange, errors }: MaintenanceFieldProps) {
  const set = (patch: Partial<PositionDraft>) => onChange({ ...position, ...patch });
  const maintenance = position.maintenance;
  const inverse = isInverse(position.rules);
  // Choosing "paste" changes nothing until a table is read: the position keeps pricing meanwhile.
  const [pasting, setPasting] = useState(false);
  const choice = pasting ? 'custom' : choiceOf(maintenance);
  const facts =
    maintenance.kind === 'tiers' || maintenance.kind === 'custom-tiers' ? tierTableOf(maintenance) : null;
  const options: { value: Choice; label: string }[] = [
    ...(inverse
      ? []
      : TIER_SNAPSHOTS.map((snapshot) => ({
          value: `snapshot:${snapshot.id}` as Choice,
          label: `${venueName(snapshot.venue)} ${snapshot.symbol} tiers (${snapshot.date})`,
        }))),
    { value: 'custom', label: 'Paste or upload a tier table' },
    { value: 'fixed', label: 'Fixed rate' },
    ...(position.rules === 'hyperliquid'
      ? [{ value: 'max-leverage' as const, label: 'From max leverage' }]
      : []),
  ];
  const choose = (next: Choice) => {
    setPasting(next === 'custom');
    if (next.startsWith('snapshot:')) {
      set({ maintenance: { kind: 'tiers', preset: next.slice('snapshot:'.length) } });
    } else if (next === 'custom') {
      return;
    } else if (next === 'fixed') {
      set({ maintenance: { kind: 'fixed', rate: '0.005', amount: '0' } });
    } else {
      set({ maintenance: { kind: 'max-leverage' }, maxLeverage: position.maxLeverage ?? '40' });
    }
  };
  return (
    <>
      <div className="col-span-2">
        <SelectField label="Maintenance margin" value={choice} options={options} onChange={choose} />
        {facts ? (
          <div className="flex items-start gap-1">
            <TierTableFactsLine facts={facts} />
            <InfoTip href={lessonHref('tiers')} topic="maintenance tiers" />
          </div>
        ) : null}
        {errorFor(errors, 'maintenance') ? (
          <p role="alert" className="mt-1 text-xs font-normal text-danger">
            {errorFor(errors, 'maintenance')}
          </p>
        ) : null}
      </div>
      {pasting || maintenance.kind === 'custom-tiers' ? (
        <div className="col-span-2">
          <TierTablePaste
            defaultVenue={maintenance.kind === 'custom-tiers' ? maintenance.table.venue : 'binance'}
            onTable={(table) => {
              setPasting(false);
              set({ maintenance: { kind: 'custom-tiers', table } });
            }}
          />
        </div>
      ) : null}
      {maintenance.kind === 'fixed' ? (
        <>
          <DecimalField
            label="Maintenance rate"
            hint="0.005 = 0.5%"
            value={maintenance.rate}
            onChange={(rate) => set({ maintenance: { ...maintenance, rate } })}
          />
          <DecimalField
            label="Maintenance amount"
            unit={ruleSetInfo(position.rules).marginAsset}
            value={maintenance.amount ?? '0'}
            onChange={(amount) => set({ maintenance: { ...maintenance, amount } })}
          />
        </>
      ) : null}
      {maintenance.kind === 'max-leverage' ? (
        <DecimalField
          className="col-span-2"
          label="Asset's maximum leverage"
          unit="×"
          value={position.maxLeverage ?? ''}
          error={errorFor(errors, 'maxLeverage')}
          onChange={(maxLeverage) => set({ maxLeverage })}
        />
      ) : null}
    </>
  );
}

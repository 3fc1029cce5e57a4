'use client';

import { type Decimal, isInverse, RULE_SET_CATALOG, ruleSetInfo, supportsCross } from '@liqlab/core';
import { ChoiceGroup } from '~/components/ui/choice-group';
import { DecimalField } from '~/components/ui/decimal-field';
import { RangeField } from '~/components/ui/range-field';
import { SelectField } from '~/components/ui/select-field';
import { VenueLiquidationRules } from '~/components/ui/venue-liquidation-rules';
import { errorFor, type FieldErrors } from './field-errors';
import { MaintenanceField } from './maintenance-field';
import { withMarginMode, withOptional, withRules, withSizeUnit } from './position-edits';
import type { PositionDraft } from './sandbox-state';

/** The exchanges the form offers: core's rule-set catalog, in its order. */
export const RULE_SET_OPTIONS = RULE_SET_CATALOG.map((info) => ({ value: info.id, label: info.name }));

export interface PositionFormProps {
  position: PositionDraft;
  onChange: (position: PositionDraft) => void;
  errors: FieldErrors | undefined;
  /** Values the engine accepts that probably do not do what was meant, by field. */
  warnings?: Record<string, string>;
  maxLeverage: Decimal;
}

/** The position itself: exchange rules, side, margin mode, entry, size, leverage, margin and maintenance. */
export function PositionForm({ position, onChange, errors, warnings = {}, maxLeverage }: PositionFormProps) {
  const set = (patch: Partial<PositionDraft>) => onChange({ ...position, ...patch });
  const asset = ruleSetInfo(position.rules).marginAsset;
  const inverse = isInverse(position.rules);
  // Prices and position values in the contract's quote asset (RuleSetInfo.quoteAsset), never a loose label.
  const quote = ruleSetInfo(position.rules).quoteAsset;
  const sizeValue = position.size.unit === 'quantity' ? position.size.quantity : position.size.notional;
  const cap = maxLeverage.toNumber();
  return (
    <fieldset className="grid grid-cols-2 gap-3">
      <legend className="col-span-2 mb-1 text-sm font-semibold">Position</legend>
      <SelectField
        className="col-span-2"
        label="Exchange rules"
        value={position.rules}
        options={RULE_SET_OPTIONS}
        onChange={(rules) => onChange(withRules(position, rules))}
      />
      <details className="col-span-2 text-xs text-slate-600 dark:text-slate-400">
        <summary className="cursor-pointer font-normal">
          How this exchange closes a liquidated position
        </summary>
        <VenueLiquidationRules rules={position.rules} className="mt-1" />
      </details>
      <ChoiceGroup
        legend="Side"
        value={position.side}
        options={[
          { value: 'long', label: 'Long' },
          { value: 'short', label: 'Short' },
        ]}
        onChange={(side) => set({ side })}
      />
      <ChoiceGroup
        legend="Margin mode"
        value={position.marginMode}
        options={[
          { value: 'isolated', label: 'Isolated' },
          { value: 'cross', label: 'Cross', disabled: !supportsCross(position.rules) },
        ]}
        onChange={(mode) => onChange(withMarginMode(position, mode))}
      />
      <DecimalField
        className="col-span-2"
        label="Entry price"
        unit={quote}
        value={position.entryPrice}
        error={errorFor(errors, 'entryPrice')}
        onChange={(entryPrice) => set({ entryPrice })}
      />
      <ChoiceGroup
        className="col-span-2"
        legend="Size in"
        value={position.size.unit}
        options={[
          { value: 'quantity', label: inverse ? 'Contracts' : 'Coin (BTC)' },
          { value: 'quote', label: `Quote (${quote})` },
        ]}
        onChange={(unit) => onChange(withSizeUnit(position, unit))}
      />
      <DecimalField
        className="col-span-2"
        label={
          position.size.unit === 'quantity'
            ? inverse
              ? 'Size (contracts)'
              : 'Size (BTC)'
            : `Size (${quote} value)`
        }
        unit={position.size.unit === 'quantity' ? (inverse ? 'cont.' : 'BTC') : quote}
        value={sizeValue}
        error={errorFor(errors, 'size')}
        onChange={(value) =>
          set({
            size:
              position.size.unit === 'quantity'
                ? { unit: 'quantity', quantity: value }
                : { unit: 'quote', notional: value },
          })
        }
      />
      {inverse ? (
        <DecimalField
          className="col-span-2"
          label="Contract size"
          unit={quote}
          value={position.contractSize ?? ''}
          error={errorFor(errors, 'contractSize')}
          onChange={(contractSize) => set({ contractSize })}
        />
      ) : null}
      <RangeField
        className="col-span-2"
        label={`Leverage (max ${cap}× for this size)`}
        value={position.leverage}
        min={1}
        max={cap}
        step={1}
        valueText={`${position.leverage}×`}
        onChange={(leverage) => set({ leverage })}
      />
      <DecimalField
        className="col-span-2"
        label="Leverage (exact)"
        unit="×"
        value={position.leverage}
        error={errorFor(errors, 'leverage')}
        warning={warnings.leverage}
        onChange={(leverage) => set({ leverage })}
      />
      {position.marginMode === 'isolated' ? (
        <DecimalField
          className="col-span-2"
          label="Isolated margin (blank = initial margin)"
          unit={asset}
          value={position.margin ?? ''}
          error={errorFor(errors, 'margin')}
          warning={warnings.margin}
          onChange={(value) => onChange(withOptional(position, 'margin', value))}
        />
      ) : (
        <DecimalField
          className="col-span-2"
          label="Wallet balance (cross)"
          unit={asset}
          value={position.walletBalance ?? ''}
          error={errorFor(errors, 'walletBalance')}
          warning={warnings.walletBalance}
          onChange={(value) => onChange(withOptional(position, 'walletBalance', value))}
        />
      )}
      <MaintenanceField position={position} onChange={onChange} errors={errors} />
    </fieldset>
  );
}

'use client';

import { DecimalField } from '~/components/ui/decimal-field';
import { InfoTip } from '~/components/ui/info-tip';
import { SelectField } from '~/components/ui/select-field';
import { errorFor, type FieldErrors } from './field-errors';
import { lessonHref } from './lesson-links';
import type { OtherPositionDraft, PositionDraft } from './sandbox-state';

const NEW_ROW: OtherPositionDraft = {
  side: 'long',
  quantity: '10',
  entryPrice: '3000',
  markPrice: '3000',
  maintenanceMarginRate: '0.005',
};

/** The cross account's other positions: their PnL and maintenance share the wallet with this one. */
export function OtherPositionsForm({
  position,
  onChange,
  errors,
}: {
  position: PositionDraft;
  onChange: (position: PositionDraft) => void;
  errors: FieldErrors | undefined;
}) {
  const rows = position.otherPositions ?? [];
  const setRows = (next: OtherPositionDraft[]) => onChange({ ...position, otherPositions: next });
  const update = (index: number, patch: Partial<OtherPositionDraft>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">
        Other positions in the cross account
        <InfoTip href={lessonHref('crossMargin')} topic="other cross positions" />
      </legend>
      {rows.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          None: the wallet backs this position alone.
        </p>
      ) : null}
      {rows.map((row, index) => {
        const at = `otherPositions.${index}`;
        return (
          <div
            key={index}
            className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700"
          >
            <SelectField
              label={`Position ${index + 1} side`}
              value={row.side}
              options={[
                { value: 'long', label: 'Long' },
                { value: 'short', label: 'Short' },
              ]}
              onChange={(side) => update(index, { side })}
            />
            <DecimalField
              label="Quantity"
              value={row.quantity}
              error={errorFor(errors, `${at}.quantity`)}
              onChange={(quantity) => update(index, { quantity })}
            />
            <DecimalField
              label="Entry price"
              value={row.entryPrice}
              error={errorFor(errors, `${at}.entryPrice`)}
              onChange={(entryPrice) => update(index, { entryPrice })}
            />
            <DecimalField
              label="Mark price"
              value={row.markPrice}
              error={errorFor(errors, `${at}.markPrice`)}
              onChange={(markPrice) => update(index, { markPrice })}
            />
            <DecimalField
              label="Maintenance rate"
              value={row.maintenanceMarginRate}
              error={errorFor(errors, `${at}.maintenanceMarginRate`)}
              onChange={(maintenanceMarginRate) => update(index, { maintenanceMarginRate })}
            />
            <button
              type="button"
              onClick={() => setRows(rows.filter((_, i) => i !== index))}
              className="self-end rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-600"
            >
              Remove position {index + 1}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => setRows([...rows, NEW_ROW])}
        className="self-start rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600"
      >
        Add another position
      </button>
    </fieldset>
  );
}

'use client';

import { Decimal, ruleSetInfo } from '@liqlab/core';
import { suggestedStopPrice } from '@liqlab/scenario/position-warnings';
import { DecimalField } from '~/components/ui/decimal-field';
import { SelectField } from '~/components/ui/select-field';
import { ToggleField } from '~/components/ui/toggle-field';
import { errorFor, type FieldErrors } from './field-errors';
import { withOptional } from './position-edits';
import type { PositionDraft } from './sandbox-state';

type Trigger = 'mark' | 'last';
const TRIGGERS = [
  { value: 'mark' as const, label: 'Mark price' },
  { value: 'last' as const, label: 'Last price' },
];

/** Fees, funding, stop-loss, take-profit and slippage: what changes the outcome of the replay. */
export function OrdersForm({
  position,
  onChange,
  errors,
  warnings = {},
  liquidationPrice,
}: {
  position: PositionDraft;
  onChange: (position: PositionDraft) => void;
  errors: FieldErrors | undefined;
  warnings?: Record<string, string>;
  /** The position's liquidation price, so the first stop offered lies before it (null: none or unknown). */
  liquidationPrice: Decimal | null;
}) {
  const set = (patch: Partial<PositionDraft>) => onChange({ ...position, ...patch });
  // A new order follows the price this venue triggers stops on unless the trader picks another.
  const venueTrigger = ruleSetInfo(position.rules).stopTriggerDefault;
  const quote = ruleSetInfo(position.rules).quoteAsset;
  const entry = Number(position.entryPrice) || 0;
  const long = position.side === 'long';
  // A sensible first guess when an order is switched on: 10% in favour for the take-profit; the stop
  // 5% against, or half-way to the liquidation price when that is closer (it must fire first).
  const guess = (fraction: number) => String(Math.round(entry * (1 + fraction)) || 1);
  const firstStop = () =>
    entry > 0
      ? suggestedStopPrice(new Decimal(position.entryPrice), position.side, liquidationPrice).toFixed()
      : '1';
  const without = (key: 'stopLoss' | 'takeProfit' | 'funding') => {
    const next = { ...position };
    delete next[key];
    return next;
  };
  return (
    <fieldset className="grid grid-cols-2 gap-3">
      <legend className="col-span-2 mb-1 text-sm font-semibold">Fees, funding and orders</legend>
      <ToggleField
        className="col-span-2"
        label="Trading fees on (open, close, in the formulas that include them)"
        checked={position.fees?.enabled ?? false}
        onChange={(enabled) => set({ fees: { enabled } })}
      />
      <DecimalField
        className="col-span-2"
        label="Taker fee rate"
        hint="0.0005 = 0.05%"
        value={position.takerFeeRate ?? ''}
        error={errorFor(errors, 'takerFeeRate')}
        onChange={(value) => onChange(withOptional(position, 'takerFeeRate', value))}
      />
      <ToggleField
        className="col-span-2"
        label="Funding payments on"
        checked={position.funding !== undefined}
        onChange={(on) =>
          onChange(on ? { ...position, funding: { rate: '0.0001', intervalHours: 8 } } : without('funding'))
        }
      />
      {position.funding ? (
        <>
          <DecimalField
            label="Funding rate per interval"
            hint="+ longs pay shorts"
            value={position.funding.rate}
            error={errorFor(errors, 'funding')}
            onChange={(rate) => set({ funding: { intervalHours: 8, ...position.funding, rate } })}
          />
          <DecimalField
            label="Interval"
            unit="h"
            value={String(position.funding.intervalHours)}
            onChange={(hours) =>
              set({
                funding: {
                  rate: position.funding?.rate ?? '0',
                  intervalHours: Number.parseInt(hours, 10) || 0,
                },
              })
            }
          />
        </>
      ) : null}
      <ToggleField
        className="col-span-2"
        label="Stop-loss"
        checked={position.stopLoss !== undefined}
        onChange={(on) =>
          onChange(
            on
              ? { ...position, stopLoss: { price: firstStop(), trigger: venueTrigger } }
              : without('stopLoss'),
          )
        }
      />
      {position.stopLoss ? (
        <>
          <DecimalField
            label="Stop price"
            unit={quote}
            value={position.stopLoss.price}
            error={errorFor(errors, 'stopLoss')}
            warning={warnings.stopLoss}
            onChange={(price) => set({ stopLoss: { trigger: venueTrigger, ...position.stopLoss, price } })}
          />
          <SelectField<Trigger>
            label="Triggered by"
            value={position.stopLoss.trigger ?? venueTrigger}
            options={TRIGGERS}
            onChange={(trigger) => set({ stopLoss: { price: position.stopLoss?.price ?? '', trigger } })}
          />
        </>
      ) : null}
      <ToggleField
        className="col-span-2"
        label="Take-profit"
        checked={position.takeProfit !== undefined}
        onChange={(on) =>
          onChange(
            on
              ? { ...position, takeProfit: { price: guess(long ? 0.1 : -0.1), trigger: venueTrigger } }
              : without('takeProfit'),
          )
        }
      />
      {position.takeProfit ? (
        <>
          <DecimalField
            label="Take-profit price"
            unit={quote}
            value={position.takeProfit.price}
            error={errorFor(errors, 'takeProfit')}
            onChange={(price) =>
              set({ takeProfit: { trigger: venueTrigger, ...position.takeProfit, price } })
            }
          />
          <SelectField<Trigger>
            label="Triggered by"
            value={position.takeProfit.trigger ?? venueTrigger}
            options={TRIGGERS}
            onChange={(trigger) => set({ takeProfit: { price: position.takeProfit?.price ?? '', trigger } })}
          />
        </>
      ) : null}
      {position.stopLoss || position.takeProfit ? (
        <DecimalField
          className="col-span-2"
          label="Slippage on order fills"
          unit="bps"
          value={position.slippageBps ?? '0'}
          error={errorFor(errors, 'slippageBps')}
          onChange={(slippageBps) => set({ slippageBps })}
        />
      ) : null}
    </fieldset>
  );
}

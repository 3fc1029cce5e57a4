import type { Decimal, FormulaPart, FormulaStep, LiquidationExplanation } from '@liqlab/core';
import { formatDecimal } from '@liqlab/core';
import { ExternalLink } from '~/components/ui/external-link';

/**
 * Rounded to 8 decimals for reading (inputs are usually exact at that); the step's own result is exact.
 * Exempt from the reader's decimal-places setting: the steps are arithmetic to check by hand, and
 * operands rounded to the reader's places would not give the result printed after "=".
 */
export function formulaNumber(value: Decimal): string {
  return formatDecimal(value, { digits: 8, trim: true });
}

/** "=" when the digits shown are the whole value, "≈" when they are rounded. */
function equalsSign(value: Decimal): string {
  return value.decimalPlaces() <= 8 ? '=' : '≈';
}

function symbols(parts: readonly FormulaPart[]): string {
  return parts
    .map((part) => (typeof part === 'object' ? part.symbol : part))
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
}

function numbers(parts: readonly FormulaPart[]): string {
  return parts
    .map((part) => {
      if (typeof part !== 'object') return part;
      const text = formatDecimal(part.value, { digits: 18, trim: true });
      return part.value.isNegative() ? `(${text})` : text;
    })
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
}

function Step({ step, index }: { step: FormulaStep; index: number }) {
  return (
    <li
      className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
      data-testid={`step-${step.id}`}
    >
      <p className="text-sm font-semibold">
        {index + 1}. {step.title}
      </p>
      <p className="mt-1 overflow-x-auto font-mono text-xs">
        {step.symbol} = {symbols(step.parts)}
      </p>
      <p className="overflow-x-auto font-mono text-xs text-slate-700 dark:text-slate-300">
        {step.symbol} = {numbers(step.parts)}
      </p>
      <p className="mt-1 font-mono text-sm font-semibold" data-testid="step-result">
        {step.symbol} {equalsSign(step.result)} {formulaNumber(step.result)}
        {step.unit ? `\u2009${step.unit}` : ''}
      </p>
    </li>
  );
}

/** Which symbols the steps use, once each, with their meaning. */
function Legend({ steps }: { steps: readonly FormulaStep[] }) {
  const seen = new Map<string, string>();
  for (const step of steps) {
    for (const part of step.parts) {
      if (typeof part === 'object' && !seen.has(part.symbol) && !/^\d+$/.test(part.symbol)) {
        seen.set(part.symbol, part.meaning);
      }
    }
  }
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-600 dark:text-slate-400">
      {[...seen].map(([symbol, meaning]) => (
        <div key={symbol} className="contents">
          <dt className="font-mono">{symbol}</dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The formula with its source, then with the reader's numbers, then the result: step by step. */
export function FormulaSteps({
  explanation,
  steps,
  testId,
}: {
  explanation: LiquidationExplanation;
  steps: readonly FormulaStep[];
  testId: string;
}) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Formula from <ExternalLink href={explanation.source.url}>{explanation.source.title}</ExternalLink>
        {'; every line below is the engine’s own arithmetic.'}
      </p>
      <ol className="flex flex-col gap-2" data-testid={testId}>
        {steps.map((step, index) => (
          <Step key={`${step.id}-${index}`} step={step} index={index} />
        ))}
      </ol>
      <details className="text-xs">
        <summary className="cursor-pointer">What the symbols mean</summary>
        <Legend steps={steps} />
      </details>
    </div>
  );
}

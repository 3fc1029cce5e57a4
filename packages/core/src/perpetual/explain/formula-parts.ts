import { Decimal } from '../../decimal';
import { LiquidationError } from '../../errors';

/** One quantity in a formula: its symbol as the venue writes it, what it means, and its exact value. */
export interface FormulaValue {
  readonly symbol: string;
  readonly meaning: string;
  readonly value: Decimal;
  /** The asset or currency the value is in (a price, a margin asset); none for rates and counts. */
  readonly unit?: string;
}

export type FormulaOperator = '+' | '−' | '×' | '÷';

/**
 * A formula as a sequence of values, operators and parentheses. The same parts print the formula
 * (symbols) and the formula with the numbers substituted (values), and evaluating them gives the
 * result, so what the reader sees is, by construction, the arithmetic that produced the figure.
 */
export type FormulaPart = FormulaValue | FormulaOperator | '(' | ')';

export function formulaValue(symbol: string, value: Decimal, meaning: string, unit?: string): FormulaValue {
  return unit === undefined ? { symbol, meaning, value } : { symbol, meaning, value, unit };
}

const PRECEDENCE: Record<FormulaOperator, number> = { '+': 1, '−': 1, '×': 2, '÷': 2 };

function apply(operator: FormulaOperator, left: Decimal, right: Decimal): Decimal {
  switch (operator) {
    case '+':
      return left.plus(right);
    case '−':
      return left.minus(right);
    case '×':
      return left.times(right);
    case '÷':
      return left.div(right);
  }
}

function malformed(): never {
  throw new LiquidationError('INVALID_ARGUMENT', 'The formula is malformed.', 'formula');
}

/**
 * Evaluates the parts left to right with the usual precedence (× and ÷ before + and −), in the
 * engine's Decimal: the order of operations is the written one, so a formula written in the same
 * order as a rule set's code gives the same digits.
 */
export function evaluateFormula(parts: readonly FormulaPart[]): Decimal {
  const values: Decimal[] = [];
  const operators: (FormulaOperator | '(')[] = [];
  const reduce = () => {
    const operator = operators.pop();
    const right = values.pop();
    const left = values.pop();
    if (operator === undefined || operator === '(' || right === undefined || left === undefined) malformed();
    values.push(apply(operator, left, right));
  };
  for (const part of parts) {
    if (typeof part === 'object') {
      values.push(part.value);
    } else if (part === '(') {
      operators.push(part);
    } else if (part === ')') {
      while (operators.length > 0 && operators[operators.length - 1] !== '(') reduce();
      if (operators.pop() !== '(') malformed();
    } else {
      while (operators.length > 0) {
        const top = operators[operators.length - 1]!;
        if (top === '(' || PRECEDENCE[top] < PRECEDENCE[part]) break;
        reduce();
      }
      operators.push(part);
    }
  }
  while (operators.length > 0) reduce();
  if (values.length !== 1) malformed();
  return values[0] ?? new Decimal(0);
}

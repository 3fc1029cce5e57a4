import { splitAmountTags } from '@liqlab/content/lessons/amount-tag';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Amount } from './amount';

/**
 * Code in a lesson: inline formulas and the worked examples of fenced blocks. MDX leaves a block's
 * `<Amount value="…" />` as text, so it is turned into an Amount here, and a worked example's money
 * figures follow the reader's decimal places as the sentence around it does.
 */
export function LessonCode({ children, className, ...props }: ComponentPropsWithoutRef<'code'>) {
  return (
    <code className={['font-mono text-[0.875em]', className].filter(Boolean).join(' ')} {...props}>
      {typeof children === 'string' ? withAmounts(children) : children}
    </code>
  );
}

function withAmounts(text: string): ReactNode {
  const segments = splitAmountTags(text);
  if (segments.every((segment) => 'text' in segment)) return text;
  return segments.map((segment, index) =>
    'amount' in segment ? (
      // The segments of one block never change order, so their index is a stable key.
      <Amount key={index} value={segment.amount} />
    ) : (
      segment.text
    ),
  );
}

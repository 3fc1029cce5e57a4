import { markedParts } from '@liqlab/core/figure-marks';
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { ReaderFigure } from './reader-figure';

function splitMarks(text: string): ReactNode {
  const parts = markedParts(text);
  if (parts.length === 1 && typeof parts[0] === 'string') return text;
  return parts.map((part, at) =>
    typeof part === 'string' ? part : <ReaderFigure key={at} texts={part.figure} />,
  );
}

/**
 * `node` with every marked money figure in its text (core's markedMoney, at any depth of its
 * elements) made a ReaderFigure: a diagram composes its labels and description as plain strings, and
 * the frame makes their figures follow the reader's decimal places.
 */
export function withReaderFigures(node: ReactNode): ReactNode {
  if (typeof node === 'string') return splitMarks(node);
  if (Array.isArray(node)) return Children.map(node, withReaderFigures);
  if (!isValidElement<{ children?: ReactNode }>(node) || node.props.children === undefined) return node;
  return cloneElement(node as ReactElement<{ children?: ReactNode }>, {
    children: withReaderFigures(node.props.children),
  });
}

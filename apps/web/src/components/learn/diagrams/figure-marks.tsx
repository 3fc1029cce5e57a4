import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { ReaderFigure } from './reader-figure';

// A diagram composes its labels and its description as strings around its figures. A money figure
// travels inside those strings as a mark holding its text at every decimal-places choice (Unicode
// private-use characters, which no label contains), and the frame turns each mark into a ReaderFigure.
// This keeps the diagrams' sentences as plain template strings while the figures follow the reader.
const OPEN = '\uE000';
const NEXT = '\uE001';
const CLOSE = '\uE002';
const MARK = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');

/** A figure's text at each CURRENCY_DIGIT_CHOICES entry, as one mark to place in a label's string. */
export function markFigure(textAt: (digits: number) => string): string {
  return `${OPEN}${CURRENCY_DIGIT_CHOICES.map(textAt).join(NEXT)}${CLOSE}`;
}

function splitMarks(text: string): ReactNode {
  if (!text.includes(OPEN)) return text;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(<ReaderFigure key={match.index} texts={match[1]!.split(NEXT)} />);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** `node` with every marked figure in its text (at any depth of its elements) made a ReaderFigure. */
export function withReaderFigures(node: ReactNode): ReactNode {
  if (typeof node === 'string') return splitMarks(node);
  if (Array.isArray(node)) return Children.map(node, withReaderFigures);
  if (!isValidElement<{ children?: ReactNode }>(node) || node.props.children === undefined) return node;
  return cloneElement(node as ReactElement<{ children?: ReactNode }>, {
    children: withReaderFigures(node.props.children),
  });
}

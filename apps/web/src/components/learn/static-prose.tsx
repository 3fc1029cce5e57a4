import { Children, Fragment, isValidElement, type ReactNode } from 'react';
import { StaticMarkup } from '~/components/ui/static-markup';

/** Whether a component renders only markup that needs no JavaScript (decided by the content's owner). */
export type IsScriptFree = (type: unknown) => boolean;

/**
 * Whether `node` needs no JavaScript: text, host elements and components `isScriptFree` vouches for,
 * at every depth of their children. Any other component — a widget, an inline check, a diagram whose
 * figures follow the reader's settings — needs its script.
 */
export function needsNoScript(node: ReactNode, isScriptFree: IsScriptFree): boolean {
  if (node === null || node === undefined || typeof node === 'boolean') return true;
  if (typeof node === 'string' || typeof node === 'number') return true;
  if (Array.isArray(node)) return node.every((child) => needsNoScript(child, isScriptFree));
  if (!isValidElement<{ children?: ReactNode }>(node)) return false;
  if (typeof node.type !== 'string' && node.type !== Fragment && !isScriptFree(node.type)) return false;
  return needsNoScript(node.props.children, isScriptFree);
}

/**
 * `blocks` (a lesson's top-level blocks, in order) with each run of consecutive script-free blocks in
 * one StaticMarkup, which hydration keeps as the server rendered it, and every other block — the
 * islands — as it is, hydrated as usual. The order and the markup are unchanged: StaticMarkup's
 * wrapper is `display: contents`.
 */
export function hydrateOnlyIslands(blocks: ReactNode, isScriptFree: IsScriptFree): ReactNode[] {
  const result: ReactNode[] = [];
  let run: ReactNode[] = [];
  const closeRun = () => {
    if (run.length > 0) result.push(<StaticMarkup key={`static-${result.length}`}>{run}</StaticMarkup>);
    run = [];
  };
  for (const block of Children.toArray(blocks)) {
    if (needsNoScript(block, isScriptFree)) run.push(block);
    else {
      closeRun();
      result.push(block);
    }
  }
  closeRun();
  return result;
}

/**
 * The top-level blocks of compiled MDX content, as its layout `wrapper` receives it: MDX hands the
 * wrapper one element of its internal content component, whose render is a fragment of the blocks.
 * That component is a plain function of its props with no hooks (MDX compiles it so), so calling it
 * here, on the server, is its render.
 */
export function mdxBlocks(wrapperChildren: ReactNode): ReactNode {
  if (!isValidElement(wrapperChildren) || typeof wrapperChildren.type !== 'function') return wrapperChildren;
  const render = wrapperChildren.type as (props: unknown) => ReactNode;
  const content = render(wrapperChildren.props);
  return isValidElement<{ children?: ReactNode }>(content) && content.type === Fragment
    ? content.props.children
    : content;
}

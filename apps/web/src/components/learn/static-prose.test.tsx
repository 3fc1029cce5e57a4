import { Fragment, isValidElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { StaticMarkup } from '~/components/ui/static-markup';
import { hydrateOnlyIslands, mdxBlocks, needsNoScript } from './static-prose';

function Term({ children }: { children: ReactNode }) {
  return <span>{children}</span>;
}
function InlineCheck() {
  return <form />;
}
const isScriptFree = (type: unknown) => type === Term;

/** What hydrateOnlyIslands made of the blocks: "static(n)" for a run of n blocks, else the block's type name. */
function shape(nodes: ReactNode[]): string[] {
  return nodes.map((node) => {
    if (!isValidElement<{ children: ReactNode[] }>(node)) return String(node);
    if (node.type === StaticMarkup) return `static(${node.props.children.length})`;
    return typeof node.type === 'string' ? node.type : (node.type as { name: string }).name;
  });
}

describe('needsNoScript', () => {
  it('accepts text, host elements and vouched-for components at any depth', () => {
    expect(needsNoScript('text', isScriptFree)).toBe(true);
    expect(
      needsNoScript(
        <p>
          A <Term>margin</Term> and <strong>bold</strong>
        </p>,
        isScriptFree,
      ),
    ).toBe(true);
  });

  it('refuses a block with any other component, however deep', () => {
    expect(needsNoScript(<InlineCheck />, isScriptFree)).toBe(false);
    expect(
      needsNoScript(
        <ul>
          <li>
            <em>
              <InlineCheck />
            </em>
          </li>
        </ul>,
        isScriptFree,
      ),
    ).toBe(false);
  });
});

describe('hydrateOnlyIslands', () => {
  it('wraps each run of script-free blocks once and leaves islands between them', () => {
    const blocks = [
      <h2 key="a">Title</h2>,
      '\n',
      <p key="b">
        Some <Term>leverage</Term>
      </p>,
      <InlineCheck key="c" />,
      <p key="d">After</p>,
      <InlineCheck key="e" />,
    ];
    expect(shape(hydrateOnlyIslands(blocks, isScriptFree))).toEqual([
      'static(3)',
      'InlineCheck',
      'static(1)',
      'InlineCheck',
    ]);
  });

  it('keeps every block, in order', () => {
    const blocks = [<p key="a">1</p>, <InlineCheck key="b" />, <p key="c">2</p>, <p key="d">3</p>];
    const flattened = hydrateOnlyIslands(blocks, isScriptFree).flatMap((node) =>
      isValidElement<{ children: ReactNode[] }>(node) && node.type === StaticMarkup
        ? node.props.children
        : [node],
    );
    expect(
      flattened.map((node) =>
        isValidElement<{ children?: ReactNode }>(node) ? (node.props.children ?? 'check') : node,
      ),
    ).toEqual(['1', 'check', '2', '3']);
  });
});

describe('mdxBlocks', () => {
  it('renders the content element MDX gives its wrapper into its top-level blocks', () => {
    function MdxContent({ suffix }: { suffix: string }) {
      return (
        <Fragment>
          <p>one {suffix}</p>
          <p>two</p>
        </Fragment>
      );
    }
    const blocks = mdxBlocks(<MdxContent suffix="!" />) as ReactNode[];
    expect(blocks).toHaveLength(2);
    expect(isValidElement<{ children: ReactNode[] }>(blocks[0]) && blocks[0].props.children).toEqual([
      'one ',
      '!',
    ]);
  });
});

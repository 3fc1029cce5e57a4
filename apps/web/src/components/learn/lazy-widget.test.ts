import { createElement, type ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { LazyWidget } from './lazy-widget';

async function serverHtml(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}

describe('LazyWidget on the server', () => {
  const calculator = () =>
    createElement(LazyWidget<'LeverageCalculator'>, {
      name: 'LeverageCalculator',
      props: { defaultEntry: '60000', defaultQuantity: '1', defaultLeverage: '10' },
    });

  it('renders the widget in full (the static summary readers without JavaScript get), never the placeholder', async () => {
    const html = await serverHtml(calculator());
    expect(html).toContain('Leverage calculator');
    expect(html).toContain('60,000');
    expect(html).not.toContain('Loading the interactive widget');
  });

  it('marks the widget as waiting for its code even once the server has the code loaded', async () => {
    await serverHtml(calculator()); // the first render loads the widget's module on the server
    const html = await serverHtml(calculator());
    expect(html).toContain('data-widget-state="waiting"');
    expect(html).not.toContain('data-widget-state="interactive"');
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SandboxLink } from '../learn/sandbox-link';
import { ExternalLink } from './external-link';
import { InfoTip } from './info-tip';

describe('the ↗ mark', () => {
  it('marks a link that leaves the site, which opens in a new tab without an opener', () => {
    const html = renderToStaticMarkup(
      <ExternalLink href="https://www.binance.com/en/support">Binance</ExternalLink>,
    );
    expect(html).toContain('↗');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('opens another site in a new tab');
  });

  it('is not on links that stay on the site', () => {
    const sandbox = renderToStaticMarkup(
      <SandboxLink preset="long-10x-flash-crash-no-stop">Try it</SandboxLink>,
    );
    expect(sandbox).toContain('href="/sandbox?preset=long-10x-flash-crash-no-stop"');
    expect(sandbox).not.toContain('↗');
    const help = renderToStaticMarkup(
      <InfoTip href="/learn/stop-losses#the-planned-loss" topic="the planned loss" />,
    );
    expect(help).not.toContain('↗');
  });

  it('opens the sandbox’s help in a new tab, so the sandbox stays as it was', () => {
    const help = renderToStaticMarkup(
      <InfoTip href="/learn/stop-losses#the-planned-loss" topic="the planned loss" />,
    );
    expect(help).toContain('target="_blank"');
    expect(help).toContain('rel="noopener"');
    expect(help).toContain('aria-label="Learn how the planned loss works (opens the lesson in a new tab)"');
  });
});

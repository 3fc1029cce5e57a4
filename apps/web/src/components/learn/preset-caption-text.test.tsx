import { guidedPresets } from '@liqlab/content/sandbox/guided-presets';
import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GuidedGoalBanner } from '~/components/sandbox/guided-goal-banner';
import { StartPanel } from '~/components/sandbox/start-panel';
import { MarkVsLastPlayer } from './mark-vs-last-player';
import { PositionReplayPlayer } from './position-replay-player';

const MARKS = /[\uE000-\uE002]/;
const preset = (id: string) => sandboxPreset(id)!;

// A preset's caption carries its figures as marks (core's markedMoney, markedGiven): every place that
// shows it reads them at the reader's places, here the server's default (the reader's own apply after
// hydration: display-precision e2e), and nothing of a mark reaches the page.
describe('preset captions on the page', () => {
  it('the lesson widgets show a caption’s figures in the one number format', () => {
    const html = renderToStaticMarkup(
      <>
        <MarkVsLastPlayer presets={[preset('mark-vs-last-wick-20x')]} />
        <PositionReplayPlayer preset={preset('long-10x-flash-crash-no-stop')} />
      </>,
    );
    expect(html).not.toMatch(MARKS);
    expect(html).toContain(
      'the mark price dips only 6%, to 56,400.00. The 20× long, liquidated at 57,286.43,',
    );
    expect(html).toContain(
      'below the liquidation price of 54,271.36, and the whole 6,000.00 USDT margin is lost',
    );
  });

  it('the start panel and a challenge’s goal show their amounts the same way', () => {
    const guided = guidedPresets[0]!;
    const html = renderToStaticMarkup(
      <>
        <StartPanel
          choices={guidedPresets.map((g) => ({ id: g.id, name: g.name, goal: g.goal.text }))}
          onStartBlank={() => {}}
        />
        <GuidedGoalBanner goal={{ name: guided.name, ...guided.goal }} status={null} />
      </>,
    );
    expect(html).not.toMatch(MARKS);
    expect(html).toContain('a 1 BTC long at 60,000.00, 10×');
    expect(html).toContain(guided.goal.text);
  });
});

import { TRPCError } from '@trpc/server';
import { ImageResponse } from 'next/og';
import { moderationRefusalOf } from '~/server/moderation-refusal';
import { serverCaller } from '~/trpc/server-caller';

export const alt = 'A shared Liquidation Lab scenario';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

type Params = Promise<{ slug: string }>;

/** Title and position in one line, or null when the scenario is private, gone, withheld or malformed. */
async function summaryOf(slug: string) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(slug)) return null;
  try {
    const scenario = await (await serverCaller()).scenario.get({ idOrSlug: slug, countView: false });
    const { side, leverage, rules, entryPrice } = scenario.position;
    return { title: scenario.title, line: `${side} · ${leverage}× · ${rules} · entry ${entryPrice}` };
  } catch (error) {
    if (moderationRefusalOf(error)) return null;
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      return null;
    throw error;
  }
}

/**
 * The link preview of a shared scenario. next/og renders with the font it bundles (Geist), so no
 * network is needed. Private scenarios (a crawler has no session) get the generic card.
 */
export default async function Image({ params }: { params: Params }) {
  const summary = await summaryOf((await params).slug);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#020617',
        color: '#f1f5f9',
      }}
    >
      <div style={{ display: 'flex', fontSize: 32, color: '#e69f00', letterSpacing: 2 }}>
        LIQUIDATION LAB · SHARED SCENARIO
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <div style={{ display: 'flex', fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>
          {summary ? summary.title.slice(0, 90) : 'A leveraged position, replayed'}
        </div>
        {summary && <div style={{ display: 'flex', fontSize: 36, color: '#94a3b8' }}>{summary.line}</div>}
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: '#94a3b8' }}>
        Watch equity, margin ratio and the liquidation price move.
      </div>
    </div>,
    size,
  );
}

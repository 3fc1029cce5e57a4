import { DEFAULT_SCENARIO } from '@liqlab/scenario/default-scenario';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { decodeScenarioState } from '@liqlab/scenario/scenario-state-codec';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { marketFromLink } from '~/components/explain/explain-link';
import { ExplainView } from '~/components/explain/explain-view';
import { RequestIdMeta } from '~/components/shell/request-id-meta';
import { moderationRefusalOf } from '~/server/moderation-refusal';
import { serverCaller } from '~/trpc/server-caller';

export const metadata: Metadata = {
  title: 'Explain my liquidation',
  description:
    "Enter or paste your exchange position and see its liquidation and bankruptcy price worked out with the exchange's own formula, step by step.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

interface Opened {
  title: string;
  position: ScenarioPosition;
  path: { kind: string; annualVolatility?: string; horizonDays?: number } | undefined;
  notice?: string;
}

/** A saved explanation by its share slug: the scenario API decides who may read it, as for /s/<slug>. */
async function savedScenario(slug: string): Promise<Opened | string> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(slug)) return 'This link is damaged: ask for a fresh one.';
  try {
    const dto = await (await serverCaller()).scenario.get({ idOrSlug: slug });
    return { title: dto.title, position: dto.position, path: dto.path };
  } catch (error) {
    const withheld = moderationRefusalOf(error);
    if (withheld) return `${withheld.message} Here is an example instead.`;
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) {
      return 'This explanation does not exist or is private; here is an example instead.';
    }
    throw error;
  }
}

/**
 * `?s=<slug>` opens a saved explanation (the scenario sharing rules apply), `?state=<encoded>` one
 * carried whole in the link; `mark`, `last`, `venue` and `move` carry what the exchange showed.
 */
export default async function ExplainPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const slug = single(params.s);
  const encoded = single(params.state);
  const fallback = scenarioInputSchema.parse({ ...DEFAULT_SCENARIO, title: 'My liquidation' });
  let opened: Opened = { title: fallback.title, position: fallback.position, path: fallback.path };
  if (slug) {
    const saved = await savedScenario(slug);
    if (typeof saved === 'string') opened.notice = saved;
    else opened = saved;
  } else if (encoded) {
    try {
      const scenario = decodeScenarioState(encoded);
      opened = { title: scenario.title, position: scenario.position, path: scenario.path };
    } catch (error) {
      opened.notice = error instanceof Error ? error.message : 'This link could not be read.';
    }
  }
  return (
    <>
      <RequestIdMeta />
      <ExplainView
        key={slug ?? encoded ?? 'default'}
        initialPosition={opened.position}
        initialMarket={marketFromLink(params, opened.path)}
        title={opened.title}
        {...(opened.notice ? { notice: opened.notice } : {})}
      />
    </>
  );
}

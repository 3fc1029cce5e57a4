import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { openingFiguresOf } from '~/components/sandbox/opening-figures';
import { draftKeyOf } from '~/components/sandbox/sandbox-draft';
import { SandboxEditor } from '~/components/sandbox/sandbox-editor';
import { DEFAULT_ANALYSIS } from '~/components/sandbox/sandbox-state';
import { savedRefOf } from '~/components/sandbox/saved-scenario';
import { RequestIdMeta } from '~/components/shell/request-id-meta';
import { moderationRefusalOf } from '~/server/moderation-refusal';
import { serverCaller } from '~/trpc/server-caller';

type Params = Promise<{ ref: string }>;

// One read per request, shared by the metadata and the page; opening my own scenario is not a view.
const scenarioByRef = cache(async (ref: string) => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(ref)) return null;
  try {
    return await (await serverCaller()).scenario.get({ idOrSlug: ref, countView: false });
  } catch (error) {
    // Someone else's scenario in review or hidden: its shared page says so.
    if (moderationRefusalOf(error)) redirect(`/s/${ref}`);
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const scenario = await scenarioByRef((await params).ref);
  return { title: scenario ? `${scenario.title} · Sandbox` : 'Scenario not found', robots: { index: false } };
}

/**
 * A saved scenario's own address in the sandbox (`/sandbox/<slug>`): its owner edits it here, so a
 * reload, Back or a bookmark opens it again. Anyone else reaches the shared page (read-only, with
 * "Fork"), and a private scenario of someone else does not exist for them.
 */
export default async function SavedScenarioSandboxPage({ params }: { params: Params }) {
  const { ref } = await params;
  const scenario = await scenarioByRef(ref);
  if (!scenario) notFound();
  if (!scenario.isMine) redirect(`/s/${scenario.slug}`);
  // One address per scenario: an id (old links, forks) moves to the slug.
  if (ref !== scenario.slug) redirect(`/sandbox/${scenario.slug}`);
  const initialState = {
    scenario: {
      title: scenario.title,
      notes: scenario.notes,
      position: scenario.position,
      path: scenario.path,
    },
    analysis: DEFAULT_ANALYSIS,
  };
  const figures = openingFiguresOf(initialState);
  return (
    <>
      <RequestIdMeta />
      <SandboxEditor
        key={scenario.id}
        draftKey={draftKeyOf({ kind: 'saved', id: scenario.id })}
        saved={savedRefOf(scenario)}
        initialState={initialState}
        {...(figures ? { opening: figures } : {})}
      />
    </>
  );
}

import { AppLink } from '~/components/ui/app-link';

/**
 * Shown above a scenario in review or hidden to the only people who can still open it: its owner,
 * told what strangers see now, and an administrator reviewing it.
 */
export function ModerationBanner({ state, isMine }: { state: 'PENDING_REVIEW' | 'HIDDEN'; isMine: boolean }) {
  const forOwner =
    state === 'HIDDEN'
      ? 'A moderator hid this scenario. It is out of the gallery, and its link shows a notice instead of it; only you can still open it.'
      : 'Several learners reported this scenario. Until a moderator reviews it, it is out of the gallery and its link shows an “under review” notice; only you can still open it.';
  return (
    <div
      role="status"
      className="rounded-md border border-caution bg-caution/10 px-4 py-3 text-sm"
      data-testid="moderation-banner"
    >
      {isMine ? (
        forOwner
      ) : (
        <>
          {state === 'HIDDEN' ? 'Hidden by moderation.' : 'In review: reported by several learners.'} You see
          it as an administrator.{' '}
          <AppLink className="underline" href="/admin/moderation">
            Moderation
          </AppLink>
        </>
      )}
    </div>
  );
}

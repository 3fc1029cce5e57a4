/**
 * The confirmation of a first save (or a copy), carried across the move to the scenario's own address:
 * that move mounts a new editor, whose save bar shows it once. Module state, so a reload forgets it.
 */
let notice: { slug: string; text: string } | null = null;

export function leaveSaveNotice(slug: string, text: string): void {
  notice = { slug, text };
}

/** The notice left for this scenario, if any; it is shown once (`forgetSaveNotice` after mounting). */
export function saveNoticeFor(slug: string | undefined): string | null {
  return notice && notice.slug === slug ? notice.text : null;
}

export function forgetSaveNotice(): void {
  notice = null;
}

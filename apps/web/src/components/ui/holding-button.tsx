'use client';

import { type ComponentProps, type MouseEvent, useRef } from 'react';
import { leftForLater, useSendHeldAction } from './use-send-held-action';

/**
 * A button (not a form's) whose tap before the page's scripts ran is kept and acted on once they have
 * (HOLD_EARLY_ACTION_SCRIPT): "Play" on a slow phone plays, instead of doing nothing. Meanwhile it
 * shows busy.
 */
export function HoldingButton({ onClick, className, ...props }: Omit<ComponentProps<'button'>, 'type'>) {
  const button = useRef<HTMLButtonElement>(null);
  useSendHeldAction(button);
  return (
    <button
      {...props}
      ref={button}
      type="button"
      data-hold-until-ready
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        if (!leftForLater(event.currentTarget)) onClick?.(event);
      }}
      className={`${className ?? ''} aria-busy:cursor-progress aria-busy:opacity-60`}
    />
  );
}

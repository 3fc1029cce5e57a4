'use client';

import {
  type ComponentType,
  use,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type TrackedPromise, trackPromise } from '~/lib/tracked-promise';
import { whenNearViewport } from '~/lib/when-near-viewport';
import { readServedEdits, replayServedEdit, type ServedEdit } from './served-widget-edits';
import { type WidgetName, type WidgetProps, widgetLoaders } from './widget-loaders';

// Props are checked where a widget is named (LazyWidget's WidgetProps<N>); past that, any widget.
type AnyWidget = ComponentType<object>;

// Started imports, one per widget, shared by every slot showing that widget.
const started = new Map<WidgetName, TrackedPromise<AnyWidget>>();

function importWidget(name: WidgetName): TrackedPromise<AnyWidget> {
  let load = started.get(name);
  if (!load) {
    load = trackPromise(widgetLoaders[name]() as Promise<unknown> as Promise<AnyWidget>);
    started.set(name, load);
  }
  return load;
}

function loadedWidget(name: WidgetName): AnyWidget | null {
  const load = started.get(name);
  return load?.status === 'fulfilled' ? (load.value ?? null) : null;
}

/** The server renders every widget in full: the static summary readers without JavaScript get. */
function ServerWidget({ name, props }: { name: WidgetName; props: object }) {
  const Widget = use(importWidget(name) as Promise<AnyWidget>);
  return <Widget {...props} />;
}

const subscribeToNothing = () => () => {};

/** True while React hydrates server HTML (and on the server), false in a render made in the browser. */
function useIsHydrating(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

function focusedIndex(container: HTMLElement): number {
  const active = document.activeElement;
  if (!active || !container.contains(active)) return -1;
  return [...container.querySelectorAll(FOCUSABLE)].indexOf(active);
}

/** Shown only when a lesson is opened by client-side navigation, until the widget's code arrives. */
function WidgetPlaceholder() {
  return (
    <div
      role="status"
      className="not-prose my-8 flex min-h-64 items-center justify-center rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
    >
      Loading the interactive widget…
    </div>
  );
}

// How far below the fold a widget starts loading, so it is ready when the reader gets there.
const LOAD_AHEAD = '400px 0px';

/**
 * A lesson widget whose code is imported only when it comes near the viewport (or takes focus), so
 * a lesson's first-load JavaScript carries none of the widgets or the engine.
 *
 * The server renders the widget in full. In the browser that HTML is kept as it is (React leaves
 * the children of an element with `dangerouslySetInnerHTML` alone while hydrating), visible but
 * not yet interactive, until the code arrives; the widget then renders over it with the same
 * markup, so nothing moves, focus stays on the control the reader had tabbed to, and what the reader
 * changed or tapped there is done again on the widget (served-widget-edits.ts). (A Suspense
 * boundary that stays dehydrated would do this too, but React streams a boundary as large as a
 * widget separately, behind its fallback, so readers without JavaScript would get the fallback.)
 */
export function LazyWidget<N extends WidgetName>({ name, props }: { name: N; props: WidgetProps<N> }) {
  const hydrating = useIsHydrating();
  // Decided at the first render: keep the server's HTML (hydration) or show the placeholder.
  const [keepServerHtml] = useState(hydrating);
  const [Widget, setWidget] = useState<AnyWidget | null>(() => loadedWidget(name));
  const ref = useRef<HTMLDivElement>(null);
  const focusAfterLoad = useRef(-1);
  const editsAfterLoad = useRef<ServedEdit[]>([]);

  useEffect(() => {
    const element = ref.current;
    if (Widget || !element) return;
    let stopped = false;
    let stopWatching = () => {};
    function stop() {
      stopped = true;
      stopWatching();
      element?.removeEventListener('focusin', start);
    }
    function start() {
      if (stopped) return;
      stop();
      importWidget(name).then(
        (loaded) => {
          if (element) {
            focusAfterLoad.current = focusedIndex(element);
            editsAfterLoad.current = readServedEdits(element);
          }
          setWidget(() => loaded);
        },
        // The server's HTML stays, readable but not interactive; the failure goes to the console.
        (error: unknown) => console.error(error),
      );
    }
    // A keyboard reader tabbing into the not-yet-interactive HTML starts it too.
    element.addEventListener('focusin', start);
    stopWatching = whenNearViewport(element, LOAD_AHEAD, start);
    return stop;
  }, [Widget, name]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!Widget || !element || focusAfterLoad.current < 0) return;
    const target = element.querySelectorAll<HTMLElement>(FOCUSABLE)[focusAfterLoad.current];
    focusAfterLoad.current = -1;
    target?.focus();
  }, [Widget]);

  // What the reader changed in the served HTML, done again on the widget: one edit a task, each
  // rendered before the next, as when the reader makes them one after another.
  useEffect(() => {
    const element = ref.current;
    const edits = editsAfterLoad.current;
    if (!Widget || !element || edits.length === 0) return;
    editsAfterLoad.current = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = (index: number) => {
      const edit = edits[index];
      if (!edit) return;
      replayServedEdit(element, edit);
      timer = setTimeout(() => next(index + 1));
    };
    timer = setTimeout(() => next(0));
    return () => clearTimeout(timer);
  }, [Widget]);

  const state = Widget ? 'interactive' : 'waiting';
  if (typeof window === 'undefined') {
    // Always "waiting" here: the browser has no widget code yet, however warm the server is.
    return (
      <div data-widget={name} data-widget-state="waiting">
        <ServerWidget name={name} props={props} />
      </div>
    );
  }
  if (!Widget && keepServerHtml) {
    return (
      <div
        ref={ref}
        data-widget={name}
        data-widget-state={state}
        dangerouslySetInnerHTML={{ __html: '' }}
        suppressHydrationWarning
      />
    );
  }
  return (
    <div ref={ref} data-widget={name} data-widget-state={state}>
      {Widget ? <Widget {...props} /> : <WidgetPlaceholder />}
    </div>
  );
}

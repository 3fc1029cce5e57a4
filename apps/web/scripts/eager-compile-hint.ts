// V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): a script that starts with
// this comment has every function compiled while it streams in, on a background thread. Without it,
// V8 compiles each function lazily, on the main thread, the first time it runs — and the framework
// chunks (React DOM is one 200 kB module factory) all run during start-up, in one long task.
// Measured under Lighthouse (see BENCHMARKS.md): that task went from 48 ms to 16 ms on a lesson.
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Next's build manifest, the part that names the chunks every page loads at start-up. */
export interface BuildManifest {
  rootMainFiles: string[];
}

/**
 * The chunks worth compiling eagerly: the framework chunks every page runs while it starts.
 * Route chunks and lazily imported ones are left to V8's default (compile on first call), since
 * much of their code may never run.
 */
export function startupChunksOf(manifest: BuildManifest): string[] {
  if (!Array.isArray(manifest.rootMainFiles) || manifest.rootMainFiles.length === 0) {
    throw new Error('build-manifest.json names no rootMainFiles: has the Next.js build output changed?');
  }
  return manifest.rootMainFiles.filter((file) => file.endsWith('.js'));
}

/** The chunk's source with the hint as its first line (unchanged when it already has it). */
export function withEagerCompileHint(source: string): string {
  return source.startsWith(EAGER_COMPILE_HINT) ? source : `${EAGER_COMPILE_HINT}\n${source}`;
}

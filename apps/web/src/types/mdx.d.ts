// tsconfig limits ambient types to "node"; this brings in @types/mdx for `*.mdx` imports.
/// <reference types="mdx" />

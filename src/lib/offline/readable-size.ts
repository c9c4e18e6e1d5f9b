// Shared by the build (the benchmark's report) and the offline button: no Node or DOM here.

/** "1.4 MB", "820 KB": a size as a reader reads it (1 MB = 1,000,000 bytes, as the benchmark counts). */
export function readableSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

// A published version (a game config, a catalog) never changes once written, so what a process has read
// of one is kept: the newest few, by environment and version.
export function versionMemo<T>(max: number) {
  const entries = new Map<string, T>();
  return async (environmentId: string, version: number, read: () => Promise<T | null>): Promise<T | null> => {
    const key = `${environmentId}:${version}`;
    const known = entries.get(key);
    if (known !== undefined) return known;
    const value = await read();
    if (value === null) return null;
    if (entries.size >= max) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    return value;
  };
}

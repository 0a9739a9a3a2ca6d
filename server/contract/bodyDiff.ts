// Where a live JSON answer differs from the documented one, by JSON pointer. A field the deployment sends
// beyond the documented answer is reported apart ("added"): it breaks no client, every other difference does.

export interface BodyDifference {
  pointer: string;
  kind: "added" | "missing" | "changed";
  text: string;
}

const show = (value: unknown) => {
  const json = JSON.stringify(value);
  return json === undefined ? "nothing" : json.length > 80 ? `${json.slice(0, 77)}…` : json;
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

export function bodyDifferences(documented: unknown, live: unknown, pointer = ""): BodyDifference[] {
  if (isObject(documented) && isObject(live)) {
    return [
      ...Object.keys(documented).flatMap((key): BodyDifference[] =>
        key in live ? bodyDifferences(documented[key], live[key], `${pointer}/${escape(key)}`)
          : [{ pointer: `${pointer}/${escape(key)}`, kind: "missing", text: `documented ${show(documented[key])}, not sent` }]),
      ...Object.keys(live).filter((key) => !(key in documented))
        .map((key): BodyDifference => ({ pointer: `${pointer}/${escape(key)}`, kind: "added", text: `sent ${show(live[key])}, not documented` })),
    ];
  }
  if (Array.isArray(documented) && Array.isArray(live)) {
    if (documented.length !== live.length) return [{ pointer, kind: "changed", text: `documented ${documented.length} items, got ${live.length}` }];
    return documented.flatMap((item, i) => bodyDifferences(item, live[i], `${pointer}/${i}`));
  }
  return JSON.stringify(documented) === JSON.stringify(live) ? [] : [{ pointer, kind: "changed", text: `documented ${show(documented)}, got ${show(live)}` }];
}

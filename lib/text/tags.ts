/** A tag list as typed ("#寻子 #回家", "寻子，回家", "a, b; c") → the tags, without `#` and separators. */
export function splitTags(raw: string): string[] {
  return raw
    .split(/[\s,，、;；#]+/u)
    .map((t) => t.trim())
    .filter(Boolean);
}

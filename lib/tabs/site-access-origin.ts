/** `https://host` from what a person types: "mastodon.example", "https://mastodon.example/@me"… */
export function originFromInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) return null;
    return `https://${url.hostname}`;
  } catch {
    return null;
  }
}

/** The origin of a web page (`https://host`, `http://host:8080`), or null for any other address (a browser page, a file). */
export function webOrigin(url: string): string | null {
  try {
    const address = new URL(url);
    return address.protocol === 'https:' || address.protocol === 'http:' ? address.origin : null;
  } catch {
    return null;
  }
}

/**
 * The articles' full text, served beside graph.json as documents.jsonl
 * (one `{"id","text"}` per line). Fetched once, on first use; a build or file
 * without it gives an empty map and the reader says so.
 */
export type ArticleTexts = () => Promise<Map<string, string>>;

export function servedArticleTexts(url = 'documents.jsonl'): ArticleTexts {
  let loading: Promise<Map<string, string>> | null = null;
  const load = async (): Promise<Map<string, string>> => {
    const texts = new Map<string, string>();
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) return texts;
      for (const line of (await response.text()).split('\n')) {
        if (!line.trim()) continue;
        const record: unknown = JSON.parse(line);
        if (record && typeof record === 'object' && 'id' in record && 'text' in record) {
          const { id, text } = record;
          if (typeof id === 'string' && typeof text === 'string') texts.set(id, text);
        }
      }
    } catch {
      // A missing or damaged file leaves the reader without text, never breaks the page.
    }
    return texts;
  };
  return () => (loading ??= load());
}

export const noArticleTexts: ArticleTexts = () => Promise.resolve(new Map());

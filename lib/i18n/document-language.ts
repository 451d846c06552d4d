/**
 * The page says which language it is in (`<html lang>`: screen readers pick their voice by it, the browser
 * its CJK font) and its title (the window, the tab, Firefox's sidebar header) in that language too.
 */
export function applyDocumentLanguage(doc: Document, language: string, title: string): void {
  doc.documentElement.lang = language;
  doc.title = title;
}

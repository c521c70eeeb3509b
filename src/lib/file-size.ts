/** "123 KB", "1.2 MB" in the reader's language: what a download will cost on a data plan. */
export function formatFileSize(bytes: number, lang: string): string {
  if (bytes < 1024) return new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes);
  if (bytes < 1024 * 1024) {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
  }
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

// On paper, the date is the day of printing, not the day the site was built.
addEventListener('beforeprint', () => {
  const style = document.getElementById('print-page-footer');
  if (!style) return;
  const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long' }).format(new Date());
  // The same escaping as cssString (src/lib/css-string.ts): no line break may end the string.
  const text = `${style.dataset.facts} · ${style.dataset.printedOn} ${date}`
    .replace(/[\r\n\f]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3C ');
  const { factsBox, dir, pageNumbers } = style.dataset;
  style.textContent = `@media print { @page { @${factsBox} { content: "${text}"; direction: ${dir}; } ${pageNumbers} } }`;
});

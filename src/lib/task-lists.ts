/**
 * Markdown checklists ("- [ ] item") become disabled checkboxes with no label: screen readers
 * announce an unnamed, unusable form field before each item. On this site a checklist is for
 * reading and printing, so each box becomes a drawn box, hidden from screen readers, and the
 * item's text speaks for itself.
 */
export function accessibleTaskLists(html: string): string {
  return html.replace(
    /(<li class="task-list-item[^"]*">)\s*<input type="checkbox" disabled(?:="")?( checked(?:="")?)?\s*\/?>/g,
    (_match, item: string, checked: string | undefined) =>
      `${item}<span class="task-box" aria-hidden="true">${checked ? '☑' : '☐'}</span>`,
  );
}

// The quick exit (src/components/QuickExit.astro): the button, or Escape pressed several times quickly,
// hides the page at once and replaces it in the history, so Back does not return here.
(() => {
  const link = document.querySelector('[data-quick-exit]');
  if (!link) return;
  const leave = (event) => {
    event?.preventDefault();
    document.body.hidden = true;
    location.replace(link.href);
  };
  link.addEventListener('click', leave);
  const presses = Number(link.dataset.presses);
  const windowMs = Number(link.dataset.window);
  let times = [];
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    times = [...times.filter((t) => now - t < windowMs), now];
    if (times.length >= presses) leave();
  });
})();

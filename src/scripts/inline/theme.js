// Starlight's colours follow data-theme on <html>: set it from the device's setting, and follow changes.
(() => {
  const light = matchMedia('(prefers-color-scheme: light)');
  const apply = () => (document.documentElement.dataset.theme = light.matches ? 'light' : 'dark');
  apply();
  light.addEventListener('change', apply);
})();

// Runs before first paint so a chosen theme never flashes the other one.
// The key is THEME_KEY in src/client/theme.ts; this script runs inline, before any module can load.
try {
	const theme = localStorage.getItem('crosstrain:theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage refused: follow the system theme.
}

// Runs before first paint so a chosen theme never flashes the other one.
// The key is THEME_KEY in src/client/theme.ts; this script runs inline, before any module can load.
try {
	const theme = localStorage.getItem('crosstrain:theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage refused: follow the system theme.
}

// Frame busting, for hosts that send no frame-ancestors header: a page framed by another
// site hides itself, so it cannot be dressed up as part of that site. Frames from this
// site's own origin (an LMS that serves the course itself) are left alone.
if (window.top !== window.self) {
	try {
		void window.top.location.href;
	} catch {
		document.documentElement.hidden = true;
	}
}

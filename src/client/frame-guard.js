// Runs inline on the hosted site's pages, not in LMS packages, whose LMS frames them.
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

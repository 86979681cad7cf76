declare namespace App {
	interface Locals {
		/** How many ids instanceId() has handed out while rendering this page. */
		instanceIds?: number;
		/** The groups of interface strings <ClientStrings> has written on this page. */
		clientStrings?: Set<string>;
	}
}

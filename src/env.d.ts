declare namespace App {
	interface Locals {
		/** How many ids instanceId() has handed out while rendering this page. */
		instanceIds?: number;
	}
}

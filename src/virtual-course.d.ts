declare module 'virtual:crosstrain/renames' {
	/** Former module slug → current slug, for every renamed module. */
	const renames: Readonly<Record<string, string>>;
	export default renames;
}

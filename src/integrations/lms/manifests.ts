/**
 * The files that tell an LMS what a package holds: imsmanifest.xml for SCORM 1.2 and
 * SCORM 2004 4th edition, cmi5.xml for cmi5. One SCO (or AU) per module, no sequencing
 * beyond what the module reports itself: the common subset every LMS handles.
 */

/** One module in a package. */
export interface ManifestModule {
	slug: string;
	title: string;
	summary: string;
	/** The quiz's pass mark, in percent. */
	passMark: number;
	/** The module page inside the package: modules/<slug>/index.html. */
	href: string;
	/** The module's id on the hosted site (an IRI), for cmi5. */
	url: string;
}

/** What a package is: its id, words for the LMS's catalogue, and its modules in order. */
export interface ManifestPackage {
	/** A name unique among Crosstrain's packages: "module.risk-vocabulary", "path.it-staff", "course". */
	id: string;
	title: string;
	description: string;
	modules: ManifestModule[];
	/** Every other file the pages use (scripts, styles, icon), relative to the package root. */
	assets: string[];
	/** The cmi5 course's IRI. */
	courseUrl: string;
}

/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** The id of a module's item and resource: xs:ID values must not start with a digit. */
const itemId = (slug: string) => `ITEM-${slug}`;
const resourceId = (slug: string) => `RES-${slug}`;

function resources(pkg: ManifestPackage, scormType: 'scormtype' | 'scormType'): string {
	const scos = pkg.modules.map(
		(module) => `		<resource identifier="${resourceId(module.slug)}" type="webcontent" adlcp:${scormType}="sco" href="${xml(module.href)}">
			<file href="${xml(module.href)}"/>
			<dependency identifierref="RES-assets"/>
		</resource>`,
	);
	const assets = `		<resource identifier="RES-assets" type="webcontent" adlcp:${scormType}="asset">
${pkg.assets.map((file) => `			<file href="${xml(file)}"/>`).join('\n')}
		</resource>`;
	return `	<resources>\n${[...scos, assets].join('\n')}\n	</resources>`;
}

/** What both SCORM manifests hold after their namespaces: the metadata, the one organization and the resources. */
function manifestBody(pkg: ManifestPackage, schemaVersion: string, items: string[], scormType: 'scormtype' | 'scormType'): string {
	return `	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>${schemaVersion}</schemaversion>
	</metadata>
	<organizations default="ORG">
		<organization identifier="ORG">
			<title>${xml(pkg.title)}</title>
${items.join('\n')}
		</organization>
	</organizations>
${resources(pkg, scormType)}
</manifest>
`;
}

/** imsmanifest.xml for SCORM 1.2. The pass mark is the item's adlcp:masteryscore (0–100). */
export function scorm12Manifest(pkg: ManifestPackage): string {
	const items = pkg.modules.map(
		(module) => `			<item identifier="${itemId(module.slug)}" identifierref="${resourceId(module.slug)}" isvisible="true">
				<title>${xml(module.title)}</title>
				<adlcp:masteryscore>${module.passMark}</adlcp:masteryscore>
			</item>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="crosstrain.${xml(pkg.id)}" version="1"
	xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
${manifestBody(pkg, '1.2', items, 'scormtype')}`;
}

/**
 * imsmanifest.xml for SCORM 2004 4th edition. The pass mark is the primary objective's
 * minNormalizedMeasure (0–1), which the LMS hands the SCO as cmi.scaled_passing_score;
 * the SCO sets completion and success itself (deliveryControls).
 */
export function scorm2004Manifest(pkg: ManifestPackage): string {
	const items = pkg.modules.map(
		(module) => `			<item identifier="${itemId(module.slug)}" identifierref="${resourceId(module.slug)}" isvisible="true">
				<title>${xml(module.title)}</title>
				<imsss:sequencing>
					<imsss:objectives>
						<imsss:primaryObjective objectiveID="PASS-${module.slug}" satisfiedByMeasure="true">
							<imsss:minNormalizedMeasure>${module.passMark / 100}</imsss:minNormalizedMeasure>
						</imsss:primaryObjective>
					</imsss:objectives>
					<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
				</imsss:sequencing>
			</item>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="crosstrain.${xml(pkg.id)}" version="1"
	xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
	xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
	xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
	xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
${manifestBody(pkg, '2004 4th Edition', items, 'scormType')}`;
}

const langstring = (text: string) => `<langstring lang="en">${xml(text)}</langstring>`;

/**
 * cmi5.xml: one AU per module. moveOn is always set (its default, NotApplicable, would
 * count a module done with no work): a module is done when its quiz is passed, as on the
 * site. masteryScore is the pass mark as a fraction; the LMS may override it.
 */
export function cmi5CourseStructure(pkg: ManifestPackage): string {
	const aus = pkg.modules.map(
		(module) => `	<au id="${xml(module.url)}" moveOn="Passed" masteryScore="${module.passMark / 100}" launchMethod="AnyWindow">
		<title>${langstring(module.title)}</title>
		<description>${langstring(module.summary)}</description>
		<url>${xml(module.href)}</url>
	</au>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
	<course id="${xml(pkg.courseUrl)}">
		<title>${langstring(pkg.title)}</title>
		<description>${langstring(pkg.description)}</description>
	</course>
${aus.join('\n')}
</courseStructure>
`;
}

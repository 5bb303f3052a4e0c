/** medrisk's version, printed in reports and provenance; kept equal to package.json by a test. */
export const TOOL_VERSION = '0.1.0';

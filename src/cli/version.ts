/** The tool's version, as package.json gives it (a test holds them equal). */
export const VERSION = '0.1.0';

/** The tool as SARIF names it. */
export const TOOL = { name: 'policy-check', version: VERSION, informationUri: 'https://www.npmjs.com/package/policy-check' };

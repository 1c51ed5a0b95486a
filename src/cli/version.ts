/** The tool's version, as package.json gives it (a test holds them equal). */
export const VERSION = '0.1.0';

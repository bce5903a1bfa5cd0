/** The add-on's version, shown in Help / About; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

import { defineMessages } from './define';

/** The "Export ICP as SQL" menu item and dialog title; the dialog's own words are in client/sql/texts.ts. */
export const sqlExport = defineMessages({
  'menu.exportSql': ["Export ICP as SQL", "Xuất ICP dưới dạng SQL", "Exportă ICP ca SQL"],
  'sql.title': ["Export ICP as SQL", "Xuất ICP dưới dạng SQL", "Exportă ICP ca SQL"],
});

/** The push list is read by the module's own SQL (counts per channel from cm_delivery): no Query fields to configure. */
export const listAdminPushesQueryConfig = { defaults: [] as string[], isList: true }

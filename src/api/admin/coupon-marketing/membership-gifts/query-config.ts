/** The activities are read by the module's own SQL (grant counts from cm_membership_gift_grant): no Query fields to configure. */
export const listAdminMembershipGiftsQueryConfig = { defaults: [] as string[], isList: true }

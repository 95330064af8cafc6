/** Who and where the career framework pages run: from the Forge context, read once by the app shell. */
export interface AppContext {
  accountId: string | null;
  siteUrl: string | null;
  moduleType: string | null;
  spaceKey: string | null;
}

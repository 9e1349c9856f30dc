/** Id prefix of one baked panel: unique on any page, whatever else it shows. */
export const bakedPanelPrefix = (slug: string, panelId: string, variant: string) =>
  `c-${slug}-${panelId}-${variant}`;

/**
 * The deck seeded from content/: shared with everyone, read-only in the app. Its id is the default of every
 * content row's deckId, so content written before decks existed belongs to it.
 */
export const BUNDLED_DECK = {
  id: "guide",
  title: "AWS databases guide",
  description: "RDS, Aurora, ElastiCache and DynamoDB for DVA-C02, from the guide, every fact checked against the AWS documentation.",
} as const;

/** Small, valid content used by the parser and seeder tests; tests break copies of it on purpose. */
export const CATALOG = `topics:
  - slug: rds
    title: Amazon RDS
    summary: Relational databases.
  - slug: dynamodb
    title: Amazon DynamoDB
    summary: NoSQL.
sources:
  - slug: guide
    title: The guide
    sections:
      - { slug: rds-storage-backup, title: "RDS › Storage" }
      - { slug: dynamodb-capacity, title: "DynamoDB › Capacity" }
`;

export const CARDS = `---
id: rds-encryption-at-creation
topic: rds
domain: security
section: rds-storage-backup
tags: [encryption, kms]
---
Can you encrypt an existing RDS instance in place?

?

**No.** Snapshot, copy the snapshot encrypted, restore.
---
id: ddb-wcu-size
topic: dynamodb
domain: development
section: dynamodb-capacity
tags: [capacity]
correction:
  guide: "1 WCU is 2 KB"
  note: "One WCU is one write per second of an item up to **1 KB**."
  source: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html
---
How large an item does one write capacity unit cover?

?

Up to **1 KB** per second.
`;

export const QUESTIONS = `---
id: q-rds-encrypt
topic: rds
domain: security
section: rds-storage-backup
tags: [encryption]
---
An unencrypted RDS instance must become encrypted. What should the developer do?

- [ ] Modify the instance and enable encryption.
  Not possible after creation.
- [x] Copy a snapshot with encryption and restore it.
  The documented path.
- [ ] Create an encrypted read replica.
  Replicas inherit the source's encryption state.
- [ ] Turn on TLS.
  TLS is in transit, not at rest.
---
id: q-ddb-two
topic: dynamodb
domain: development
section: dynamodb-capacity
tags: [capacity]
choose: 2
---
Which two statements about capacity units are true?

- [x] A WCU covers 1 KB.
  Right.
- [x] An RCU covers one strongly consistent 4 KB read per second.
  Right.
- [ ] A WCU covers 4 KB.
  Wrong: that is an RCU's size.
- [ ] Eventually consistent reads cost double.
  Wrong: they cost half.
- [ ] Transactions cost half.
  Wrong: they cost double.
`;

export function contentFiles(overrides: { cards?: string; questions?: string } = {}) {
  return [
    { path: "content/cards/main.md", kind: "cards" as const, text: overrides.cards ?? CARDS },
    { path: "content/questions/main.md", kind: "questions" as const, text: overrides.questions ?? QUESTIONS },
  ];
}

export const catalogFile = (text = CATALOG) => ({ path: "content/catalog.yml", text });

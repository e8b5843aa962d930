RETURN COUNT { (:Document) } AS documents,
       COUNT { (e:Entity) WHERE e.canonicalId IS NULL } AS entities,
       COUNT { (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL } AS edges,
       COUNT { (:Claim) } AS claims

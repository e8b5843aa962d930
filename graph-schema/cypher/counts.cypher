RETURN COUNT { (:Document) } AS documents,
       COUNT { (:Entity) } AS entities,
       COUNT { (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL } AS edges,
       COUNT { (:Claim) } AS claims

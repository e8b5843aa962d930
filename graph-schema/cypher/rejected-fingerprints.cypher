MATCH (c:Claim)
WHERE c.fingerprint IN $fingerprints AND c.status = 'Rejected'
RETURN DISTINCT c.fingerprint AS fingerprint

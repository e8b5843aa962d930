// Contract tests only: empties the (small) test database before each test.
MATCH (n)
DETACH DELETE n

-- The weekly summary's core aggregate: outcomes of callbacks and emails received in 2026-W47 (Berlin) per owner
-- and kind, as of 2026-11-23T12:00Z, for the 50 reps of the team (SqlSettledCounts.received), on the store of
-- docs/benchmarks.md. Times are epoch milliseconds: 1794783600000 = 2026-11-16 00:00 Berlin,
-- 1795388400000 = 2026-11-23 00:00 Berlin, 1795435200000 = 2026-11-23T12:00Z (the as-of instant).
SELECT owner_rep_id, kind, count(*) AS n,
       sum(resolved_at IS NOT NULL AND resolved_at <= effective_due_at) AS on_time,
       sum(resolved_at IS NOT NULL AND resolved_at > effective_due_at) AS late,
       sum(resolved_at IS NULL AND effective_due_at < 1795435200000) AS open_overdue,
       sum(resolved_at IS NULL AND effective_due_at >= 1795435200000) AS pending,
       sum(promised_until IS NOT NULL) AS informed
FROM items
WHERE last_event_at <= 1795435200000 AND +received_at <= 1795435200000
  AND received_at >= 1794783600000 AND received_at < 1795388400000 AND kind IN ('callback', 'email')
  AND owner_rep_id IN (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50)
GROUP BY owner_rep_id, kind;

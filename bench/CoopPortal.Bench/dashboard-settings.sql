-- Tried after dashboard-indexes.sql: no parallel workers for the portal's database. On 2 cores, starting a worker
-- costs more than the part of an index-only scan it takes over (seen as ~80 ms of Gather Merge start-up).
DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET max_parallel_workers_per_gather = 0', current_database()); END $$;

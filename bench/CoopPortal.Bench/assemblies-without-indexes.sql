-- The schema before the AssemblyStatisticsIndexes migration, for `dashboard ... --indexes bench/CoopPortal.Bench/assemblies-without-indexes.sql`:
-- the general assemblies per county read without their two indexes (then `assemblies-with-indexes.sql` puts them back).
DROP INDEX "IX_general_assemblies_MeetingOn_ProvinceId";
DROP INDEX "IX_general_assembly_events_AssemblyId_Irregularities";

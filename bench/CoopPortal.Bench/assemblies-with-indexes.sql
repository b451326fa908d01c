-- The two indexes of the AssemblyStatisticsIndexes migration, as it creates them (after `assemblies-without-indexes.sql`).
CREATE INDEX "IX_general_assembly_events_AssemblyId_Irregularities" ON general_assembly_events ("AssemblyId") WHERE "Action" = 'ReportIrregularities';
CREATE INDEX "IX_general_assemblies_MeetingOn_ProvinceId" ON general_assemblies ("MeetingOn", "ProvinceId") INCLUDE ("CountyId", "Status", "ObserverUserId", "Id");

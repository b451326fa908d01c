-- Candidate indexes for the statistics dashboard (issue 7), tried by `dashboard ... --indexes bench/CoopPortal.Bench/dashboard-indexes.sql`.
-- Each lets one of the dashboard's aggregates read a small index only (index-only scan) instead of the whole table.

-- Applications by status, per province or the whole country.
CREATE INDEX "IX_formation_applications_ProvinceId_Status" ON formation_applications ("ProvinceId", "Status");

-- Cooperatives formed in a Jalali year per county: a range of RegisteredAtUtc, filtered by province, grouped by county.
CREATE INDEX "IX_cooperatives_RegisteredAtUtc" ON cooperatives ("RegisteredAtUtc") INCLUDE ("ProvinceId", "CountyId");

-- Cooperatives and their members, per province or the whole country.
CREATE INDEX "IX_cooperatives_ProvinceId_MembersCount" ON cooperatives ("ProvinceId") INCLUDE ("MembersCount");

-- Declarations by status and by risk band (the existing (ProvinceId, Status, RiskTotal) index serves the status count only).
CREATE INDEX "IX_self_declarations_ProvinceId_Status_RiskBand" ON self_declarations ("ProvinceId", "Status", "RiskBand");

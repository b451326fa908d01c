using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class AssemblyStatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_general_assembly_events_AssemblyId_Irregularities",
                table: "general_assembly_events",
                column: "AssemblyId",
                filter: "\"Action\" = 'ReportIrregularities'");

            // The statistics per county (AssemblyStatistics) read one Jalali year of meeting days, for the country or one
            // province, and count by county, status and observer: this index holds all of it (Id for the EXISTS over the
            // events), so the count is an index-only scan. MeetingOn is a column of the Notice complex property, which the
            // model cannot index yet (GeneralAssemblyConfiguration.StatisticsIndex).
            migrationBuilder.Sql("""
                CREATE INDEX "IX_general_assemblies_MeetingOn_ProvinceId" ON general_assemblies ("MeetingOn", "ProvinceId")
                    INCLUDE ("CountyId", "Status", "ObserverUserId", "Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_general_assemblies_MeetingOn_ProvinceId";""");

            migrationBuilder.DropIndex(
                name: "IX_general_assembly_events_AssemblyId_Irregularities",
                table: "general_assembly_events");
        }
    }
}

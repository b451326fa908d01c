using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_self_declarations_FiscalYear_ProvinceId_Status",
                table: "self_declarations");

            migrationBuilder.CreateTable(
                name: "stats_application_status",
                columns: table => new
                {
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_application_status", x => new { x.ProvinceId, x.Status });
                });

            migrationBuilder.CreateTable(
                name: "stats_durations",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<short>(type: "smallint", nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_durations", x => new { x.Year, x.ProvinceId, x.Step, x.Hours });
                });

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_FiscalYear_ProvinceId_Status",
                table: "self_declarations",
                columns: new[] { "FiscalYear", "ProvinceId", "Status" })
                .Annotation("Npgsql:IndexInclude", new[] { "RiskBand", "TrainingHours", "AssembliesHeld" });

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_PlannedInspections",
                table: "self_declarations",
                columns: new[] { "Status", "ProvinceId" },
                filter: "\"Status\" = 'InspectionPlanned'")
                .Annotation("Npgsql:IndexInclude", new[] { "InspectionPlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_ProvinceId",
                table: "cooperatives",
                column: "ProvinceId")
                .Annotation("Npgsql:IndexInclude", new[] { "OrientationId", "MembershipTypeId", "MembersCount", "MembersWomen", "MembersMen" });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_RegisteredAtUtc",
                table: "cooperatives",
                column: "RegisteredAtUtc")
                .Annotation("Npgsql:IndexInclude", new[] { "ProvinceId", "CountyId" });

            // The triggers that keep the two rollups, and their first fill from the existing rows (ADR 11).
            migrationBuilder.Sql(CoopPortal.Infrastructure.Statistics.StatisticsRollupSql.Install());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CoopPortal.Infrastructure.Statistics.StatisticsRollupSql.Uninstall);

            migrationBuilder.DropTable(
                name: "stats_application_status");

            migrationBuilder.DropTable(
                name: "stats_durations");

            migrationBuilder.DropIndex(
                name: "IX_self_declarations_FiscalYear_ProvinceId_Status",
                table: "self_declarations");

            migrationBuilder.DropIndex(
                name: "IX_self_declarations_PlannedInspections",
                table: "self_declarations");

            migrationBuilder.DropIndex(
                name: "IX_cooperatives_ProvinceId",
                table: "cooperatives");

            migrationBuilder.DropIndex(
                name: "IX_cooperatives_RegisteredAtUtc",
                table: "cooperatives");

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_FiscalYear_ProvinceId_Status",
                table: "self_declarations",
                columns: new[] { "FiscalYear", "ProvinceId", "Status" });
        }
    }
}

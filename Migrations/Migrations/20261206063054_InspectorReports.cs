using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class InspectorReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspector_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    InspectorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    InspectorNationalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    InspectorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspector_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspector_reports_AspNetUsers_InspectorUserId",
                        column: x => x.InspectorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspector_reports_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspector_reports_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspector_report_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspector_report_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspector_report_events_inspector_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "inspector_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inspector_report_events_ReportId",
                table: "inspector_report_events",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_inspector_reports_CooperativeId_FiscalYear_InspectorNationa~",
                table: "inspector_reports",
                columns: new[] { "CooperativeId", "FiscalYear", "InspectorNationalCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspector_reports_InspectorUserId",
                table: "inspector_reports",
                column: "InspectorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_inspector_reports_ProvinceId",
                table: "inspector_reports",
                column: "ProvinceId");

            // The report's history is append-only like the others (InitialCreate's coopportal_forbid_audit_change).
            migrationBuilder.Sql("""
                CREATE TRIGGER inspector_report_events_append_only BEFORE UPDATE OR DELETE ON inspector_report_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspector_report_events");

            migrationBuilder.DropTable(
                name: "inspector_reports");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Liquidations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Dissolution",
                table: "general_assemblies",
                type: "jsonb",
                nullable: false,
                defaultValue: "{\"liquidators\":[],\"endsOn\":null}");

            migrationBuilder.CreateTable(
                name: "liquidations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    CountyId = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    GeneralAssemblyId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Liquidators = table.Column<string>(type: "jsonb", nullable: false),
                    LiquidatorCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    Reports = table.Column<string>(type: "jsonb", nullable: false),
                    Draft = table.Column<string>(type: "jsonb", nullable: false),
                    DraftFiles = table.Column<string>(type: "jsonb", nullable: false),
                    ReturnComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StruckOffAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liquidations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liquidations_AspNetUsers_StartedByUserId",
                        column: x => x.StartedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liquidations_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liquidations_counties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "counties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liquidations_general_assemblies_GeneralAssemblyId",
                        column: x => x.GeneralAssemblyId,
                        principalTable: "general_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liquidations_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liquidation_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LiquidationId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("PK_liquidation_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liquidation_events_liquidations_LiquidationId",
                        column: x => x.LiquidationId,
                        principalTable: "liquidations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_liquidation_events_LiquidationId",
                table: "liquidation_events",
                column: "LiquidationId");

            migrationBuilder.CreateIndex(
                name: "IX_liquidations_CooperativeId",
                table: "liquidations",
                column: "CooperativeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_liquidations_CountyId",
                table: "liquidations",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_liquidations_GeneralAssemblyId",
                table: "liquidations",
                column: "GeneralAssemblyId");

            migrationBuilder.CreateIndex(
                name: "IX_liquidations_LiquidatorCodes",
                table: "liquidations",
                column: "LiquidatorCodes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_liquidations_ProvinceId_Status",
                table: "liquidations",
                columns: new[] { "ProvinceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_liquidations_StartedByUserId",
                table: "liquidations",
                column: "StartedByUserId");

            // The liquidation's history is append-only, like the other histories.
            migrationBuilder.Sql("""
                CREATE TRIGGER liquidation_events_append_only BEFORE UPDATE OR DELETE ON liquidation_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS liquidation_events_append_only ON liquidation_events;");
            migrationBuilder.DropTable(
                name: "liquidation_events");

            migrationBuilder.DropTable(
                name: "liquidations");

            migrationBuilder.DropColumn(
                name: "Dissolution",
                table: "general_assemblies");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class CooperativeStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "cooperatives",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.CreateTable(
                name: "cooperative_status_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    LegalGround = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("PK_cooperative_status_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperative_status_events_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_status_events_CooperativeId_Sequence",
                table: "cooperative_status_events",
                columns: new[] { "CooperativeId", "Sequence" },
                unique: true);

            // The status history is append-only like the others (InitialCreate's coopportal_forbid_audit_change).
            migrationBuilder.Sql("""
                CREATE TRIGGER cooperative_status_events_append_only BEFORE UPDATE OR DELETE ON cooperative_status_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS cooperative_status_events_append_only ON cooperative_status_events;");
            migrationBuilder.DropTable(
                name: "cooperative_status_events");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "cooperatives");
        }
    }
}

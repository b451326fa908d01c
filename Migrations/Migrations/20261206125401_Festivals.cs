using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Festivals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "festivals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpenedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_festivals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_festivals_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "festival_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FestivalId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("PK_festival_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_festival_events_festivals_FestivalId",
                        column: x => x.FestivalId,
                        principalTable: "festivals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "festival_nominees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FestivalId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OrientationId = table.Column<int>(type: "integer", nullable: true),
                    Orientation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    County = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Maximum = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "jsonb", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ShortlistedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ShortlistedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsWinner = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_festival_nominees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_festival_nominees_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_festival_nominees_festivals_FestivalId",
                        column: x => x.FestivalId,
                        principalTable: "festivals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "appreciation_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FestivalId = table.Column<Guid>(type: "uuid", nullable: false),
                    NomineeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VerificationCode = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    PdfSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PdfCreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appreciation_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appreciation_certificates_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appreciation_certificates_festival_nominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "festival_nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appreciation_certificates_festivals_FestivalId",
                        column: x => x.FestivalId,
                        principalTable: "festivals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appreciation_certificates_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appreciation_certificates_CooperativeId",
                table: "appreciation_certificates",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_appreciation_certificates_FestivalId",
                table: "appreciation_certificates",
                column: "FestivalId");

            migrationBuilder.CreateIndex(
                name: "IX_appreciation_certificates_NomineeId",
                table: "appreciation_certificates",
                column: "NomineeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appreciation_certificates_Number",
                table: "appreciation_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appreciation_certificates_ProvinceId_Year_Sequence",
                table: "appreciation_certificates",
                columns: new[] { "ProvinceId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appreciation_certificates_VerificationCode",
                table: "appreciation_certificates",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_festival_events_FestivalId",
                table: "festival_events",
                column: "FestivalId");

            migrationBuilder.CreateIndex(
                name: "IX_festival_nominees_CooperativeId",
                table: "festival_nominees",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_festival_nominees_FestivalId_CooperativeId",
                table: "festival_nominees",
                columns: new[] { "FestivalId", "CooperativeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_festivals_FiscalYear_Status",
                table: "festivals",
                columns: new[] { "FiscalYear", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_festivals_ProvinceId_FiscalYear",
                table: "festivals",
                columns: new[] { "ProvinceId", "FiscalYear" },
                unique: true);

            // The festival's history is append-only like the others (InitialCreate's coopportal_forbid_audit_change).
            migrationBuilder.Sql("""
                CREATE TRIGGER festival_events_append_only BEFORE UPDATE OR DELETE ON festival_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS festival_events_append_only ON festival_events;");
            migrationBuilder.DropTable(
                name: "appreciation_certificates");

            migrationBuilder.DropTable(
                name: "festival_events");

            migrationBuilder.DropTable(
                name: "festival_nominees");

            migrationBuilder.DropTable(
                name: "festivals");
        }
    }
}

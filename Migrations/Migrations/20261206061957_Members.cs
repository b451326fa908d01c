using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Members : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cooperative_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Shares = table.Column<long>(type: "bigint", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperative_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperative_members_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "membership_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
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
                    table.PrimaryKey("PK_membership_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_certificates_cooperative_members_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "cooperative_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_membership_certificates_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_membership_certificates_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_members_CooperativeId_NationalCode",
                table: "cooperative_members",
                columns: new[] { "CooperativeId", "NationalCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_members_NationalCode",
                table: "cooperative_members",
                column: "NationalCode");

            migrationBuilder.CreateIndex(
                name: "IX_membership_certificates_CooperativeId",
                table: "membership_certificates",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_membership_certificates_MembershipId_Fingerprint",
                table: "membership_certificates",
                columns: new[] { "MembershipId", "Fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_membership_certificates_Number",
                table: "membership_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_membership_certificates_ProvinceId_Year_Sequence",
                table: "membership_certificates",
                columns: new[] { "ProvinceId", "Year", "Sequence" },
                unique: true);

            // The founding members of the cooperatives registered before this migration, as a registration now records
            // them (docs/features/members.md): joined on the registration day (Iran time), the capital each subscribed as
            // shares, one row per national code (a code written twice in an application is summed). Submitted
            // applications only hold checksum-valid 10-digit codes; anything else is left out.
            migrationBuilder.Sql("""
                INSERT INTO cooperative_members ("Id", "CooperativeId", "NationalCode", "FullName", "Shares", "JoinedOn", "Source", "Status", "RecordedAtUtc", "UpdatedAtUtc")
                SELECT gen_random_uuid(), c."Id", m."NationalCode", min(m."FullName"), coalesce(sum(m."ShareSubscribed"), 0),
                       (c."RegisteredAtUtc" AT TIME ZONE 'Asia/Tehran')::date, 'FoundingApplication', 'Member', c."RegisteredAtUtc", c."RegisteredAtUtc"
                FROM cooperatives c
                JOIN application_members m ON m."ApplicationId" = c."FormationApplicationId"
                WHERE c."FormationApplicationId" IS NOT NULL AND m."NationalCode" ~ '^[0-9]{10}$'
                GROUP BY c."Id", m."NationalCode", c."RegisteredAtUtc"
                ON CONFLICT ("CooperativeId", "NationalCode") DO NOTHING;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_membership_certificates_VerificationCode",
                table: "membership_certificates",
                column: "VerificationCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "membership_certificates");

            migrationBuilder.DropTable(
                name: "cooperative_members");
        }
    }
}

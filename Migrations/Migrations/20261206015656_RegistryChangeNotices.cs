using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class RegistryChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CertificateId",
                table: "verification_checks",
                newName: "DocumentId");

            migrationBuilder.RenameIndex(
                name: "IX_verification_checks_CertificateId",
                table: "verification_checks",
                newName: "IX_verification_checks_DocumentId");

            migrationBuilder.AddColumn<string>(
                name: "DocumentKind",
                table: "verification_checks",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            // Every check stored so far that found something found a formation certificate.
            migrationBuilder.Sql("""UPDATE verification_checks SET "DocumentKind" = 'FormationCertificate' WHERE "DocumentId" IS NOT NULL;""");

            migrationBuilder.CreateTable(
                name: "registry_change_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssemblyId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("PK_registry_change_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_change_notices_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_change_notices_general_assemblies_AssemblyId",
                        column: x => x.AssemblyId,
                        principalTable: "general_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_change_notices_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_change_notices_AssemblyId",
                table: "registry_change_notices",
                column: "AssemblyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_change_notices_CooperativeId",
                table: "registry_change_notices",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_change_notices_Number",
                table: "registry_change_notices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_change_notices_ProvinceId_Year_Sequence",
                table: "registry_change_notices",
                columns: new[] { "ProvinceId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_change_notices_VerificationCode",
                table: "registry_change_notices",
                column: "VerificationCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_change_notices");

            migrationBuilder.DropColumn(
                name: "DocumentKind",
                table: "verification_checks");

            migrationBuilder.RenameColumn(
                name: "DocumentId",
                table: "verification_checks",
                newName: "CertificateId");

            migrationBuilder.RenameIndex(
                name: "IX_verification_checks_DocumentId",
                table: "verification_checks",
                newName: "IX_verification_checks_CertificateId");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class FormationApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RequiresActivityLicence",
                table: "orientations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "formation_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ApplicantNationalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DeclarationAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CorrectionRound = table.Column<int>(type: "integer", nullable: false),
                    SubmissionCount = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    ActivityDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ActivityTypeId = table.Column<int>(type: "integer", nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CountyId = table.Column<int>(type: "integer", nullable: true),
                    MembershipTypeId = table.Column<int>(type: "integer", nullable: true),
                    OrientationId = table.Column<int>(type: "integer", nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formation_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_formation_applications_AspNetUsers_ApplicantUserId",
                        column: x => x.ApplicantUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "application_corrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReviewerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_corrections_formation_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_documents_formation_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_events_formation_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FatherName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BirthDateJalali = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Mobile = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ShareSubscribed = table.Column<long>(type: "bigint", nullable: true),
                    AmountPaid = table.Column<long>(type: "bigint", nullable: true),
                    InKindValue = table.Column<long>(type: "bigint", nullable: true),
                    InKindDescription = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IsFounder = table.Column<bool>(type: "boolean", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_members_formation_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_names",
                columns: table => new
                {
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_names", x => new { x.ApplicationId, x.Rank });
                    table.ForeignKey(
                        name: "FK_application_names_formation_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContentJson = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_versions_formation_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 1,
                column: "RequiresActivityLicence",
                value: true);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 2,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 3,
                column: "RequiresActivityLicence",
                value: true);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 4,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 5,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 6,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 7,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 8,
                column: "RequiresActivityLicence",
                value: true);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 9,
                column: "RequiresActivityLicence",
                value: true);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 10,
                column: "RequiresActivityLicence",
                value: true);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 11,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 12,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 13,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 14,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 15,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 16,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 17,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 18,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.UpdateData(
                table: "orientations",
                keyColumn: "Id",
                keyValue: 19,
                column: "RequiresActivityLicence",
                value: false);

            migrationBuilder.CreateIndex(
                name: "IX_application_corrections_ApplicationId",
                table: "application_corrections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_application_documents_ApplicationId",
                table: "application_documents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_application_events_ApplicationId",
                table: "application_events",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_application_members_ApplicationId",
                table: "application_members",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_application_members_NationalCode",
                table: "application_members",
                column: "NationalCode");

            migrationBuilder.CreateIndex(
                name: "IX_application_names_NameKey",
                table: "application_names",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_application_versions_ApplicationId_Number",
                table: "application_versions",
                columns: new[] { "ApplicationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_formation_applications_ApplicantUserId_CreatedAtUtc",
                table: "formation_applications",
                columns: new[] { "ApplicantUserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_formation_applications_TrackingCode",
                table: "formation_applications",
                column: "TrackingCode",
                unique: true,
                filter: "\"TrackingCode\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_corrections");

            migrationBuilder.DropTable(
                name: "application_documents");

            migrationBuilder.DropTable(
                name: "application_events");

            migrationBuilder.DropTable(
                name: "application_members");

            migrationBuilder.DropTable(
                name: "application_names");

            migrationBuilder.DropTable(
                name: "application_versions");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "formation_applications");

            migrationBuilder.DropColumn(
                name: "RequiresActivityLicence",
                table: "orientations");
        }
    }
}

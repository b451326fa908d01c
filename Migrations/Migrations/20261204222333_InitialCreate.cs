using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_types",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_types", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admin_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Area = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "document_types",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    RequiredOfAll = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_types", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "membership_types",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_types", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orientations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RequiresActivityLicence = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orientations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provinces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Code = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provinces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rule_settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rule_settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "sequence_counters",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequence_counters", x => new { x.Kind, x.ProvinceId, x.Year });
                });

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
                name: "verification_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verification_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NationalCode = table.Column<string>(type: "character(10)", fixedLength: true, maxLength: 10, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "counties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_counties_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                    FirstSubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StatusSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClaimedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    EscalatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
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
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailSentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailAttempts = table.Column<int>(type: "integer", nullable: false),
                    EmailNextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailLastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    FromStatusSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
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

            migrationBuilder.CreateTable(
                name: "cooperatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    CountyId = table.Column<int>(type: "integer", nullable: true),
                    RegistrationNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompanyNationalId = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    ActivityTypeId = table.Column<int>(type: "integer", nullable: true),
                    OrientationId = table.Column<int>(type: "integer", nullable: true),
                    MembersCount = table.Column<int>(type: "integer", nullable: true),
                    MembershipTypeId = table.Column<int>(type: "integer", nullable: true),
                    MembersWomen = table.Column<int>(type: "integer", nullable: true),
                    MembersMen = table.Column<int>(type: "integer", nullable: true),
                    MembersDeclaredForYear = table.Column<int>(type: "integer", nullable: true),
                    Capital = table.Column<long>(type: "bigint", nullable: true),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, defaultValue: "Portal"),
                    FormationApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperatives_activity_types_ActivityTypeId",
                        column: x => x.ActivityTypeId,
                        principalTable: "activity_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cooperatives_counties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "counties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cooperatives_formation_applications_FormationApplicationId",
                        column: x => x.FormationApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cooperatives_orientations_OrientationId",
                        column: x => x.OrientationId,
                        principalTable: "orientations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cooperatives_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "formation_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VerificationCode = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    PdfSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PdfCreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formation_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_formation_certificates_formation_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_formation_certificates_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cooperative_managers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperative_managers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperative_managers_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cooperative_officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TermStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperative_officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperative_officers_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "founding_assemblies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CapitalPaid = table.Column<long>(type: "bigint", nullable: true),
                    CompanyNationalId = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Officers = table.Column<string>(type: "jsonb", nullable: false),
                    Files = table.Column<string>(type: "jsonb", nullable: false),
                    ReturnComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_founding_assemblies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_founding_assemblies_AspNetUsers_ApplicantUserId",
                        column: x => x.ApplicantUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_founding_assemblies_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_founding_assemblies_formation_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_founding_assemblies_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "self_declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false),
                    PreviousYearNetProfitOrLoss = table.Column<long>(type: "bigint", nullable: true),
                    ConfirmedSections = table.Column<string>(type: "jsonb", nullable: false),
                    Files = table.Column<string>(type: "jsonb", nullable: false),
                    TruthDeclared = table.Column<bool>(type: "boolean", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RiskTotal = table.Column<int>(type: "integer", nullable: true),
                    RiskBand = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RiskFindings = table.Column<string>(type: "jsonb", nullable: false),
                    InspectionPlannedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InspectionFindings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AssembliesHeld = table.Column<int>(type: "integer", nullable: false, computedColumnSql: "(CASE WHEN jsonb_typeof(\"Content\"->'ordinaryAssemblyHeldOn') = 'string' THEN 1 ELSE 0 END) + (CASE WHEN jsonb_typeof(\"Content\"->'extraordinaryAssemblies') = 'array' THEN jsonb_array_length(\"Content\"->'extraordinaryAssemblies') ELSE 0 END)", stored: true),
                    TrainingHours = table.Column<int>(type: "integer", nullable: true, computedColumnSql: "CASE WHEN jsonb_typeof(\"Content\"->'trainingHours') = 'number' THEN (\"Content\"->>'trainingHours')::integer END", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_self_declarations_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_self_declarations_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assembly_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssemblyId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("PK_assembly_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assembly_events_founding_assemblies_AssemblyId",
                        column: x => x.AssemblyId,
                        principalTable: "founding_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "declaration_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("PK_declaration_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_declaration_events_self_declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "self_declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_types_Code",
                table: "activity_types",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admin_audit_Area_AtUtc",
                table: "admin_audit",
                columns: new[] { "Area", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_admin_audit_Subject",
                table: "admin_audit",
                column: "Subject");

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
                name: "IX_application_events_AtUtc",
                table: "application_events",
                column: "AtUtc",
                filter: "\"FromStatusSinceUtc\" IS NOT NULL");

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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail",
                unique: true,
                filter: "\"NormalizedEmail\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_NationalCode",
                table: "AspNetUsers",
                column: "NationalCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ProvinceId",
                table: "AspNetUsers",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assembly_events_AssemblyId",
                table: "assembly_events",
                column: "AssemblyId");

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_managers_CooperativeId_NationalCode",
                table: "cooperative_managers",
                columns: new[] { "CooperativeId", "NationalCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_managers_NationalCode",
                table: "cooperative_managers",
                column: "NationalCode");

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_officers_CooperativeId",
                table: "cooperative_officers",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_ActivityTypeId",
                table: "cooperatives",
                column: "ActivityTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_CompanyNationalId",
                table: "cooperatives",
                column: "CompanyNationalId",
                unique: true,
                filter: "\"CompanyNationalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_CountyId",
                table: "cooperatives",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_FormationApplicationId",
                table: "cooperatives",
                column: "FormationApplicationId",
                unique: true,
                filter: "\"FormationApplicationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_OrientationId",
                table: "cooperatives",
                column: "OrientationId");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_ProvinceId",
                table: "cooperatives",
                column: "ProvinceId")
                .Annotation("Npgsql:IndexInclude", new[] { "OrientationId", "MembershipTypeId", "MembersCount", "MembersWomen", "MembersMen" });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_ProvinceId_NameKey",
                table: "cooperatives",
                columns: new[] { "ProvinceId", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_ProvinceId_RegistrationNumber",
                table: "cooperatives",
                columns: new[] { "ProvinceId", "RegistrationNumber" },
                unique: true,
                filter: "\"RegistrationNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_RegisteredAtUtc",
                table: "cooperatives",
                column: "RegisteredAtUtc")
                .Annotation("Npgsql:IndexInclude", new[] { "ProvinceId", "CountyId" });

            migrationBuilder.CreateIndex(
                name: "IX_counties_ProvinceId_Name",
                table: "counties",
                columns: new[] { "ProvinceId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_declaration_events_DeclarationId",
                table: "declaration_events",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_document_types_Title",
                table: "document_types",
                column: "Title",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_formation_applications_ApplicantUserId_CreatedAtUtc",
                table: "formation_applications",
                columns: new[] { "ApplicantUserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_formation_applications_DecidedAtUtc",
                table: "formation_applications",
                column: "DecidedAtUtc",
                filter: "\"DecidedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_formation_applications_TrackingCode",
                table: "formation_applications",
                column: "TrackingCode",
                unique: true,
                filter: "\"TrackingCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_formation_certificates_ApplicationId",
                table: "formation_certificates",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_formation_certificates_Number",
                table: "formation_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_formation_certificates_ProvinceId_Year_Sequence",
                table: "formation_certificates",
                columns: new[] { "ProvinceId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_formation_certificates_VerificationCode",
                table: "formation_certificates",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_founding_assemblies_ApplicantUserId",
                table: "founding_assemblies",
                column: "ApplicantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_founding_assemblies_ApplicationId",
                table: "founding_assemblies",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_founding_assemblies_CooperativeId",
                table: "founding_assemblies",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_founding_assemblies_ProvinceId_Status_SubmittedAtUtc",
                table: "founding_assemblies",
                columns: new[] { "ProvinceId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_membership_types_Code",
                table: "membership_types",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_EmailSentAtUtc_EmailNextAttemptAtUtc",
                table: "notifications",
                columns: new[] { "EmailSentAtUtc", "EmailNextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_ReadAtUtc_CreatedAtUtc",
                table: "notifications",
                columns: new[] { "UserId", "ReadAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_orientations_Code",
                table: "orientations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orientations_Title",
                table: "orientations",
                column: "Title",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provinces_Name",
                table: "provinces",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_CooperativeId_FiscalYear",
                table: "self_declarations",
                columns: new[] { "CooperativeId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_FiscalYear_ProvinceId_Status",
                table: "self_declarations",
                columns: new[] { "FiscalYear", "ProvinceId", "Status" })
                .Annotation("Npgsql:IndexInclude", new[] { "RiskBand", "TrainingHours", "AssembliesHeld" });

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_InspectedOn_ProvinceId",
                table: "self_declarations",
                columns: new[] { "InspectedOn", "ProvinceId" },
                filter: "\"InspectedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_PlannedInspections",
                table: "self_declarations",
                columns: new[] { "Status", "ProvinceId" },
                filter: "\"Status\" = 'InspectionPlanned'")
                .Annotation("Npgsql:IndexInclude", new[] { "InspectionPlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_ProvinceId_Status_RiskTotal",
                table: "self_declarations",
                columns: new[] { "ProvinceId", "Status", "RiskTotal" });

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_ReceiptNumber",
                table: "self_declarations",
                column: "ReceiptNumber",
                unique: true,
                filter: "\"ReceiptNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_Sent",
                table: "self_declarations",
                columns: new[] { "FiscalYear", "ProvinceId", "CooperativeId" },
                filter: "\"Status\" <> 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_verification_checks_AtUtc",
                table: "verification_checks",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_verification_checks_CertificateId",
                table: "verification_checks",
                column: "CertificateId");

            // What the model cannot express, carried over from the squashed migrations (docs/database-migrations.md) so that
            // a new database is identical to one they made. Reference data is not here: it is seeded at start-up.

            // Column defaults the old chain left behind when it added these columns to existing tables (EF always writes
            // the values itself).
            migrationBuilder.Sql("""
                ALTER TABLE document_types ALTER COLUMN "RequiredOfAll" SET DEFAULT false;
                ALTER TABLE formation_applications ALTER COLUMN "StatusSinceUtc" SET DEFAULT '-infinity'::timestamp with time zone;
                ALTER TABLE notifications ALTER COLUMN "EmailAttempts" SET DEFAULT 0;
                ALTER TABLE orientations ALTER COLUMN "RequiresActivityLicence" SET DEFAULT false;
                """);

            // The office queue reads one province's applications oldest first and pages by (SubmittedAtUtc, Id): this index
            // lets a late page cost what the first does. (ProvinceId is a column of the Details complex property, which the
            // model cannot index yet.) From ReviewQueueIndex.
            migrationBuilder.Sql("CREATE INDEX \"IX_formation_applications_queue\" ON formation_applications (\"ProvinceId\", \"SubmittedAtUtc\", \"Id\") WHERE \"SubmittedAtUtc\" IS NOT NULL;");

            // The histories and the administrators' audit are append-only in the database itself, whatever code runs
            // against it. From AuditAppendOnly, Registry and Administration.
            migrationBuilder.Sql("""
                CREATE FUNCTION coopportal_forbid_audit_change() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
                END
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE ON application_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                CREATE TRIGGER assembly_events_append_only BEFORE UPDATE OR DELETE ON assembly_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                CREATE TRIGGER declaration_events_append_only BEFORE UPDATE OR DELETE ON declaration_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                CREATE TRIGGER admin_audit_append_only BEFORE UPDATE OR DELETE ON admin_audit
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                """);

            // The Jalali year table, the functions and triggers that keep the two statistics rollups, and their first
            // (empty) fill (ADR 11). From StatisticsRollups.
            migrationBuilder.Sql(CoopPortal.Infrastructure.Statistics.StatisticsRollupSql.Install());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CoopPortal.Infrastructure.Statistics.StatisticsRollupSql.Uninstall);
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS coopportal_forbid_audit_change() CASCADE;");

            migrationBuilder.DropTable(
                name: "admin_audit");

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
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "assembly_events");

            migrationBuilder.DropTable(
                name: "cooperative_managers");

            migrationBuilder.DropTable(
                name: "cooperative_officers");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "declaration_events");

            migrationBuilder.DropTable(
                name: "document_types");

            migrationBuilder.DropTable(
                name: "formation_certificates");

            migrationBuilder.DropTable(
                name: "membership_types");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "rule_settings");

            migrationBuilder.DropTable(
                name: "sequence_counters");

            migrationBuilder.DropTable(
                name: "stats_application_status");

            migrationBuilder.DropTable(
                name: "stats_durations");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "verification_checks");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "founding_assemblies");

            migrationBuilder.DropTable(
                name: "self_declarations");

            migrationBuilder.DropTable(
                name: "cooperatives");

            migrationBuilder.DropTable(
                name: "activity_types");

            migrationBuilder.DropTable(
                name: "counties");

            migrationBuilder.DropTable(
                name: "formation_applications");

            migrationBuilder.DropTable(
                name: "orientations");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "provinces");
        }
    }
}

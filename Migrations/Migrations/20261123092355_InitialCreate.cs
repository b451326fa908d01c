using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

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

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "role-ADMIN", "seed-5", "Admin", "ADMIN" },
                    { "role-APPLICANT", "seed-1", "Applicant", "APPLICANT" },
                    { "role-COOPERATIVEMANAGER", "seed-2", "CooperativeManager", "COOPERATIVEMANAGER" },
                    { "role-HEADOFOFFICE", "seed-4", "HeadOfOffice", "HEADOFOFFICE" },
                    { "role-REVIEWER", "seed-3", "Reviewer", "REVIEWER" }
                });

            migrationBuilder.InsertData(
                table: "activity_types",
                columns: new[] { "Id", "Code", "IsActive", "SortOrder", "Title" },
                values: new object[,]
                {
                    { 1, "production", true, 1, "تولیدی" },
                    { 2, "distribution", true, 2, "توزیعی" },
                    { 3, "multi-purpose", true, 3, "چندمنظوره" }
                });

            migrationBuilder.InsertData(
                table: "membership_types",
                columns: new[] { "Id", "Code", "IsActive", "SortOrder", "Title" },
                values: new object[,]
                {
                    { 1, "general", true, 1, "عام" },
                    { 2, "limited", true, 2, "خاص" },
                    { 3, "conventional", true, 3, "متعارف" },
                    { 4, "public-joint-stock", true, 4, "سهامی عام" }
                });

            migrationBuilder.InsertData(
                table: "orientations",
                columns: new[] { "Id", "Code", "IsActive", "SortOrder", "Title" },
                values: new object[,]
                {
                    { 1, "agriculture", true, 1, "کشاورزی" },
                    { 2, "industrial", true, 2, "صنعتی" },
                    { 3, "mining", true, 3, "معدنی" },
                    { 4, "construction", true, 4, "عمرانی" },
                    { 5, "producers-supply", true, 5, "تأمین نیاز تولیدکنندگان" },
                    { 6, "consumers-supply", true, 6, "تأمین نیاز مصرف‌کنندگان" },
                    { 7, "service-guild-supply", true, 7, "تأمین نیاز صنوف خدماتی" },
                    { 8, "credit", true, 8, "اعتبار" },
                    { 9, "housing", true, 9, "مسکن" },
                    { 10, "transport", true, 10, "حمل و نقل" },
                    { 11, "hand-woven-carpet", true, 11, "فرش دستباف" },
                    { 12, "handicrafts", true, 12, "صنایع دستی" },
                    { 13, "village-administrations", true, 13, "دهیاری‌ها" },
                    { 14, "women", true, 14, "زنان" },
                    { 15, "border-residents", true, 15, "مرزنشینان" },
                    { 16, "knowledge-based", true, 16, "دانش‌بنیان" },
                    { 17, "national-inclusive", true, 17, "فراگیر ملی" },
                    { 18, "county-development", true, 18, "توسعه و عمران شهرستانی" },
                    { 19, "justice-shares", true, 19, "سهام عدالت" }
                });

            migrationBuilder.InsertData(
                table: "provinces",
                columns: new[] { "Id", "Code", "Name" },
                values: new object[,]
                {
                    { 1, 3, "آذربایجان شرقی" },
                    { 2, 4, "آذربایجان غربی" },
                    { 3, 24, "اردبیل" },
                    { 4, 10, "اصفهان" },
                    { 5, 30, "البرز" },
                    { 6, 16, "ایلام" },
                    { 7, 18, "بوشهر" },
                    { 8, 23, "تهران" },
                    { 9, 14, "چهارمحال وبختیاری" },
                    { 10, 29, "خراسان جنوبی" },
                    { 11, 9, "خراسان رضوی" },
                    { 12, 28, "خراسان شمالی" },
                    { 13, 6, "خوزستان" },
                    { 14, 19, "زنجان" },
                    { 15, 20, "سمنان" },
                    { 16, 11, "سیستان وبلوچستان" },
                    { 17, 7, "فارس" },
                    { 18, 26, "قزوین" },
                    { 19, 25, "قم" },
                    { 20, 12, "کردستان" },
                    { 21, 8, "کرمان" },
                    { 22, 5, "کرمانشاه" },
                    { 23, 17, "کهگیلویه وبویراحمد" },
                    { 24, 27, "گلستان" },
                    { 25, 1, "گیلان" },
                    { 26, 15, "لرستان" },
                    { 27, 2, "مازندران" },
                    { 28, 0, "مرکزی" },
                    { 29, 22, "هرمزگان" },
                    { 30, 13, "همدان" },
                    { 31, 21, "یزد" }
                });

            migrationBuilder.InsertData(
                table: "counties",
                columns: new[] { "Id", "Code", "Name", "ProvinceId" },
                values: new object[,]
                {
                    { 1, 601, "آبادان", 13 },
                    { 2, 701, "آباده", 17 },
                    { 3, 1606, "آبدانان", 6 },
                    { 4, 2604, "آبیک", 18 },
                    { 5, 321, "آذرشهر", 1 },
                    { 6, 2006, "آرادان", 15 },
                    { 7, 1018, "آران وبیدگل", 4 },
                    { 8, 2710, "آزادشهر", 24 },
                    { 9, 101, "آستارا", 25 },
                    { 10, 102, "آستانه اشرفیه", 25 },
                    { 11, 2, "آشتیان", 28 },
                    { 12, 626, "آغاجاری", 13 },
                    { 13, 2708, "آق قلا", 24 },
                    { 14, 201, "آمل", 27 },
                    { 15, 2606, "آوج", 18 },
                    { 16, 2107, "ابرکوه", 31 },
                    { 17, 2201, "ابوموسی", 29 },
                    { 18, 1901, "ابهر", 14 },
                    { 19, 1, "اراک", 28 },
                    { 20, 2401, "اردبیل", 3 },
                    { 21, 1001, "اردستان", 4 },
                    { 22, 2101, "اردکان", 31 },
                    { 23, 1405, "اردل", 9 },
                    { 24, 823, "ارزوییه", 21 },
                    { 25, 717, "ارسنجان", 17 },
                    { 26, 401, "ارومیه", 2 },
                    { 27, 1507, "ازنا", 26 },
                    { 28, 702, "استهبان", 17 },
                    { 29, 1306, "اسدآباد", 30 },
                    { 30, 2801, "اسفراین", 12 },
                    { 31, 322, "اسکو", 1 },
                    { 32, 501, "اسلام آبادغرب", 22 },
                    { 33, 2310, "اسلامشهر", 8 },
                    { 34, 3005, "اشتهارد", 5 },
                    { 35, 2108, "اشکذر", 31 },
                    { 36, 413, "اشنویه", 2 },
                    { 37, 1002, "اصفهان", 4 },
                    { 38, 2411, "اصلاندوز", 3 },
                    { 39, 703, "اقلید", 17 },
                    { 40, 2605, "البرز", 18 },
                    { 41, 1501, "الیگودرز", 26 },
                    { 42, 113, "املش", 25 },
                    { 43, 616, "امیدیه", 13 },
                    { 44, 820, "انار", 21 },
                    { 45, 621, "اندیکا", 13 },
                    { 46, 602, "اندیمشک", 13 },
                    { 47, 736, "اوز", 17 },
                    { 48, 302, "اهر", 1 },
                    { 49, 603, "اهواز", 13 },
                    { 50, 1906, "ایجرود", 14 },
                    { 51, 604, "ایذه", 13 },
                    { 52, 1101, "ایرانشهر", 16 },
                    { 53, 1601, "ایلام", 6 },
                    { 54, 1607, "ایوان", 6 },
                    { 55, 202, "بابل", 27 },
                    { 56, 216, "بابلسر", 27 },
                    { 57, 937, "باخرز", 11 },
                    { 58, 1707, "باشت", 23 },
                    { 59, 615, "باغ ملک", 13 },
                    { 60, 801, "بافت", 21 },
                    { 61, 2102, "بافق", 31 },
                    { 62, 1201, "بانه", 20 },
                    { 63, 624, "باوی", 13 },
                    { 64, 931, "بجستان", 11 },
                    { 65, 2802, "بجنورد", 12 },
                    { 66, 735, "بختگان", 17 },
                    { 67, 1610, "بدره", 6 },
                    { 68, 1022, "برخوار", 4 },
                    { 69, 923, "بردسکن", 11 },
                    { 70, 810, "بردسیر", 21 },
                    { 71, 1502, "بروجرد", 26 },
                    { 72, 1401, "بروجن", 9 },
                    { 73, 313, "بستان آباد", 1 },
                    { 74, 2209, "بستک", 29 },
                    { 75, 2213, "بشاگرد", 29 },
                    { 76, 2908, "بشرویه", 10 },
                    { 77, 802, "بم", 21 },
                    { 78, 1120, "بمپور", 16 },
                    { 79, 1409, "بن", 9 },
                    { 80, 312, "بناب", 1 },
                    { 81, 103, "بندرانزلی", 25 },
                    { 82, 2202, "بندرعباس", 29 },
                    { 83, 2701, "بندرگز", 24 },
                    { 84, 2203, "بندرلنگه", 29 },
                    { 85, 605, "بندرماهشهر", 13 },
                    { 86, 1024, "بو یین و میاندشت", 4 },
                    { 87, 716, "بوانات", 17 },
                    { 88, 1801, "بوشهر", 7 },
                    { 89, 410, "بوکان", 2 },
                    { 90, 1701, "بویراحمد", 23 },
                    { 91, 2601, "بویین زهرا", 18 },
                    { 92, 2111, "بهاباد", 31 },
                    { 93, 1307, "بهار", 30 },
                    { 94, 2319, "بهارستان", 8 },
                    { 95, 606, "بهبهان", 13 },
                    { 96, 204, "بهشهر", 27 },
                    { 97, 1705, "بهمیی", 23 },
                    { 98, 1202, "بیجار", 20 },
                    { 99, 2901, "بیرجند", 10 },
                    { 100, 731, "بیضا", 17 },
                    { 101, 2402, "بیله سوار", 3 },
                    { 102, 932, "بینالود", 11 },
                    { 103, 2406, "پارس آباد", 3 },
                    { 104, 2211, "پارسیان", 29 },
                    { 105, 723, "پاسارگاد", 17 },
                    { 106, 2313, "پاکدشت", 8 },
                    { 107, 503, "پاوه", 22 },
                    { 108, 2320, "پردیس", 8 },
                    { 109, 1508, "پلدختر", 26 },
                    { 110, 415, "پلدشت", 2 },
                    { 111, 402, "پیرانشهر", 2 },
                    { 112, 2318, "پیشوا", 8 },
                    { 113, 2602, "تاکستان", 18 },
                    { 114, 904, "تایباد", 11 },
                    { 115, 303, "تبریز", 1 },
                    { 116, 906, "تربت جام", 11 },
                    { 117, 905, "تربت حیدریه", 11 },
                    { 118, 2702, "ترکمن", 24 },
                    { 119, 2103, "تفت", 31 },
                    { 120, 1121, "تفتان", 16 },
                    { 121, 3, "تفرش", 28 },
                    { 122, 412, "تکاب", 2 },
                    { 123, 205, "تنکابن", 27 },
                    { 124, 1802, "تنگستان", 7 },
                    { 125, 1301, "تویسرکان", 30 },
                    { 126, 2301, "تهران", 8 },
                    { 127, 1019, "تیران وکرون", 4 },
                    { 128, 512, "ثلاث باباجانی", 22 },
                    { 129, 2803, "جاجرم", 12 },
                    { 130, 2206, "جاسک", 29 },
                    { 131, 934, "جغتای", 11 },
                    { 132, 319, "جلفا", 1 },
                    { 133, 1809, "جم", 7 },
                    { 134, 509, "جوانرود", 22 },
                    { 135, 221, "جویبار", 27 },
                    { 136, 936, "جوین", 11 },
                    { 137, 704, "جهرم", 17 },
                    { 138, 803, "جیرفت", 21 },
                    { 139, 1020, "چادگان", 4 },
                    { 140, 323, "چاراویماق", 1 },
                    { 141, 414, "چالدران", 2 },
                    { 142, 220, "چالوس", 27 },
                    { 143, 1102, "چاه بهار", 16 },
                    { 144, 416, "چایپاره", 2 },
                    { 145, 1706, "چرام", 23 },
                    { 146, 1604, "چرداول", 6 },
                    { 147, 1510, "چگنی", 26 },
                    { 148, 918, "چناران", 11 },
                    { 149, 2208, "حاجی اباد", 29 },
                    { 150, 625, "حمیدیه", 13 },
                    { 151, 2109, "خاتم", 31 },
                    { 152, 1103, "خاش", 16 },
                    { 153, 1410, "خانمیرزا", 9 },
                    { 154, 326, "خداآفرین", 1 },
                    { 155, 1903, "خدابنده", 14 },
                    { 156, 729, "خرامه", 17 },
                    { 157, 1503, "خرم آباد", 26 },
                    { 158, 718, "خرم بید", 17 },
                    { 159, 1907, "خرمدره", 14 },
                    { 160, 607, "خرمشهر", 13 },
                    { 161, 734, "خفر", 17 },
                    { 162, 2403, "خلخال", 3 },
                    { 163, 929, "خلیل آباد", 11 },
                    { 164, 2210, "خمیر", 29 },
                    { 165, 4, "خمین", 28 },
                    { 166, 1003, "خمینی شهر", 4 },
                    { 167, 724, "خنج", 17 },
                    { 168, 12, "خنداب", 28 },
                    { 169, 919, "خواف", 11 },
                    { 170, 1004, "خوانسار", 4 },
                    { 171, 1023, "خور و بیابانک", 4 },
                    { 172, 2910, "خوسف", 10 },
                    { 173, 938, "خوشاب", 11 },
                    { 174, 403, "خوی", 2 },
                    { 175, 705, "داراب", 17 },
                    { 176, 513, "دالاهو", 22 },
                    { 177, 2001, "دامغان", 15 },
                    { 178, 939, "داورزن", 11 },
                    { 179, 907, "درگز", 11 },
                    { 180, 1310, "درگزین", 30 },
                    { 181, 2902, "درمیان", 10 },
                    { 182, 1602, "دره شهر", 6 },
                    { 183, 608, "دزفول", 13 },
                    { 184, 609, "دشت آزادگان", 13 },
                    { 185, 1803, "دشتستان", 7 },
                    { 186, 1804, "دشتی", 7 },
                    { 187, 1122, "دشتیاری", 16 },
                    { 188, 1504, "دلفان", 26 },
                    { 189, 1112, "دلگان", 16 },
                    { 190, 5, "دلیجان", 28 },
                    { 191, 2302, "دماوند", 8 },
                    { 192, 1704, "دنا", 23 },
                    { 193, 1505, "دورود", 26 },
                    { 194, 1021, "دهاقان", 4 },
                    { 195, 1210, "دهگلان", 20 },
                    { 196, 1603, "دهلران", 6 },
                    { 197, 1805, "دیر", 7 },
                    { 198, 1808, "دیلم", 7 },
                    { 199, 1207, "دیواندره", 20 },
                    { 200, 818, "رابر", 21 },
                    { 201, 2808, "راز و جرگلان", 12 },
                    { 202, 1108, "راسک", 16 },
                    { 203, 206, "رامسر", 27 },
                    { 204, 619, "رامشیر", 13 },
                    { 205, 610, "رامهرمز", 13 },
                    { 206, 2711, "رامیان", 24 },
                    { 207, 811, "راور", 21 },
                    { 208, 2312, "رباط کریم", 8 },
                    { 209, 1308, "رزن", 30 },
                    { 210, 726, "رستم", 17 },
                    { 211, 105, "رشت", 25 },
                    { 212, 927, "رشتخوار", 11 },
                    { 213, 114, "رضوانشهر", 25 },
                    { 214, 804, "رفسنجان", 21 },
                    { 215, 514, "روانسر", 22 },
                    { 216, 2207, "رودان", 29 },
                    { 217, 106, "رودبار", 25 },
                    { 218, 815, "رودبارجنوب", 21 },
                    { 219, 107, "رودسر", 25 },
                    { 220, 1511, "رومشکان", 26 },
                    { 221, 2303, "ری", 8 },
                    { 222, 817, "ریگان", 21 },
                    { 223, 1104, "زابل", 16 },
                    { 224, 935, "زاوه", 11 },
                    { 225, 1105, "زاهدان", 16 },
                    { 226, 730, "زرقان", 17 },
                    { 227, 805, "زرند", 21 },
                    { 228, 10, "زرندیه", 28 },
                    { 229, 719, "زرین دشت", 17 },
                    { 230, 1904, "زنجان", 14 },
                    { 231, 1110, "زهک", 16 },
                    { 232, 2909, "زیرکوه", 10 },
                    { 233, 207, "ساری", 27 },
                    { 234, 1408, "سامان", 9 },
                    { 235, 3002, "ساوجبلاغ", 5 },
                    { 236, 6, "ساوه", 28 },
                    { 237, 908, "سبزوار", 11 },
                    { 238, 706, "سپیدان", 17 },
                    { 239, 305, "سراب", 1 },
                    { 240, 1106, "سراوان", 16 },
                    { 241, 2906, "سرایان", 10 },
                    { 242, 1123, "سرباز", 16 },
                    { 243, 2903, "سربیشه", 10 },
                    { 244, 504, "سرپل ذهاب", 22 },
                    { 245, 732, "سرچهان", 17 },
                    { 246, 920, "سرخس", 11 },
                    { 247, 2008, "سرخه", 15 },
                    { 248, 404, "سردشت", 2 },
                    { 249, 2410, "سرعین", 3 },
                    { 250, 1209, "سروآباد", 20 },
                    { 251, 725, "سروستان", 17 },
                    { 252, 1203, "سقز", 20 },
                    { 253, 1509, "سلسله", 26 },
                    { 254, 1910, "سلطانیه", 14 },
                    { 255, 405, "سلماس", 2 },
                    { 256, 2002, "سمنان", 15 },
                    { 257, 1005, "سمیرم", 4 },
                    { 258, 505, "سنقر", 22 },
                    { 259, 1204, "سنندج", 20 },
                    { 260, 208, "سوادکوه", 27 },
                    { 261, 227, "سوادکوه شمالی", 27 },
                    { 262, 115, "سیاهکل", 25 },
                    { 263, 1114, "سیب و سوران", 16 },
                    { 264, 806, "سیرجان", 21 },
                    { 265, 1609, "سیروان", 6 },
                    { 266, 2212, "سیریک", 29 },
                    { 267, 226, "سیمرغ", 27 },
                    { 268, 611, "شادگان", 13 },
                    { 269, 7, "شازند", 28 },
                    { 270, 2003, "شاهرود", 15 },
                    { 271, 411, "شاهین دژ", 2 },
                    { 272, 1016, "شاهین شهرومیمه", 4 },
                    { 273, 314, "شبستر", 1 },
                    { 274, 112, "شفت", 25 },
                    { 275, 2304, "شمیرانات", 8 },
                    { 276, 614, "شوش", 13 },
                    { 277, 612, "شوشتر", 13 },
                    { 278, 417, "شوط", 2 },
                    { 279, 807, "شهربابک", 21 },
                    { 280, 1009, "شهرضا", 4 },
                    { 281, 1402, "شهرکرد", 9 },
                    { 282, 2309, "شهریار", 8 },
                    { 283, 707, "شیراز", 17 },
                    { 284, 2804, "شیروان", 12 },
                    { 285, 940, "صالح آباد", 11 },
                    { 286, 510, "صحنه", 22 },
                    { 287, 108, "صومعه سرا", 25 },
                    { 288, 1908, "طارم", 14 },
                    { 289, 3004, "طالقان", 5 },
                    { 290, 2911, "طبس", 10 },
                    { 291, 104, "طوالش", 25 },
                    { 292, 224, "عباس آباد", 27 },
                    { 293, 325, "عجب شیر", 1 },
                    { 294, 1810, "عسلویه", 7 },
                    { 295, 2703, "علی آباد کتول", 24 },
                    { 296, 812, "عنبرآباد", 21 },
                    { 297, 1403, "فارسان", 9 },
                    { 298, 2805, "فاروج", 12 },
                    { 299, 822, "فاریاب", 21 },
                    { 300, 1309, "فامنین", 30 },
                    { 301, 722, "فراشبند", 17 },
                    { 302, 13, "فراهان", 28 },
                    { 303, 2907, "فردوس", 10 },
                    { 304, 3006, "فردیس", 5 },
                    { 305, 1006, "فریدن", 4 },
                    { 306, 1007, "فریدونشهر", 4 },
                    { 307, 223, "فریدونکنار", 27 },
                    { 308, 922, "فریمان", 11 },
                    { 309, 708, "فسا", 17 },
                    { 310, 1008, "فلاورجان", 4 },
                    { 311, 1119, "فنوج", 16 },
                    { 312, 109, "فومن", 25 },
                    { 313, 819, "فهرج", 21 },
                    { 314, 709, "فیروزآباد", 17 },
                    { 315, 2314, "فیروزکوه", 8 },
                    { 316, 933, "فیروزه", 11 },
                    { 317, 210, "قایم شهر", 27 },
                    { 318, 2904, "قاینات", 10 },
                    { 319, 2316, "قدس", 8 },
                    { 320, 2321, "قرچک", 8 },
                    { 321, 1205, "قروه", 20 },
                    { 322, 2603, "قزوین", 18 },
                    { 323, 2204, "قشم", 29 },
                    { 324, 506, "قصرشیرین", 22 },
                    { 325, 1118, "قصرقند", 16 },
                    { 326, 816, "قلعه گنج", 21 },
                    { 327, 2501, "قم", 19 },
                    { 328, 913, "قوچان", 11 },
                    { 329, 720, "قیروکارزین", 17 },
                    { 330, 627, "کارون", 13 },
                    { 331, 710, "کازرون", 17 },
                    { 332, 1010, "کاشان", 4 },
                    { 333, 914, "کاشمر", 11 },
                    { 334, 1208, "کامیاران", 20 },
                    { 335, 1305, "کبودرآهنگ", 30 },
                    { 336, 3001, "کرج", 5 },
                    { 337, 2704, "کردکوی", 24 },
                    { 338, 808, "کرمان", 21 },
                    { 339, 502, "کرمانشاه", 22 },
                    { 340, 928, "کلات", 11 },
                    { 341, 228, "کلاردشت", 27 },
                    { 342, 2709, "کلاله", 24 },
                    { 343, 315, "کلیبر", 1 },
                    { 344, 11, "کمیجان", 28 },
                    { 345, 1109, "کنارک", 16 },
                    { 346, 1806, "کنگان", 7 },
                    { 347, 507, "کنگاور", 22 },
                    { 348, 728, "کوار", 17 },
                    { 349, 2407, "کوثر", 3 },
                    { 350, 733, "کوه چنار", 17 },
                    { 351, 814, "کوهبنان", 21 },
                    { 352, 1506, "کوهدشت", 26 },
                    { 353, 1406, "کوهرنگ", 9 },
                    { 354, 941, "کوهسرخ", 11 },
                    { 355, 1702, "کهگیلویه", 23 },
                    { 356, 809, "کهنوج", 21 },
                    { 357, 1407, "کیار", 9 },
                    { 358, 2714, "گالیکش", 24 },
                    { 359, 620, "گتوند", 13 },
                    { 360, 1703, "گچساران", 23 },
                    { 361, 727, "گراش", 17 },
                    { 362, 2705, "گرگان", 24 },
                    { 363, 2004, "گرمسار", 15 },
                    { 364, 2807, "گرمه", 12 },
                    { 365, 2405, "گرمی", 3 },
                    { 366, 1011, "گلپایگان", 4 },
                    { 367, 222, "گلوگاه", 27 },
                    { 368, 2713, "گمیشان", 24 },
                    { 369, 915, "گناباد", 11 },
                    { 370, 1807, "گناوه", 7 },
                    { 371, 2706, "گنبدکاووس", 24 },
                    { 372, 508, "گیلانغرب", 22 },
                    { 373, 711, "لارستان", 17 },
                    { 374, 617, "لالی", 13 },
                    { 375, 715, "لامرد", 17 },
                    { 376, 111, "لاهیجان", 25 },
                    { 377, 1404, "لردگان", 9 },
                    { 378, 1012, "لنجان", 4 },
                    { 379, 1708, "لنده", 23 },
                    { 380, 110, "لنگرود", 25 },
                    { 381, 1709, "مارگون", 23 },
                    { 382, 116, "ماسال", 25 },
                    { 383, 406, "ماکو", 2 },
                    { 384, 2806, "مانه وسملقان", 12 },
                    { 385, 1909, "ماهنشان", 14 },
                    { 386, 1017, "مبارکه", 4 },
                    { 387, 9, "محلات", 28 },
                    { 388, 218, "محمودآباد", 27 },
                    { 389, 306, "مراغه", 1 },
                    { 390, 2712, "مراوه تپه", 24 },
                    { 391, 307, "مرند", 1 },
                    { 392, 712, "مرودشت", 17 },
                    { 393, 1206, "مریوان", 20 },
                    { 394, 613, "مسجدسلیمان", 13 },
                    { 395, 2404, "مشگین شهر", 3 },
                    { 396, 916, "مشهد", 11 },
                    { 397, 2317, "ملارد", 8 },
                    { 398, 1302, "ملایر", 30 },
                    { 399, 320, "ملکان", 1 },
                    { 400, 1608, "ملکشاهی", 6 },
                    { 401, 713, "ممسنی", 17 },
                    { 402, 813, "منوجان", 21 },
                    { 403, 930, "مه ولات", 11 },
                    { 404, 407, "مهاباد", 2 },
                    { 405, 2005, "مهدی شهر", 15 },
                    { 406, 721, "مهر", 17 },
                    { 407, 1605, "مهران", 6 },
                    { 408, 1113, "مهرستان", 16 },
                    { 409, 2104, "مهریز", 31 },
                    { 410, 2007, "میامی", 15 },
                    { 411, 408, "میاندوآب", 2 },
                    { 412, 225, "میاندورود", 27 },
                    { 413, 310, "میانه", 1 },
                    { 414, 2106, "میبد", 31 },
                    { 415, 1117, "میرجاوه", 16 },
                    { 416, 2205, "میناب", 29 },
                    { 417, 2707, "مینودشت", 24 },
                    { 418, 1013, "نایین", 4 },
                    { 419, 1014, "نجف آباد", 4 },
                    { 420, 821, "نرماشیر", 21 },
                    { 421, 1015, "نطنز", 4 },
                    { 422, 3003, "نظرآباد", 5 },
                    { 423, 409, "نقده", 2 },
                    { 424, 219, "نکا", 27 },
                    { 425, 2408, "نمین", 3 },
                    { 426, 214, "نور", 27 },
                    { 427, 215, "نوشهر", 27 },
                    { 428, 1303, "نهاوند", 30 },
                    { 429, 2905, "نهبندان", 10 },
                    { 430, 714, "نی ریز", 17 },
                    { 431, 2409, "نیر", 3 },
                    { 432, 917, "نیشابور", 11 },
                    { 433, 1107, "نیک شهر", 16 },
                    { 434, 1115, "نیمروز", 16 },
                    { 435, 2306, "ورامین", 8 },
                    { 436, 324, "ورزقان", 1 },
                    { 437, 1116, "هامون", 16 },
                    { 438, 511, "هرسین", 22 },
                    { 439, 316, "هریس", 1 },
                    { 440, 311, "هشترود", 1 },
                    { 441, 622, "هفتکل", 13 },
                    { 442, 1611, "هلیلان", 6 },
                    { 443, 1304, "همدان", 30 },
                    { 444, 618, "هندیجان", 13 },
                    { 445, 327, "هوراند", 1 },
                    { 446, 623, "هویزه", 13 },
                    { 447, 1111, "هیرمند", 16 },
                    { 448, 2105, "یزد", 31 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_types_Code",
                table: "activity_types",
                column: "Code",
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
                name: "IX_counties_ProvinceId_Name",
                table: "counties",
                columns: new[] { "ProvinceId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_membership_types_Code",
                table: "membership_types",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orientations_Code",
                table: "orientations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provinces_Name",
                table: "provinces",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_types");

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
                name: "counties");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "membership_types");

            migrationBuilder.DropTable(
                name: "orientations");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "provinces");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceDataAdmin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "orientations",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "document_types",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_types", x => x.Kind);
                });

            migrationBuilder.InsertData(
                table: "document_types",
                columns: new[] { "Kind", "Description", "IsActive", "SortOrder", "Title" },
                values: new object[,]
                {
                    { "ActivityLicence", "برای گرایش‌هایی که فعالیتشان مجوز می‌خواهد (مانند کشاورزی، معدنی، اعتبار، مسکن، حمل و نقل).", true, 3, "مجوز فعالیت از مرجع ذی‌صلاح" },
                    { "ExpertValuation", "وقتی عضوی آورده غیرنقدی دارد، ارزش آن را کارشناس رسمی دادگستری تعیین می‌کند.", true, 4, "گزارش ارزیابی کارشناس رسمی برای آورده غیرنقدی" },
                    { "FoundersIdCards", "تصویر روی کارت ملی هر سه عضو هیئت مؤسس، در یک فایل.", true, 1, "تصویر کارت ملی اعضای هیئت مؤسس" },
                    { "Other", "هر مدرک دیگری که به بررسی درخواست کمک می‌کند (اختیاری).", true, 5, "سایر مدارک" },
                    { "ProposalPlan", "طرح پیشنهادی یا توجیهی فعالیت تعاونی با برآورد سرمایه و اشتغال.", true, 2, "طرح پیشنهادی (توجیهی) فعالیت" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_orientations_Title",
                table: "orientations",
                column: "Title",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_document_types_Title",
                table: "document_types",
                column: "Title",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_types");

            migrationBuilder.DropIndex(
                name: "IX_orientations_Title",
                table: "orientations");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "orientations");
        }
    }
}

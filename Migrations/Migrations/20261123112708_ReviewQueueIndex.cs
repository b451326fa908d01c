using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ReviewQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The office queue reads one province's applications oldest first and pages by (SubmittedAtUtc, Id):
            // this index lets a late page cost what the first does. (ProvinceId is a column of the Details complex
            // property, which the model cannot index yet, so the index is created here.)
            migrationBuilder.Sql("CREATE INDEX \"IX_formation_applications_queue\" ON formation_applications (\"ProvinceId\", \"SubmittedAtUtc\", \"Id\") WHERE \"SubmittedAtUtc\" IS NOT NULL;");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_formation_applications_queue\";");

        }
    }
}

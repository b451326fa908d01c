using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class NotificationEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EmailAttempts",
                table: "notifications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "EmailLastError",
                table: "notifications",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EmailNextAttemptAtUtc",
                table: "notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EmailSentAtUtc",
                table: "notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_EmailSentAtUtc_EmailNextAttemptAtUtc",
                table: "notifications",
                columns: new[] { "EmailSentAtUtc", "EmailNextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_EmailSentAtUtc_EmailNextAttemptAtUtc",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "EmailAttempts",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "EmailLastError",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "EmailNextAttemptAtUtc",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "EmailSentAtUtc",
                table: "notifications");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VendorRetirement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Vendors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetirementReason",
                table: "Vendors",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "RetirementReason",
                table: "Vendors");
        }
    }
}

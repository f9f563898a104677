using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ImplementationPlanReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Plans filed before the office reviewed them started their project's implementation when filed: they
            // stand as accepted, each its project's plan 1. Edited from the generated defaults (0 and "").
            migrationBuilder.DropIndex(
                name: "IX_ImplementationPlans_ProjectId",
                table: "ImplementationPlans");

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "ImplementationPlans",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComments",
                table: "ImplementationPlans",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "ImplementationPlans",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "ImplementationPlans",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "ImplementationPlans",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Accepted");

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationPlans_ProjectId_Number",
                table: "ImplementationPlans",
                columns: new[] { "ProjectId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImplementationPlans_ProjectId_Number",
                table: "ImplementationPlans");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "ImplementationPlans");

            migrationBuilder.DropColumn(
                name: "ReviewComments",
                table: "ImplementationPlans");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "ImplementationPlans");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "ImplementationPlans");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ImplementationPlans");

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationPlans_ProjectId",
                table: "ImplementationPlans",
                column: "ProjectId");
        }
    }
}

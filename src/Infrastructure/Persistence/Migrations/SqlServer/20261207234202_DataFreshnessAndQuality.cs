using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DataFreshnessAndQuality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastUpdatedOn",
                table: "DataResources",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataQualityIssues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportedByDepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnswerDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Resolution = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Answer = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataQualityIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataQualityIssues_DataResources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "DataResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DataQualityIssues_Departments_ReportedByDepartmentId",
                        column: x => x.ReportedByDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataQualityIssues_AnsweredOn_AnswerDueOn",
                table: "DataQualityIssues",
                columns: new[] { "AnsweredOn", "AnswerDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DataQualityIssues_ReportedByDepartmentId",
                table: "DataQualityIssues",
                column: "ReportedByDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DataQualityIssues_ResourceId_ReportedOn",
                table: "DataQualityIssues",
                columns: new[] { "ResourceId", "ReportedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataQualityIssues");

            migrationBuilder.DropColumn(
                name: "LastUpdatedOn",
                table: "DataResources");
        }
    }
}

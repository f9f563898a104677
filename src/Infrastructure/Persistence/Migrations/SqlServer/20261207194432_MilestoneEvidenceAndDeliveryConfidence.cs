using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MilestoneEvidenceAndDeliveryConfidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeliveryConfidence",
                table: "Projects",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Evidence",
                table: "Milestones",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConfidenceRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Rating = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Previous = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Narrative = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfidenceRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConfidenceRatings_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_DeliveryConfidence",
                table: "Projects",
                column: "DeliveryConfidence");

            migrationBuilder.CreateIndex(
                name: "IX_ConfidenceRatings_ProjectId_Number",
                table: "ConfidenceRatings",
                columns: new[] { "ProjectId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConfidenceRatings");

            migrationBuilder.DropIndex(
                name: "IX_Projects_DeliveryConfidence",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "DeliveryConfidence",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Evidence",
                table: "Milestones");
        }
    }
}

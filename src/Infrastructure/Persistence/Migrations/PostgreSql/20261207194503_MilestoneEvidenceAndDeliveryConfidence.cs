using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Evidence",
                table: "Milestones",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                collation: "C");

            migrationBuilder.CreateTable(
                name: "ConfidenceRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Rating = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Previous = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Narrative = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    RatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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

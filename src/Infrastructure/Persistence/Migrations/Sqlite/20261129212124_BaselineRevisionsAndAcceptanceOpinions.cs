using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BaselineRevisionsAndAcceptanceOpinions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BaselineRevisionNumber",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "ChangeRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AcceptanceOpinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcceptanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcceptanceOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcceptanceOpinions_Acceptances_AcceptanceId",
                        column: x => x.AcceptanceId,
                        principalTable: "Acceptances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AcceptanceOpinions_Experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "Experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BaselineRevisions",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangeRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BudgetCurrency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaselineRevisions", x => new { x.ProjectId, x.Revision });
                    table.ForeignKey(
                        name: "FK_BaselineRevisions_ChangeRequests_ChangeRequestId",
                        column: x => x.ChangeRequestId,
                        principalTable: "ChangeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BaselineRevisions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AcceptanceOpinions_AcceptanceId_ExpertId",
                table: "AcceptanceOpinions",
                columns: new[] { "AcceptanceId", "ExpertId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AcceptanceOpinions_ExpertId",
                table: "AcceptanceOpinions",
                column: "ExpertId");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineRevisions_ChangeRequestId",
                table: "BaselineRevisions",
                column: "ChangeRequestId");

            // Revision 1 of each approved project not re-baselined is its baseline, approved by its approval decision; the original of a re-baselined project was overwritten before revisions were kept and cannot be recovered.
            migrationBuilder.Sql("INSERT INTO \"BaselineRevisions\" (\"ProjectId\", \"Revision\", \"ApprovedAt\", \"ApprovedBy\", \"ChangeRequestId\", \"DueOn\", \"Scope\", \"StartOn\", \"Budget\", \"BudgetCurrency\") SELECT p.\"Id\", 1, d.\"DecidedAt\", d.\"DecidedBy\", NULL, p.\"BaselineDueOn\", p.\"BaselineScope\", p.\"BaselineStartOn\", p.\"BaselineBudget\", p.\"BaselineBudgetCurrency\" FROM \"Projects\" AS p JOIN \"ProjectDecisions\" AS d ON d.\"ProjectId\" = p.\"Id\" AND d.\"ToStatus\" = 'Approved' AND d.\"DecidedAt\" = (SELECT MAX(x.\"DecidedAt\") FROM \"ProjectDecisions\" AS x WHERE x.\"ProjectId\" = p.\"Id\" AND x.\"ToStatus\" = 'Approved') WHERE p.\"BaselineBudget\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"ChangeRequests\" AS c WHERE c.\"ProjectId\" = p.\"Id\" AND c.\"Status\" = 'Approved');");
            // Each approved change request is the revision after the ones approved before it.
            migrationBuilder.Sql("INSERT INTO \"BaselineRevisions\" (\"ProjectId\", \"Revision\", \"ApprovedAt\", \"ApprovedBy\", \"ChangeRequestId\", \"DueOn\", \"Scope\", \"StartOn\", \"Budget\", \"BudgetCurrency\") SELECT c.\"ProjectId\", 1 + (SELECT COUNT(*) FROM \"ChangeRequests\" AS b WHERE b.\"ProjectId\" = c.\"ProjectId\" AND b.\"Status\" = 'Approved' AND (b.\"DecidedAt\" < c.\"DecidedAt\" OR (b.\"DecidedAt\" = c.\"DecidedAt\" AND b.\"Id\" <= c.\"Id\"))), c.\"DecidedAt\", NULL, c.\"Id\", c.\"ProposedDueOn\", c.\"ProposedScope\", c.\"ProposedStartOn\", c.\"ProposedBudget\", c.\"ProposedBudgetCurrency\" FROM \"ChangeRequests\" AS c WHERE c.\"Status\" = 'Approved' AND c.\"DecidedAt\" IS NOT NULL;");
            migrationBuilder.Sql("UPDATE \"Projects\" SET \"BaselineRevisionNumber\" = 1 + (SELECT COUNT(*) FROM \"ChangeRequests\" AS c WHERE c.\"ProjectId\" = \"Projects\".\"Id\" AND c.\"Status\" = 'Approved') WHERE \"BaselineBudget\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AcceptanceOpinions");

            migrationBuilder.DropTable(
                name: "BaselineRevisions");

            migrationBuilder.DropColumn(
                name: "BaselineRevisionNumber",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "ChangeRequests");
        }
    }
}

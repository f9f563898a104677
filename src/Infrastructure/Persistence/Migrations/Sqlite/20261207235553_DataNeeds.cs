using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DataNeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequesterDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NeededBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProviderDepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoutedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnswerDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataNeeds_DataResources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "DataResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DataNeeds_Departments_ProviderDepartmentId",
                        column: x => x.ProviderDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DataNeeds_Departments_RequesterDepartmentId",
                        column: x => x.RequesterDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataNeeds_Code",
                table: "DataNeeds",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataNeeds_ProviderDepartmentId",
                table: "DataNeeds",
                column: "ProviderDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DataNeeds_RequesterDepartmentId",
                table: "DataNeeds",
                column: "RequesterDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DataNeeds_ResourceId",
                table: "DataNeeds",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_DataNeeds_Status_AnswerDueOn",
                table: "DataNeeds",
                columns: new[] { "Status", "AnswerDueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataNeeds");
        }
    }
}

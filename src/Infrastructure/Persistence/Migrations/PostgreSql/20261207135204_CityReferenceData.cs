using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CityReferenceData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AppointedOn",
                table: "Officials",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Officials",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDeputy",
                table: "Officials",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string[]>(
                name: "Fields",
                table: "Experts",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Experts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DissolvedOn",
                table: "Departments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "Departments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Holidays = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    MakeUpWorkingDays = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformAdministrators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountObjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformAdministrators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Quantity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeTargets_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Departments_MergedIntoId",
                table: "Departments",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarYears_Year",
                table: "CalendarYears",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlatformAdministrators_AccountObjectId",
                table: "PlatformAdministrators",
                column: "AccountObjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeTargets_ProgrammeId_Year_Unit",
                table: "ProgrammeTargets",
                columns: new[] { "ProgrammeId", "Year", "Unit" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Departments_Departments_MergedIntoId",
                table: "Departments",
                column: "MergedIntoId",
                principalTable: "Departments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Departments_Departments_MergedIntoId",
                table: "Departments");

            migrationBuilder.DropTable(
                name: "CalendarYears");

            migrationBuilder.DropTable(
                name: "PlatformAdministrators");

            migrationBuilder.DropTable(
                name: "ProgrammeTargets");

            migrationBuilder.DropIndex(
                name: "IX_Departments_MergedIntoId",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "AppointedOn",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "IsDeputy",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "Fields",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "DissolvedOn",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Departments");
        }
    }
}

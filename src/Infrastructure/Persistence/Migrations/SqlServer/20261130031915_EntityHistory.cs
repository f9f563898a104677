using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EntityHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HistoricalVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ValidTo = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    State = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HistoricalVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HistoricalVersions_EntityId_ValidFrom",
                table: "HistoricalVersions",
                columns: new[] { "EntityId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_HistoricalVersions_EntityId_ValidTo",
                table: "HistoricalVersions",
                columns: new[] { "EntityId", "ValidTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HistoricalVersions");
        }
    }
}

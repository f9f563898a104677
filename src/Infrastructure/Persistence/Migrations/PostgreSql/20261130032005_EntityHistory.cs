using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidTo = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    State = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false, collation: "C")
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

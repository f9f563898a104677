using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccessLogHeadsAndRefusalAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccessLogHeads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLogHeads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessLogHeads_DataResources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "DataResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLogHeads_ResourceId",
                table: "AccessLogHeads",
                column: "ResourceId",
                unique: true);
            // Existing chains get their head from their newest entry (whose id the head reuses), so that
            // databases in use are anchored from this migration on.
            migrationBuilder.Sql("INSERT INTO \"AccessLogHeads\" (\"Id\", \"ResourceId\", \"Sequence\", \"Hash\", \"Version\") SELECT e.\"Id\", e.\"ResourceId\", e.\"Sequence\", e.\"Hash\", 1 FROM \"DataAccessLog\" AS e WHERE e.\"Sequence\" = (SELECT MAX(l.\"Sequence\") FROM \"DataAccessLog\" AS l WHERE l.\"ResourceId\" = e.\"ResourceId\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLogHeads");

            migrationBuilder.DropColumn(
                name: "ClientAddress",
                table: "AuditEntries");
        }
    }
}
